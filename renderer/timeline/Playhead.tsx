import {
  useEffect,
  useRef,
  useSyncExternalStore,
  type PointerEvent,
  type ReactElement,
  type RefObject,
} from 'react';
import type { PreviewClock } from '../canvas/preview-clock';
import { HEADER_WIDTH } from './timeline-model';
import './playhead.css';

/**
 * The playhead line across the ruler and tracks, at the preview clock's time. It is the only
 * part of the timeline that follows the clock, so playback redraws one element per frame.
 * While playing it pages the view along when it runs off the right edge, as editors do.
 */
export function TimelinePlayhead({
  clock,
  pxPerMs,
  scrollerRef,
}: {
  clock: PreviewClock;
  pxPerMs: number;
  scrollerRef?: RefObject<HTMLDivElement | null>;
}): ReactElement {
  const { timeMs, playing } = useSyncExternalStore(clock.subscribe, clock.getSnapshot);
  const x = timeMs * pxPerMs;
  useEffect(() => {
    const scroller = scrollerRef?.current;
    if (!playing || !scroller) return;
    const visible = scroller.clientWidth - HEADER_WIDTH;
    if (x > scroller.scrollLeft + visible - 8 || x < scroller.scrollLeft) {
      scroller.scrollLeft = Math.max(0, x - visible * 0.1);
    }
  }, [x, playing, scrollerRef]);
  return (
    <div
      className="playhead"
      data-testid="timeline-playhead"
      data-time-ms={timeMs}
      style={{ transform: `translateX(${x}px)` }}
      aria-hidden="true"
    />
  );
}

/**
 * Pointer handlers that make the ruler seek: press to jump there, drag to scrub. `x` is
 * measured from the left of the element they are put on. (Edits at the playhead land on the
 * start of the frame it shows.)
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
