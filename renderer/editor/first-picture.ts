/**
 * Work that can wait until an opened project's first picture is on the canvas (the timeline's
 * filmstrips and waveforms, the media panel's posters): started after it, so that opening a
 * project spends a busy machine on the picture first. Their answers came in while the editor was
 * drawing its first picture and held it back by a few hundred milliseconds on a 2-core machine.
 * Nothing waits longer than `maxWaitMs` after asking, whatever happens to the picture.
 */

export const FIRST_PICTURE_MAX_WAIT_MS = 1000;

let shown = true;
const waiting = new Set<() => void>();

/** A project is being opened: later work waits for its first picture again. */
export function awaitFirstPicture(): void {
  shown = false;
}

/** The canvas shows the opened project's picture: what was waiting starts now. */
export function firstPictureShown(): void {
  if (shown) return;
  shown = true;
  const runs = [...waiting];
  waiting.clear();
  for (const run of runs) run();
}

/**
 * Runs `run` once the first picture is shown (at once if it is, or if no project is opening),
 * or after `maxWaitMs`; returns a cancel.
 */
export function afterFirstPicture(
  run: () => void,
  maxWaitMs = FIRST_PICTURE_MAX_WAIT_MS,
): () => void {
  if (shown) {
    run();
    return () => undefined;
  }
  const start = () => {
    clearTimeout(timer);
    waiting.delete(start);
    run();
  };
  waiting.add(start);
  const timer = setTimeout(start, maxWaitMs);
  return () => {
    clearTimeout(timer);
    waiting.delete(start);
  };
}
