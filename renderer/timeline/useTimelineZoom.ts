import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { HEADER_WIDTH } from './timeline-model';
import {
  clampZoom,
  scrollForZoom,
  sliderToZoom,
  ZOOM_STEP,
  zoomLimits,
  zoomToSlider,
  type ZoomLimits,
} from './geometry';

export interface TimelineZoom {
  pxPerMs: number;
  limits: ZoomLimits;
  fitted: boolean;
  /** 0..1 on the slider's logarithmic scale. */
  slider: number;
  setSlider(value: number): void;
  /** Zooms by `factor` keeping the time under `anchorPx` (from the time area's left) still. */
  zoomBy(factor: number, anchorPx?: number): void;
  zoomIn(): void;
  zoomOut(): void;
  zoomToFit(): void;
}

/**
 * The timeline's zoom: fitted to the project until the person zooms, then a fixed scale.
 * Ctrl+wheel (and a trackpad pinch, which browsers report as Ctrl+wheel) zooms around the
 * pointer; keys and buttons zoom around the playhead when it is in view, else the middle. A
 * plain wheel scrolls along time unless the tracks need scrolling up and down.
 */
export function useTimelineZoom(
  scrollerRef: RefObject<HTMLDivElement | null>,
  viewportPx: number,
  durationMs: number,
  fps: number,
  playheadMs: () => number,
): TimelineZoom {
  const [manual, setManual] = useState<number | null>(null);
  const limits = zoomLimits(viewportPx, durationMs, fps);
  const pxPerMs = manual === null ? limits.fitPxPerMs : clampZoom(manual, limits);
  const pendingScroll = useRef<number | null>(null);
  const current = useRef({ pxPerMs, limits });
  current.current = { pxPerMs, limits };

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (scroller && pendingScroll.current !== null) scroller.scrollLeft = pendingScroll.current;
    pendingScroll.current = null;
  }, [pxPerMs, scrollerRef]);

  const zoomTo = useCallback(
    (target: number, anchorPx?: number) => {
      const scroller = scrollerRef.current;
      const { pxPerMs: from, limits: now } = current.current;
      const to = clampZoom(target, now);
      if (to === from) return;
      const visible = scroller ? scroller.clientWidth - HEADER_WIDTH : 0;
      const scrollLeft = scroller?.scrollLeft ?? 0;
      let anchor = anchorPx;
      if (anchor === undefined) {
        const playheadPx = playheadMs() * from - scrollLeft;
        anchor = playheadPx >= 0 && playheadPx <= visible ? playheadPx : visible / 2;
      }
      pendingScroll.current = scrollForZoom(scrollLeft, anchor, from, to);
      setManual(to);
    },
    [scrollerRef, playheadMs],
  );

  const zoomBy = useCallback(
    (factor: number, anchorPx?: number) => zoomTo(current.current.pxPerMs * factor, anchorPx),
    [zoomTo],
  );

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return undefined;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) {
        // A plain wheel scrolls along time when there is nothing to scroll vertically.
        const vertical = Math.abs(event.deltaY) > Math.abs(event.deltaX);
        if (vertical && scroller.scrollHeight <= scroller.clientHeight) {
          event.preventDefault();
          scroller.scrollLeft += event.deltaY * (event.deltaMode === 1 ? 16 : 1);
        }
        return;
      }
      // Not passive: the page itself must not zoom.
      event.preventDefault();
      const anchor = event.clientX - scroller.getBoundingClientRect().left - HEADER_WIDTH;
      const lines = event.deltaMode === 1 ? 16 : 1;
      zoomBy(Math.exp((-event.deltaY * lines) / 300), Math.max(0, anchor));
    };
    scroller.addEventListener('wheel', onWheel, { passive: false });
    return () => scroller.removeEventListener('wheel', onWheel);
  }, [scrollerRef, zoomBy]);

  return {
    pxPerMs,
    limits,
    fitted: manual === null,
    slider: zoomToSlider(pxPerMs, limits),
    setSlider: (value) => zoomTo(sliderToZoom(value, limits)),
    zoomBy,
    zoomIn: () => zoomBy(ZOOM_STEP),
    zoomOut: () => zoomBy(1 / ZOOM_STEP),
    zoomToFit: () => {
      pendingScroll.current = 0;
      setManual(null);
      const scroller = scrollerRef.current;
      if (scroller) scroller.scrollLeft = 0;
    },
  };
}
