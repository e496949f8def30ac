import { useRef, useSyncExternalStore, type PointerEvent, type ReactElement } from 'react';
import type { PreviewClock } from '../canvas/preview-clock';
import './playhead.css';

/** The playhead line across the ruler and tracks, at the preview clock's time. */
export function TimelinePlayhead({
  clock,
  pxPerMs,
}: {
  clock: PreviewClock;
  pxPerMs: number;
}): ReactElement {
  const { timeMs } = useSyncExternalStore(clock.subscribe, clock.getSnapshot);
  return (
    <div
      className="playhead"
      data-testid="timeline-playhead"
      data-time-ms={timeMs}
      style={{ transform: `translateX(${timeMs * pxPerMs}px)` }}
      aria-hidden="true"
    />
  );
}

/**
 * Pointer handlers that make the ruler seek: press to jump there, drag to scrub. `x` is
 * measured from the start of the timeline's content (which scrolls with it).
 */
export function useRulerSeek(clock: PreviewClock | undefined, pxPerMs: number) {
  const dragging = useRef(false);
  const seekTo = (event: PointerEvent<HTMLElement>) => {
    if (!clock || pxPerMs <= 0) return;
    const left = event.currentTarget.getBoundingClientRect().left;
    clock.seek(Math.round((event.clientX - left) / pxPerMs));
  };
  return {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      if (event.button !== 0) return;
      dragging.current = true;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      seekTo(event);
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      if (dragging.current) seekTo(event);
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      dragging.current = false;
      event.currentTarget.releasePointerCapture?.(event.pointerId);
    },
    onPointerCancel: () => {
      dragging.current = false;
    },
  };
}
