import { memo, useSyncExternalStore, type PointerEvent, type ReactElement } from 'react';
import type { Marker } from '../../shared/model';
import type { PreviewClock } from '../canvas/preview-clock';
import { formatFrameTimecode } from '../canvas/timecode';
import type { SelectedItem } from '../editor/selection';
import { rulerTicks } from './geometry';
import { useRulerSeek } from './Playhead';

/** Extra ruler drawn either side of the view, so a quick scroll does not show it blank. */
const OVERSCAN_PX = 400;

/**
 * The time ruler: ticks and timecodes for the part in view (labels adapt to the zoom, down to
 * single frames), the markers as flags you can drag, and the in/out range. Pressing or
 * dragging on it moves the playhead.
 */
export const Ruler = memo(function Ruler({
  clock,
  pxPerMs,
  fps,
  widthPx,
  scrollLeft,
  viewportPx,
  markers,
  selectedMarkers,
  onMarkerPointerDown,
}: {
  clock: PreviewClock;
  pxPerMs: number;
  fps: number;
  widthPx: number;
  scrollLeft: number;
  viewportPx: number;
  markers: readonly Marker[];
  selectedMarkers: ReadonlySet<string>;
  onMarkerPointerDown: (event: PointerEvent<HTMLElement>, item: SelectedItem, part: 'body') => void;
}): ReactElement {
  const seek = useRulerSeek(clock, pxPerMs);
  const fromMs = Math.max(0, (scrollLeft - OVERSCAN_PX) / pxPerMs);
  const toMs = (scrollLeft + viewportPx + OVERSCAN_PX) / pxPerMs;
  const ticks = rulerTicks(pxPerMs, fps, fromMs, toMs);
  return (
    <div
      className="ruler"
      data-testid="timeline-ruler"
      data-seekable="true"
      data-px-per-ms={pxPerMs}
      style={{ width: widthPx }}
      {...seek}
    >
      <InOutRange clock={clock} pxPerMs={pxPerMs} />
      {ticks.map((tick) => (
        <div
          key={tick.timeMs}
          className={tick.major ? 'ruler__tick ruler__tick--major' : 'ruler__tick'}
          style={{ left: tick.x }}
          aria-hidden="true"
        >
          {tick.label ? <span className="ruler__label">{tick.label}</span> : null}
        </div>
      ))}
      {markers.map((marker) => (
        <button
          key={marker.id}
          type="button"
          className="ruler__marker"
          data-testid="timeline-marker"
          data-id={marker.id}
          data-time-ms={marker.time}
          data-selected={selectedMarkers.has(marker.id)}
          style={{ left: marker.time * pxPerMs }}
          aria-label={`Marker ${marker.label || ''} at ${formatFrameTimecode(marker.time, fps)}`}
          title={`${marker.label || 'Marker'} · ${formatFrameTimecode(marker.time, fps)}`}
          onPointerDown={(event) =>
            onMarkerPointerDown(event, { kind: 'marker', id: marker.id }, 'body')
          }
          onDoubleClick={(event) => {
            event.stopPropagation();
            clock.seek(marker.time);
          }}
        />
      ))}
    </div>
  );
});

/** The in/out marks (I and O) as a band on the ruler; follows only the marks, not playback. */
function InOutRange({ clock, pxPerMs }: { clock: PreviewClock; pxPerMs: number }) {
  const markIn = useSyncExternalStore(clock.subscribe, () => clock.getSnapshot().markInMs ?? null);
  const markOut = useSyncExternalStore(
    clock.subscribe,
    () => clock.getSnapshot().markOutMs ?? null,
  );
  if (markIn === null && markOut === null) return null;
  const start = markIn ?? 0;
  const end = markOut ?? clock.getSnapshot().endMs;
  return (
    <div
      className="ruler__range"
      data-testid="timeline-in-out"
      style={{ left: start * pxPerMs, width: Math.max(1, (end - start) * pxPerMs) }}
      aria-hidden="true"
    />
  );
}
