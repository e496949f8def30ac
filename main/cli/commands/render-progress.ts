/** The terminal progress line of `medclip render` (pure, so it can be tested). */

function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, '0')}`;
}

/** e.g. "[##########----------]  50%  ETA 0:12  48 fps", `width` bar cells. */
export function formatProgressLine(
  state: { progress: number; etaMs: number | null; fps: number | null },
  width = 30,
): string {
  const fraction = Math.min(1, Math.max(0, state.progress));
  const filled = Math.round(fraction * width);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  const eta = state.etaMs === null ? 'ETA --:--' : `ETA ${clock(state.etaMs)}`;
  const fps = state.fps === null ? '' : `  ${Math.round(state.fps)} fps`;
  return `${bar} ${percent}  ${eta}${fps}`;
}
