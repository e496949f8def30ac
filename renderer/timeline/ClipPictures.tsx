import { memo, useEffect, useMemo, useRef, type ReactElement } from 'react';
import type { MediaAsset } from '../../shared/model';
import {
  stripFrameIndex,
  useFilmstrip,
  useWaveform,
  type TimelineMediaCache,
  type WaveformPeaks,
} from './media-cache';

/** More tiles than this get wider instead (a long clip at frame zoom). */
const MAX_TILES = 60;
/** Canvases wider than this are stretched by CSS rather than drawn at full size. */
const MAX_CANVAS_PX = 4096;

/**
 * Thumbnails along a video clip: tiles as wide as the picture's aspect at the lane height,
 * each showing the strip frame nearest its source time (so a trimmed or split clip shows its
 * own part of the footage).
 */
export const Filmstrip = memo(function Filmstrip({
  cache,
  asset,
  inMs,
  outMs,
  widthPx,
  heightPx,
}: {
  cache: TimelineMediaCache;
  asset: MediaAsset;
  inMs: number;
  outMs: number;
  widthPx: number;
  heightPx: number;
}): ReactElement | null {
  const frames = useFilmstrip(cache, asset.id, asset.probe.hasVideo && asset.missing !== true);
  if (frames === null || frames.length === 0 || widthPx < 4) return null;
  const aspect =
    asset.probe.displayWidth && asset.probe.displayHeight
      ? asset.probe.displayWidth / asset.probe.displayHeight
      : 16 / 9;
  const tileWidth = Math.max(heightPx * aspect, widthPx / MAX_TILES);
  const count = Math.max(1, Math.ceil(widthPx / tileWidth));
  const msPerPx = (outMs - inMs) / widthPx;
  const tiles = Array.from({ length: count }, (_, index) => {
    const sourceMs = inMs + (index + 0.5) * tileWidth * msPerPx;
    return frames[stripFrameIndex(sourceMs, asset.probe.durationMs, frames.length)] ?? frames[0]!;
  });
  return (
    <div className="tl-filmstrip" aria-hidden="true">
      {tiles.map((src, index) => (
        <img
          key={index}
          src={src}
          alt=""
          draggable={false}
          style={{ left: index * tileWidth, width: tileWidth }}
        />
      ))}
    </div>
  );
});

/**
 * How much a quiet recording is magnified so its shape can be read (room tone, a soft voice):
 * the loudest peak reaches 90% of the height, at most 8x and never less than 1x.
 */
export function displayGain(peaks: WaveformPeaks): number {
  let loudest = 0;
  for (const [low, high] of peaks.peaks) loudest = Math.max(loudest, -low, high);
  return loudest <= 0 ? 1 : Math.min(8, Math.max(1, 0.9 / loudest));
}

/** Draws min/max peaks of the source range [inMs, outMs] across the canvas. */
export function drawPeaks(
  context: CanvasRenderingContext2D,
  peaks: WaveformPeaks,
  inMs: number,
  outMs: number,
  width: number,
  height: number,
  color: string,
  gain = 1,
): void {
  context.clearRect(0, 0, width, height);
  context.fillStyle = color;
  const middle = height / 2;
  const perPx = ((outMs - inMs) / 1000) * (peaks.peaksPerSecond / width);
  const first = (inMs / 1000) * peaks.peaksPerSecond;
  for (let x = 0; x < width; x += 1) {
    const from = Math.floor(first + x * perPx);
    const to = Math.max(from + 1, Math.floor(first + (x + 1) * perPx));
    let low = 0;
    let high = 0;
    for (let index = from; index < to && index < peaks.peaks.length; index += 1) {
      const peak = peaks.peaks[index];
      if (peak === undefined) continue;
      low = Math.min(low, peak[0]);
      high = Math.max(high, peak[1]);
    }
    const top = middle - Math.min(1, high * gain) * middle;
    const bottom = middle - Math.max(-1, low * gain) * middle;
    context.fillRect(x, top, 1, Math.max(1, bottom - top));
  }
}

/** The audio of a clip as a waveform of its own source range. */
export const Waveform = memo(function Waveform({
  cache,
  asset,
  inMs,
  outMs,
  widthPx,
  heightPx,
  color,
}: {
  cache: TimelineMediaCache;
  asset: MediaAsset;
  inMs: number;
  outMs: number;
  widthPx: number;
  heightPx: number;
  color: string;
}): ReactElement | null {
  const peaks = useWaveform(cache, asset.id, asset.probe.hasAudio && asset.missing !== true);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const gain = useMemo(() => (peaks === null ? 1 : displayGain(peaks)), [peaks]);
  const width = Math.max(1, Math.min(MAX_CANVAS_PX, Math.round(widthPx)));
  const height = Math.max(1, Math.round(heightPx));
  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context || peaks === null) return;
    drawPeaks(context, peaks, inMs, outMs, width, height, color, gain);
  }, [peaks, inMs, outMs, width, height, color, gain]);
  if (peaks === null || widthPx < 2) return null;
  return (
    <canvas
      ref={canvasRef}
      className="tl-waveform"
      data-testid="timeline-waveform"
      width={width}
      height={height}
      style={{ width: widthPx, height: heightPx }}
      aria-hidden="true"
    />
  );
});
