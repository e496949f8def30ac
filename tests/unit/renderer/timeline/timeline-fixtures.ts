import { applyCommand, invocation, type CommandInvocation } from '../../../../shared/commands';
import type { ProjectDocument } from '../../../../shared/model';
import { NO_ANIMATION, staticTransform } from '../../../../shared/model';
import { audioProbe, emptyDocument, mediaAsset, videoProbe } from '../support/documents';

/**
 * A timeline to edit: clip_a 0-4000 (knee.mp4, source 1000-5000 of 10 s), clip_b 4000-6000,
 * an audio clip 0-8000, two cues, two overlapping overlays and a marker.
 */
export function timelineDocument(): ProjectDocument {
  const steps: CommandInvocation[] = [
    invocation('media.add', {
      asset: mediaAsset('med_knee', {
        name: 'knee.mp4',
        probe: videoProbe({ durationMs: 10_000 }),
      }),
    }),
    invocation('media.add', {
      asset: mediaAsset('med_hip', { name: 'hip.mp4', probe: videoProbe({ durationMs: 2000 }) }),
    }),
    invocation('media.add', {
      asset: mediaAsset('med_music', { name: 'music.mp3', probe: audioProbe(8000) }),
    }),
    invocation('clip.add', { id: 'clip_a', mediaId: 'med_knee', in: 1000, out: 5000 }),
    invocation('clip.add', { id: 'clip_b', mediaId: 'med_hip' }),
    invocation('audio.add', { id: 'aud_m', mediaId: 'med_music' }),
    invocation('caption.add', { id: 'cue_1', start: 0, end: 2000, text: 'Four ligaments' }),
    invocation('caption.add', { id: 'cue_2', start: 2500, end: 4500, text: 'The ACL' }),
    invocation('overlay.add', {
      overlay: {
        id: 'ovl_icon',
        kind: 'icon',
        iconId: 'body/knee_joint',
        fill: '#FFFFFF',
        outline: '#0F766E',
        sizePx: 200,
        start: 500,
        end: 3000,
        transform: staticTransform(),
        enter: NO_ANIMATION,
        exit: NO_ANIMATION,
      },
    }),
    invocation('overlay.add', {
      overlay: {
        id: 'ovl_ring',
        kind: 'shape',
        shape: 'badge',
        number: 2,
        widthPx: 100,
        heightPx: 100,
        stroke: '#FFD60A',
        strokeWidthPx: 4,
        start: 2000,
        end: 5000,
        transform: staticTransform(),
        enter: NO_ANIMATION,
        exit: NO_ANIMATION,
      },
    }),
    invocation('marker.add', { id: 'mrk_1', time: 3000, label: 'Hook' }),
  ];
  return steps.reduce((doc, step) => applyCommand(doc, step).doc, emptyDocument());
}
