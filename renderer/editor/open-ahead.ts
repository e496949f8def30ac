import type { ProjectOpened } from '../../shared/api';
import type { ApiClient } from '../api';
import { mediaUrl } from '../api/media-url';
import { loadFallbackFonts, loadSceneFonts } from '../canvas/fonts';
import { prewarmFootageWorker } from '../canvas/footage-painter';
import { prefetchOpeningStill, releaseOpeningStill } from '../canvas/opening-still';
import { prefetchOpeningIcons } from '../canvas/scene-assets';
import { documentFallbackFamilies } from '../canvas/useSceneFontsReady';
import { awaitFirstPicture, firstPictureShown } from './first-picture';
import { preloadOpeningFootage, releasePreloadedVideos } from '../canvas/video-preload';

/**
 * Work the editor needs before it is usable, started ahead of it so that opening a project
 * overlaps it instead of waiting for it in turn: the scene fonts while the start screen is idle
 * (the fallback fonts the project's text needs once it is open);
 * the first footage (see video-preload.ts), a still of its first frame from the engine (see
 * opening-still.ts) and the icons the canvas shows first as soon as the engine has answered
 * `project.open`.
 */

interface IdleScheduler {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
  setTimeout: (callback: () => void, ms: number) => number;
  clearTimeout: (handle: number) => void;
}

/**
 * Loads the scene fonts and boots the footage worker once the page is idle (at the latest after
 * `timeoutMs`); returns a cancel.
 */
export function warmUpEditor(
  scheduler: IdleScheduler = window,
  load: () => Promise<void> = loadSceneFonts,
  timeoutMs = 1000,
  prewarm: () => void = prewarmFootageWorker,
): () => void {
  const start = () => {
    // A failure is not final: the canvas asks again and reports it.
    load().catch(() => undefined);
    prewarm();
  };
  if (scheduler.requestIdleCallback && scheduler.cancelIdleCallback) {
    const handle = scheduler.requestIdleCallback(start, { timeout: timeoutMs });
    const cancel = scheduler.cancelIdleCallback;
    return () => cancel(handle);
  }
  const handle = scheduler.setTimeout(start, 0);
  return () => scheduler.clearTimeout(handle);
}

/**
 * How long the editor's first render waits for the engine's answer with the opening still. A
 * still made before (cached beside the project) answers in tens of milliseconds; a first one
 * takes ffmpeg a few hundred, and the editor does not wait for that.
 */
export const OPENING_STILL_WAIT_MS = 150;

/**
 * Called with the engine's answer, before the editor renders. Resolves when the editor should
 * render: once the opening still has been answered and its decode started, or after
 * OPENING_STILL_WAIT_MS. (The first render keeps the page busy for a few hundred ms; a still
 * whose answer came during it would only start decoding after it.)
 */
export function openAhead(
  api: Pick<ApiClient, 'host' | 'call'>,
  opened: ProjectOpened,
  waitMs = OPENING_STILL_WAIT_MS,
): Promise<void> {
  // Filmstrips, waveforms and posters wait for the editor's first picture.
  awaitFirstPicture();
  preloadOpeningFootage(opened.document, (mediaId) =>
    mediaUrl(api.host, opened.projectId, mediaId),
  );
  let answered: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    answered = resolve;
    setTimeout(resolve, waitMs);
  });
  void prefetchOpeningStill(api, opened, undefined, answered);
  prefetchOpeningIcons(api, opened.document);
  // Normally loaded since the start screen; this only matters on a fast click.
  loadSceneFonts().catch(() => undefined);
  // The script and emoji fallbacks this project's text needs, if any.
  loadFallbackFonts(documentFallbackFamilies(opened.document)).catch(() => undefined);
  return ready;
}

/** The editor closed: what it did not take up is let go. */
export function dropOpenAhead(): void {
  // Nothing waits for a picture of a closed project.
  firstPictureShown();
  releasePreloadedVideos();
  releaseOpeningStill();
  // The editor's worker ended with it; the next open gets a booted one again.
  prewarmFootageWorker();
}
