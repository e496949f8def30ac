import type { MediaAsset, VideoClip } from '../../shared/model';
import { clipDurationMs } from '../../shared/model';
import { formatTimecode } from '../app/format';

export interface RulerTick {
  timeMs: number;
  x: number;
  major: boolean;
  label?: string;
}

export interface ClipBlock {
  id: string;
  mediaId: string;
  name: string;
  startMs: number;
  durationMs: number;
  x: number;
  width: number;
  missing: boolean;
}

export interface TimelineLayout {
  /** The time span drawn; at least `minSpanMs`, with room after the last clip. */
  spanMs: number;
  pxPerMs: number;
  contentWidthPx: number;
  ticks: RulerTick[];
  clips: ClipBlock[];
}

/** Major tick spacings with how many parts each splits into for minor ticks. */
const TICK_STEPS: ReadonlyArray<readonly [majorMs: number, parts: number]> = [
  [100, 2],
  [250, 5],
  [500, 5],
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

const MIN_MAJOR_SPACING_PX = 72;
/** Below this the clips get too thin to read; the timeline scrolls instead. */
const MIN_PX_PER_MS = 0.01;
const TAIL_FRACTION = 0.15;

export function chooseTickStep(pxPerMs: number): readonly [number, number] {
  for (const step of TICK_STEPS) {
    if (step[0] * pxPerMs >= MIN_MAJOR_SPACING_PX) return step;
  }
  return TICK_STEPS[TICK_STEPS.length - 1] ?? [600_000, 5];
}

export function layoutTimeline(options: {
  clips: readonly VideoClip[];
  media: readonly MediaAsset[];
  viewportWidthPx: number;
  minSpanMs?: number;
}): TimelineLayout {
  const { clips, viewportWidthPx } = options;
  const minSpanMs = options.minSpanMs ?? 10_000;
  const mediaById = new Map(options.media.map((asset) => [asset.id, asset]));
  const contentEnd = clips.reduce(
    (end, clip) => Math.max(end, clip.start + clipDurationMs(clip)),
    0,
  );
  const spanMs = Math.max(minSpanMs, Math.ceil(contentEnd * (1 + TAIL_FRACTION)));
  const width = Math.max(1, viewportWidthPx);
  const pxPerMs = Math.max(MIN_PX_PER_MS, width / spanMs);
  const contentWidthPx = Math.max(width, spanMs * pxPerMs);

  const [majorMs, parts] = chooseTickStep(pxPerMs);
  const minorMs = majorMs / parts;
  const ticks: RulerTick[] = [];
  const visibleSpan = contentWidthPx / pxPerMs;
  for (let index = 0; index * minorMs <= visibleSpan; index += 1) {
    const timeMs = Math.round(index * minorMs);
    const major = index % parts === 0;
    ticks.push({
      timeMs,
      x: timeMs * pxPerMs,
      major,
      ...(major ? { label: formatTimecode(timeMs) } : {}),
    });
  }

  const blocks = clips.map((clip): ClipBlock => {
    const asset = mediaById.get(clip.mediaId);
    const durationMs = clipDurationMs(clip);
    return {
      id: clip.id,
      mediaId: clip.mediaId,
      name: asset?.name ?? 'Unknown media',
      startMs: clip.start,
      durationMs,
      x: clip.start * pxPerMs,
      width: durationMs * pxPerMs,
      missing: asset?.missing === true || asset === undefined,
    };
  });

  return { spanMs, pxPerMs, contentWidthPx, ticks, clips: blocks };
}
