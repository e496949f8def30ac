import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import {
  canvasLayout,
  centredScroll,
  clampScroll,
  frameOnStage,
  scrollKeepingPoint,
  wheelZoom,
  type CanvasLayout,
  type CanvasZoom,
  type Scroll,
  type Size,
} from './canvas-zoom';
import type { FrameFit } from './fit';

export interface CanvasViewport {
  scrollerRef: RefObject<HTMLDivElement | null>;
  /** The visible part of the scroll area (without its scrollbars). */
  viewport: Size;
  layout: CanvasLayout;
  /** The frame's place on the stage. */
  fit: FrameFit;
  onScroll: () => void;
}

function viewportOf(element: HTMLElement): Size {
  return { width: element.clientWidth, height: element.clientHeight };
}

/**
 * The canvas's scroll area: its visible size, the zoom layout and where the frame is on the
 * stage. A zoom change keeps the frame point under the pointer (wheel) or at the viewport's
 * centre (buttons, keys) where it was; Ctrl/Cmd+wheel zooms, the wheel and the scrollbars
 * scroll, and the middle button drags the view.
 */
export function useCanvasViewport(
  frame: Size,
  zoom: CanvasZoom,
  onZoom: (zoom: CanvasZoom) => void,
): CanvasViewport {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState<Size>({ width: 0, height: 0 });
  const [scroll, setScroll] = useState<Scroll>({ left: 0, top: 0 });
  const layout = canvasLayout(viewport, frame, zoom);
  const anchorRef = useRef<{ x: number; y: number } | null>(null);
  const shown = useRef({ layout, scroll, viewport });

  // Measured before the first paint: the stage (and with it the footage and the scene) is
  // created in the same frame as the editor instead of one frame and a passive effect later.
  useLayoutEffect(() => {
    const element = scrollerRef.current;
    if (!element) return undefined;
    const measure = () => {
      const next = viewportOf(element);
      setViewport((current) =>
        current.width === next.width && current.height === next.height ? current : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // After a zoom the content has its new size: scroll so the anchor point stays put.
  const { scale } = layout;
  useLayoutEffect(() => {
    const element = scrollerRef.current;
    const before = shown.current;
    if (element && before.layout.scale !== scale && viewport.width > 0) {
      const anchor = anchorRef.current ?? { x: viewport.width / 2, y: viewport.height / 2 };
      const next =
        before.layout.scale > 0
          ? scrollKeepingPoint(anchor, before, layout, viewport)
          : centredScroll(layout, viewport);
      element.scrollLeft = next.left;
      element.scrollTop = next.top;
      setScroll(clampScroll(next, layout, viewport));
    }
    anchorRef.current = null;
    shown.current = { layout, scroll: shown.current.scroll, viewport };
  });
  shown.current.scroll = scroll;

  const onScroll = useCallback(() => {
    const element = scrollerRef.current;
    if (!element) return;
    setScroll((current) =>
      current.left === element.scrollLeft && current.top === element.scrollTop
        ? current
        : { left: element.scrollLeft, top: element.scrollTop },
    );
  }, []);

  const onZoomRef = useRef(onZoom);
  onZoomRef.current = onZoom;
  useEffect(() => {
    const element = scrollerRef.current;
    if (!element) return undefined;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const box = element.getBoundingClientRect();
      anchorRef.current = { x: event.clientX - box.left, y: event.clientY - box.top };
      onZoomRef.current(wheelZoom(shown.current.layout.scale, event.deltaY));
    };
    let pan: { x: number; y: number; left: number; top: number } | null = null;
    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 1) return;
      event.preventDefault();
      pan = {
        x: event.clientX,
        y: event.clientY,
        left: element.scrollLeft,
        top: element.scrollTop,
      };
      element.setPointerCapture(event.pointerId);
    };
    const onPointerMove = (event: PointerEvent) => {
      if (pan === null) return;
      element.scrollLeft = pan.left - (event.clientX - pan.x);
      element.scrollTop = pan.top - (event.clientY - pan.y);
    };
    const onPointerUp = () => {
      pan = null;
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerUp);
    element.addEventListener('pointercancel', onPointerUp);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerUp);
      element.removeEventListener('pointercancel', onPointerUp);
    };
  }, []);

  return { scrollerRef, viewport, layout, fit: frameOnStage(layout, scroll), onScroll };
}
