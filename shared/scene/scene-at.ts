import type { ProjectDocument } from '../model/document';
import { requireSceneTime } from './errors';
import { sceneCaptionsAt } from './scene-captions';
import { sceneEndCardAt } from './scene-end-card';
import { sceneOverlaysAt } from './scene-overlays';
import { sceneBlurRegionsAt, sceneVideoAt } from './scene-video';
import type { Scene } from './types';

/**
 * Everything visible at `tMs`: the active clip and its reframe, caption cues with their active
 * word, overlays and citation chips with their animated transforms, and the regions to blur.
 * Pure: the preview and the export both draw from it.
 */
export function sceneAt(doc: ProjectDocument, tMs: number): Scene {
  requireSceneTime(tMs);
  const video = sceneVideoAt(doc, tMs);
  return {
    timeMs: tMs,
    frame: {
      width: doc.format.width,
      height: doc.format.height,
      background: doc.format.background,
    },
    video,
    captions: sceneCaptionsAt(doc, tMs),
    overlays: sceneOverlaysAt(doc, tMs),
    blurRegions: sceneBlurRegionsAt(doc, video),
    endCard: sceneEndCardAt(doc, tMs),
  };
}
