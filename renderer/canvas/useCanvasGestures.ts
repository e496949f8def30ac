import type Konva from 'konva';
import { useCallback, useEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { performInvocations, type CommandInvocation } from '../../shared/commands';
import type { ProjectDocument } from '../../shared/model';
import { focusRange, pannedFocus } from '../../shared/scene/focus-pan';
import { itemAt, itemBounds, type EditableItem, type Point } from '../../shared/scene/item-bounds';
import type { PictureShape } from '../../shared/scene/reframe-geometry';
import type { SceneRect } from '../../shared/scene/types';
import type { DocumentStore } from '../editor/document-store';
import type { SelectedItem, SelectionStore } from '../editor/selection';
import {
  captionMoveInvocation,
  clipAt,
  focusAtPlayhead,
  focusChangeInvocation,
  overlayChangeInvocation,
  pictureOf,
} from './edit-plan';
import type { FrameFit } from './fit';
import { snapMove, snapTargets, unionRect, type SnapGuide, type SnapTarget } from './snapping';

/** What the canvas may change: the document (through commands) and the shared selection. */
export interface CanvasEditing {
  store: DocumentStore;
  selection: SelectionStore;
  readOnly: boolean;
}

/**
 * Dispatches a finished gesture as an undo step of its own: commands that merge consecutive
 * edits (typing, slider drags) must not fold two drags, or a drag and a typed value, together.
 */
export function dispatchGesture(
  store: DocumentStore,
  plan: readonly CommandInvocation[],
  label: string,
): boolean {
  store.seal();
  const done = store.dispatch(plan, label);
  store.seal();
  return done;
}

/** The document as it would be if the gesture ended now, shown while it lasts. */
export interface GesturePreview {
  doc: ProjectDocument;
  /** The footage changes too (a focus drag), not only the scene layer. */
  video: boolean;
}

/** Screen pixels: how far to move before a press becomes a drag, how near a line snaps. */
const DRAG_START_PX = 3;
const SNAP_PX = 6;
const PICK_SLOP_PX = 4;

type Session =
  | {
      kind: 'move';
      start: Point;
      targets: EditableItem[];
      bounds: SceneRect;
      snapTo: SnapTarget[];
      moved: boolean;
      plan: CommandInvocation[];
    }
  | {
      kind: 'focus';
      start: Point;
      clipId: string;
      picture: PictureShape;
      focus: { x: number; y: number };
      moved: boolean;
      plan: CommandInvocation[];
    };

interface Inputs {
  /** The committed document (not the preview). */
  doc: ProjectDocument;
  playheadMs: number;
  fit: FrameFit;
  items: readonly EditableItem[];
  safe: SceneRect | null;
  editing: CanvasEditing | undefined;
  onPreview: (preview: GesturePreview | null) => void;
}

function moveLabel(targets: readonly EditableItem[]): string {
  if (targets.length > 1) return `Move ${targets.length} items`;
  return targets[0]?.kind === 'caption' ? 'Move caption' : 'Move overlay';
}

function offset(rect: SceneRect, dx: number, dy: number): SceneRect {
  return { ...rect, x: rect.x + dx, y: rect.y + dy };
}

/**
 * Pointer gestures on the canvas: click picks an overlay or caption (Shift/Cmd/Ctrl toggles),
 * click on the footage picks the clip under the playhead, dragging moves the picked items with
 * snapping (Shift keeps to one axis, Alt turns snapping off) or pans a fill clip's focus. While
 * a gesture lasts its result is previewed from a locally changed document; on release it is
 * dispatched once, so it is one undo step. Escape cancels.
 */
export function useCanvasGestures(
  inputs: Inputs | null,
  stageBoxRef: RefObject<HTMLElement | null>,
  stageRef: RefObject<Konva.Stage | null>,
) {
  const [guides, setGuides] = useState<SnapGuide[]>([]);
  const [hover, setHover] = useState<SelectedItem | null>(null);
  const latest = useRef(inputs);
  latest.current = inputs;
  const session = useRef<Session | null>(null);
  const frameRequest = useRef<number | null>(null);
  const pendingMove = useRef<{ point: Point; shift: boolean; alt: boolean } | null>(null);

  const stagePoint = useCallback(
    (event: { clientX: number; clientY: number }): Point => {
      const box = stageBoxRef.current?.getBoundingClientRect();
      return { x: event.clientX - (box?.left ?? 0), y: event.clientY - (box?.top ?? 0) };
    },
    [stageBoxRef],
  );
  const framePoint = (stage: Point, fit: FrameFit): Point => ({
    x: (stage.x - fit.x) / fit.scale,
    y: (stage.y - fit.y) / fit.scale,
  });

  const end = useCallback(() => {
    session.current = null;
    pendingMove.current = null;
    if (frameRequest.current !== null) cancelAnimationFrame(frameRequest.current);
    frameRequest.current = null;
    latest.current?.onPreview(null);
    setGuides([]);
  }, []);

  /** Works out the gesture's result for the pointer at `point`; one preview per frame. */
  const update = useCallback(() => {
    frameRequest.current = null;
    const current = session.current;
    const move = pendingMove.current;
    if (current === null || move === null || latest.current === null) return;
    const { doc, fit, playheadMs, onPreview } = latest.current;
    let dx = move.point.x - current.start.x;
    let dy = move.point.y - current.start.y;
    if (!current.moved && Math.hypot(dx, dy) * fit.scale < DRAG_START_PX) return;
    current.moved = true;
    let shownGuides: SnapGuide[] = [];
    if (current.kind === 'move') {
      if (move.shift) {
        if (Math.abs(dx) >= Math.abs(dy)) dy = 0;
        else dx = 0;
      }
      if (!move.alt) {
        const snap = snapMove(offset(current.bounds, dx, dy), current.snapTo, SNAP_PX / fit.scale);
        const keepX = !move.shift || dx !== 0;
        const keepY = !move.shift || dy !== 0;
        if (keepX) dx += snap.dx;
        if (keepY) dy += snap.dy;
        shownGuides = snap.guides.filter((guide) => (guide.axis === 'x' ? keepX : keepY));
      }
      current.plan = current.targets
        .map((item) =>
          item.kind === 'overlay'
            ? overlayChangeInvocation(
                doc,
                { id: item.id, dx, dy, scaleFactor: 1, rotationDelta: 0 },
                playheadMs,
              )
            : captionMoveInvocation(doc, item.id, dx, dy),
        )
        .filter((step): step is CommandInvocation => step !== null);
    } else {
      const focus = pannedFocus(current.picture, doc.format, current.focus, { dx, dy });
      const step = focusChangeInvocation(doc, current.clipId, focus, playheadMs);
      current.plan = step === null ? [] : [step];
    }
    try {
      const changed = performInvocations(doc, current.plan).doc;
      onPreview({ doc: changed, video: current.kind === 'focus' });
      setGuides(shownGuides);
    } catch {
      // A change the commands refuse (e.g. past a limit) keeps the last good preview.
    }
  }, []);

  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      if (event.button !== 0 || session.current !== null || latest.current === null) return;
      const { doc, fit, items, playheadMs, safe, editing } = latest.current;
      if (editing === undefined || fit.scale <= 0) return;
      const stage = stagePoint(event);
      // Transformer handles take their own presses.
      if (stageRef.current?.getIntersection(stage)) return;
      const point = framePoint(stage, fit);
      const { selection } = editing;
      const toggle = event.shiftKey || event.metaKey || event.ctrlKey;
      const inFrame =
        point.x >= 0 && point.y >= 0 && point.x <= doc.format.width && point.y <= doc.format.height;
      if (!inFrame) {
        if (!toggle) selection.clear();
        return;
      }
      const hit = itemAt(items, point, PICK_SLOP_PX / fit.scale);
      const clip = hit === null ? clipAt(doc, playheadMs) : undefined;
      const picked: SelectedItem | null = hit
        ? { kind: hit.kind, id: hit.id }
        : clip
          ? { kind: 'clip', id: clip.id }
          : null;
      if (picked === null) {
        if (!toggle) selection.clear();
        return;
      }
      if (toggle) {
        selection.toggle(picked);
        return;
      }
      if (!selection.has(picked)) selection.select(picked);
      if (editing.readOnly) return;
      if (hit) {
        const chosen = new Set(selection.getSnapshot().map((item) => `${item.kind}:${item.id}`));
        const targets = items.filter((item) => chosen.has(`${item.kind}:${item.id}`));
        const bounds = unionRect(targets.map(itemBounds));
        if (bounds === null) return;
        const others = items.filter((item) => !targets.includes(item)).map(itemBounds);
        session.current = {
          kind: 'move',
          start: point,
          targets,
          bounds,
          snapTo: snapTargets(doc.format, others, safe),
          moved: false,
          plan: [],
        };
      } else if (clip && clip.reframe.mode === 'fill') {
        const picture = pictureOf(doc, clip.mediaId);
        if (picture === null) return;
        const range = focusRange(picture, doc.format);
        const shown = focusAtPlayhead(clip, playheadMs);
        session.current = {
          kind: 'focus',
          start: point,
          clipId: clip.id,
          picture,
          // Start from where the crop actually is, not from an out-of-range focus.
          focus: {
            x:
              range.x[0] < range.x[1]
                ? Math.min(range.x[1], Math.max(range.x[0], shown.x))
                : shown.x,
            y:
              range.y[0] < range.y[1]
                ? Math.min(range.y[1], Math.max(range.y[0], shown.y))
                : shown.y,
          },
          moved: false,
          plan: [],
        };
      }
      if (session.current !== null) {
        event.currentTarget.setPointerCapture(event.pointerId);
        event.currentTarget.style.cursor = session.current.kind === 'focus' ? 'grabbing' : 'move';
      }
    },
    [stagePoint, stageRef],
  );

  const onPointerMove = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      if (latest.current === null) return;
      const { fit, items } = latest.current;
      const point = framePoint(stagePoint(event), fit);
      if (session.current === null) {
        const hit = fit.scale > 0 ? itemAt(items, point, PICK_SLOP_PX / fit.scale) : null;
        event.currentTarget.style.cursor = hit ? 'move' : '';
        setHover((current) =>
          hit === null
            ? null
            : current?.id === hit.id && current.kind === hit.kind
              ? current
              : { kind: hit.kind, id: hit.id },
        );
        return;
      }
      pendingMove.current = { point, shift: event.shiftKey, alt: event.altKey };
      frameRequest.current ??= requestAnimationFrame(update);
    },
    [stagePoint, update],
  );

  const onPointerUp = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      const current = session.current;
      if (current === null) return;
      event.currentTarget.style.cursor = '';
      if (frameRequest.current !== null) {
        cancelAnimationFrame(frameRequest.current);
        update();
      }
      const editing = latest.current?.editing;
      if (current.moved && current.plan.length > 0 && editing) {
        const label = current.kind === 'focus' ? 'Move focus' : moveLabel(current.targets);
        dispatchGesture(editing.store, current.plan, label);
      }
      end();
    },
    [end, update],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || session.current === null) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      end();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [end]);

  useEffect(() => end, [end]);

  return {
    guides,
    hover,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: end,
      onPointerLeave: () => setHover(null),
    },
  };
}
