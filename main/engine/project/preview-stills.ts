import type { MediaAsset, ProjectDocument } from '../../../shared/model';
import { sceneVideoAt } from '../../../shared/scene/scene-video';
import { cachedPreviewStill } from '../media/preview-still-cache';
import { cachedMediaSource, findAsset } from './import-media';
import type { ProjectSession } from './session';

/**
 * The frame the preview shows at `sourceMs`, as a JPEG data: URL, for the moment between
 * opening a project and its video element having decoded a picture. Cached beside the project.
 */
export async function mediaPreviewStill(
  session: ProjectSession,
  mediaId: string,
  sourceMs: number,
): Promise<{ url: string; frameMs: number }> {
  const asset = findAsset(session, mediaId);
  const still = await cachedPreviewStill({
    ...cachedMediaSource(asset, session.cacheDir),
    atMs: sourceMs,
  });
  return { url: `data:image/jpeg;base64,${still.jpeg.toString('base64')}`, frameMs: still.frameMs };
}

/**
 * The still the editor asks for when it opens the project (renderer/canvas/opening-still.ts):
 * the video clip at 0 ms, if its file can play. Null when there is none.
 */
export function openingStillSource(
  doc: ProjectDocument,
): { asset: MediaAsset; sourceMs: number } | null {
  let first;
  try {
    first = sceneVideoAt(doc, 0);
  } catch {
    return null;
  }
  if (first === null) return null;
  const asset = doc.media.find((candidate) => candidate.id === first.mediaId);
  if (!asset || asset.missing || asset.probe.kind !== 'video' || !asset.probe.hasVideo) return null;
  return { asset, sourceMs: Math.round(first.sourceMs) };
}

/**
 * Makes (or finds) the opening still of `doc` in the cache ahead of time: when a project is
 * opened (the editor asks for it a moment later and shares the same ffmpeg run) and when it is
 * closed (so the next open finds it). Never fails: a still is only a stand-in.
 */
export async function warmOpeningStill(
  doc: ProjectDocument,
  cacheDir: string,
  signal?: AbortSignal,
): Promise<void> {
  const source = openingStillSource(doc);
  if (source === null) return;
  try {
    await cachedPreviewStill({
      ...cachedMediaSource(source.asset, cacheDir),
      atMs: source.sourceMs,
      ...(signal ? { signal } : {}),
    });
  } catch {
    // The editor asks again when it opens; its request reports any error.
  }
}
