import { formatFrameTimecode, frameAt, frameStartMs } from '../canvas/timecode';

/**
 * Zoom and ruler arithmetic of the timeline, pure. Zoom is a scale in pixels per millisecond;
 * positions inside the tracks are `timeMs * pxPerMs` from the left of the time area.
 */

/** At the deepest zoom one frame is this wide, so single frames can be picked and trimmed. */
export const MAX_FRAME_PX = 16;
/** The shortest span the fitted view shows, so a short project is not blown up. */
export const MIN_FIT_SPAN_MS = 10_000;
/** Room left after the end of the project when fitted. */
export const FIT_TAIL = 1.08;
/** How much one zoom step (a key press or a toolbar button) scales. */
export const ZOOM_STEP = 1.6;

export interface ZoomLimits {
  /** The whole project (at least MIN_FIT_SPAN_MS) across the visible width. */
  fitPxPerMs: number;
  minPxPerMs: number;
  maxPxPerMs: number;
}

export function zoomLimits(viewportPx: number, durationMs: number, fps: number): ZoomLimits {
  const width = Math.max(1, viewportPx);
  const span = Math.max(MIN_FIT_SPAN_MS, durationMs * FIT_TAIL);
  const maxPxPerMs = (MAX_FRAME_PX * fps) / 1000;
  const fitPxPerMs = Math.min(maxPxPerMs, width / span);
  // Zooming out past the fit is allowed a little, to see a clip dragged past the end.
  return { fitPxPerMs, minPxPerMs: fitPxPerMs / 2, maxPxPerMs };
}

export function clampZoom(pxPerMs: number, limits: ZoomLimits): number {
  return Math.min(limits.maxPxPerMs, Math.max(limits.minPxPerMs, pxPerMs));
}

/** The zoom slider runs 0..1 on a logarithmic scale between the limits. */
export function zoomToSlider(pxPerMs: number, limits: ZoomLimits): number {
  const range = Math.log(limits.maxPxPerMs / limits.minPxPerMs);
  if (range <= 0) return 1;
  return Math.min(1, Math.max(0, Math.log(pxPerMs / limits.minPxPerMs) / range));
}

export function sliderToZoom(value: number, limits: ZoomLimits): number {
  const amount = Math.min(1, Math.max(0, value));
  return limits.minPxPerMs * (limits.maxPxPerMs / limits.minPxPerMs) ** amount;
}

/**
 * The scroll position that keeps the time under `anchorPx` (measured from the left of the
 * visible time area) in place when the zoom changes from `from` to `to`.
 */
export function scrollForZoom(
  scrollLeft: number,
  anchorPx: number,
  from: number,
  to: number,
): number {
  const anchorMs = (scrollLeft + anchorPx) / from;
  return Math.max(0, anchorMs * to - anchorPx);
}

/** Width of the time area: the project with room after it, and never less than the view. */
export function contentWidthPx(durationMs: number, pxPerMs: number, viewportPx: number): number {
  return Math.ceil(Math.max(viewportPx, (durationMs * FIT_TAIL + 2000) * pxPerMs));
}

export interface RulerTick {
  timeMs: number;
  x: number;
  major: boolean;
  label?: string;
}

/** Major steps in ms with how many minor parts each has, from 1 s to 10 min. */
const TIME_STEPS: ReadonlyArray<readonly [majorMs: number, parts: number]> = [
  [1000, 4],
  [2000, 4],
  [5000, 5],
  [10_000, 5],
  [15_000, 3],
  [30_000, 3],
  [60_000, 4],
  [120_000, 4],
  [300_000, 5],
  [600_000, 5],
];
/** Major steps in frames below a second (minor ticks are single frames or halves). */
const FRAME_STEPS = [1, 2, 5, 10];

export const MIN_MAJOR_SPACING_PX = 80;
/** Below this a tick per frame would be a grey smear. */
const MIN_FRAME_TICK_PX = 5;

export type TickScale =
  | { unit: 'frames'; majorFrames: number; minorFrames: number }
  | { unit: 'ms'; majorMs: number; minorMs: number };

/** The finest ruler steps whose labels stay at least MIN_MAJOR_SPACING_PX apart. */
export function chooseTickScale(pxPerMs: number, fps: number): TickScale {
  const framePx = (1000 / fps) * pxPerMs;
  for (const majorFrames of FRAME_STEPS) {
    if (majorFrames * framePx < MIN_MAJOR_SPACING_PX) continue;
    if (majorFrames >= fps) break;
    const minorFrames = framePx >= MIN_FRAME_TICK_PX ? 1 : majorFrames;
    return { unit: 'frames', majorFrames, minorFrames };
  }
  // Half a second still reads in frames at 30 and 60 fps.
  const halfSecond = Math.round(fps / 2);
  if (halfSecond * framePx >= MIN_MAJOR_SPACING_PX && Number.isInteger(fps / 2)) {
    const minorFrames = framePx >= MIN_FRAME_TICK_PX ? 1 : halfSecond / 5;
    return {
      unit: 'frames',
      majorFrames: halfSecond,
      minorFrames: Number.isInteger(minorFrames) ? minorFrames : 1,
    };
  }
  for (const [majorMs, parts] of TIME_STEPS) {
    if (majorMs * pxPerMs >= MIN_MAJOR_SPACING_PX)
      return { unit: 'ms', majorMs, minorMs: majorMs / parts };
  }
  const [majorMs, parts] = TIME_STEPS[TIME_STEPS.length - 1]!;
  return { unit: 'ms', majorMs, minorMs: majorMs / parts };
}

/** `m:ss` for whole seconds and more. */
export function formatRulerTime(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Ticks from `fromMs` to `toMs` (the visible part, so a long project at frame zoom does not
 * make thousands of elements). Frame ticks sit on the export's frame grid and are labelled
 * `mm:ss.ff`; coarser ones are labelled `m:ss`.
 */
export function rulerTicks(
  pxPerMs: number,
  fps: number,
  fromMs: number,
  toMs: number,
): RulerTick[] {
  const scale = chooseTickScale(pxPerMs, fps);
  const ticks: RulerTick[] = [];
  if (scale.unit === 'frames') {
    const first =
      Math.floor(frameAt(Math.max(0, fromMs), fps) / scale.minorFrames) * scale.minorFrames;
    for (let frame = first; ; frame += scale.minorFrames) {
      const timeMs = frameStartMs(frame, fps);
      if (timeMs > toMs) break;
      const major = frame % scale.majorFrames === 0;
      ticks.push({
        timeMs,
        x: timeMs * pxPerMs,
        major,
        ...(major ? { label: formatFrameTimecode(timeMs, fps) } : {}),
      });
    }
    return ticks;
  }
  const first = Math.floor(Math.max(0, fromMs) / scale.minorMs);
  for (let index = first; index * scale.minorMs <= toMs; index += 1) {
    const timeMs = Math.round(index * scale.minorMs);
    const major = timeMs % scale.majorMs === 0;
    ticks.push({
      timeMs,
      x: timeMs * pxPerMs,
      major,
      ...(major ? { label: formatRulerTime(timeMs) } : {}),
    });
  }
  return ticks;
}

/** The start of the frame showing at `ms`: edits land on the frame grid. */
export function snapToFrame(ms: number, fps: number): number {
  return frameStartMs(frameAt(Math.max(0, Math.round(ms)), fps), fps);
}

/** The nearest frame start to `ms` (rounding, where snapToFrame floors). */
export function nearestFrame(ms: number, fps: number): number {
  const floor = snapToFrame(ms, fps);
  const next = frameStartMs(frameAt(floor, fps) + 1, fps);
  return ms - floor <= next - ms ? floor : next;
}

/** One frame's length rounded up: the shortest an item may be trimmed to. */
export function minItemMs(fps: number): number {
  return Math.ceil(1000 / fps);
}
