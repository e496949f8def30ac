import { memo, type PointerEvent, type ReactElement } from 'react';
import type { TrackItemKind } from '../../shared/commands';
import type { AudioClip, MediaAsset, Overlay, VideoClip } from '../../shared/model';
import { formatFrameTimecode } from '../canvas/timecode';
import type { SelectedItem } from '../editor/selection';
import { Filmstrip, Waveform } from './ClipPictures';
import type { Edge } from './drag-edits';
import type { TimelineMediaCache } from './media-cache';
import type { TrackItemSource } from './timeline-model';

export type ItemPointerDown = (
  event: PointerEvent<HTMLElement>,
  item: SelectedItem,
  part: 'body' | Edge,
) => void;

const KIND_NAMES: Record<TrackItemKind, string> = {
  clip: 'Video clip',
  audio: 'Audio clip',
  overlay: 'Overlay',
  caption: 'Caption',
};

/** Where the keyframes sit along the item, as fractions of its length. */
function keyframeFractions(kind: TrackItemKind, source: TrackItemSource): number[] {
  if (kind === 'overlay') {
    const overlay = source as Overlay;
    const length = overlay.end - overlay.start;
    if (overlay.transform.length < 2 && (overlay.transform[0]?.t ?? 0) === 0) return [];
    return overlay.transform.map((keyframe) => keyframe.t / length);
  }
  if (kind === 'clip') {
    const clip = source as VideoClip;
    if (clip.reframe.mode !== 'fill' || clip.reframe.focus.length < 2) return [];
    const length = clip.out - clip.in;
    return clip.reframe.focus
      .map((keyframe) => (keyframe.t - clip.in) / length)
      .filter((fraction) => fraction >= 0 && fraction <= 1);
  }
  return [];
}

/**
 * One block on a track: its label, thumbnails (video) or waveform (audio), keyframe marks, and
 * a trim handle at each end. Memoised: a drag or a playhead frame redraws only what changed.
 */
export const TimelineItem = memo(function TimelineItem({
  kind,
  id,
  start,
  end,
  label,
  lane,
  laneHeight,
  source,
  asset,
  pxPerMs,
  fps,
  selected,
  cache,
  onPointerDown,
  problems,
}: {
  kind: TrackItemKind;
  id: string;
  start: number;
  end: number;
  label: string;
  lane: number;
  laneHeight: number;
  source: TrackItemSource;
  /** The media of a clip; undefined for overlays and cues (and media that is gone). */
  asset: MediaAsset | undefined;
  pxPerMs: number;
  fps: number;
  selected: boolean;
  cache: TimelineMediaCache;
  onPointerDown: ItemPointerDown;
  /** A caption's readability problems, one message a line; undefined when it has none. */
  problems?: string | undefined;
}): ReactElement {
  const width = Math.max(2, (end - start) * pxPerMs);
  const height = laneHeight - 4;
  const ref: SelectedItem = { kind, id };
  const clip = kind === 'clip' || kind === 'audio' ? (source as VideoClip | AudioClip) : null;
  const missing = clip !== null && (asset === undefined || asset.missing === true);
  const showHandles = width >= 12;
  const timing = `${formatFrameTimecode(start, fps)}–${formatFrameTimecode(end, fps)}`;
  return (
    <div
      className={`tl-item tl-item--${kind}`}
      role="button"
      aria-pressed={selected}
      aria-label={`${KIND_NAMES[kind]} ${label}, ${timing}`}
      title={`${label}\n${timing}${problems === undefined ? '' : `\n${problems}`}`}
      data-testid={kind === 'clip' ? 'timeline-clip' : `timeline-${kind}`}
      data-id={id}
      data-start-ms={start}
      data-end-ms={end}
      data-selected={selected}
      data-missing={missing}
      data-problems={problems === undefined ? undefined : problems.split('\n').length}
      style={{ left: start * pxPerMs, width, top: lane * laneHeight + 2, height }}
      onPointerDown={(event) => onPointerDown(event, ref, 'body')}
    >
      {kind === 'clip' && clip && asset && !missing ? (
        <Filmstrip
          cache={cache}
          asset={asset}
          inMs={clip.in}
          outMs={clip.out}
          widthPx={width}
          heightPx={height}
        />
      ) : null}
      {clip && asset && !missing && asset.probe.hasAudio ? (
        <Waveform
          cache={cache}
          asset={asset}
          inMs={clip.in}
          outMs={clip.out}
          widthPx={width}
          heightPx={kind === 'audio' ? height - 14 : Math.round(height * 0.3)}
          color={kind === 'audio' ? '#7cc7ff' : 'rgba(255, 255, 255, 0.55)'}
        />
      ) : null}
      <span className="tl-item__label">{label}</span>
      {problems === undefined ? null : (
        <span className="tl-item__problem" data-testid="timeline-problem" aria-hidden="true" />
      )}
      {keyframeFractions(kind, source).map((fraction, index) => (
        <span
          key={index}
          className="tl-item__keyframe"
          data-testid="timeline-keyframe"
          style={{ left: fraction * width }}
          aria-hidden="true"
        />
      ))}
      {showHandles ? (
        <>
          <span
            className="tl-item__handle tl-item__handle--start"
            data-testid="trim-start"
            aria-hidden="true"
            onPointerDown={(event) => onPointerDown(event, ref, 'start')}
          />
          <span
            className="tl-item__handle tl-item__handle--end"
            data-testid="trim-end"
            aria-hidden="true"
            onPointerDown={(event) => onPointerDown(event, ref, 'end')}
          />
        </>
      ) : null}
    </div>
  );
});
