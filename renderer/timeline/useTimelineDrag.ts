import { useCallback, useEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { applyCommand, invocation, type TimingChange } from '../../shared/commands';
import type { ProjectDocument } from '../../shared/model';
import type { DocumentStore } from '../editor/document-store';
import type { Selection, SelectedItem, SelectionStore } from '../editor/selection';
import {
  clampMoveDelta,
  timedItems,
  movingEdges,
  planMove,
  planTrim,
  spanOf,
  trimRange,
  type Edge,
} from './drag-edits';
import { nearestFrame } from './geometry';
import { stepLabel } from './selection-edits';
import { collectSnapTargets, SNAP_DISTANCE_PX, snapDelta, type SnapTarget } from './snap';
import { HEADER_WIDTH, itemsInBox, RULER_HEIGHT, type Box, type TrackRow } from './timeline-model';

/** Pointer travel before a press becomes a drag (so a click never nudges anything). */
const DRAG_THRESHOLD_PX = 3;
/** Near the scroller's edge a drag scrolls the timeline along. */
const AUTOSCROLL_ZONE_PX = 32;

type Gesture =
  | { type: 'move'; grabbed: SelectedItem; items: SelectedItem[]; clickSelects: boolean }
  | { type: 'trim'; item: SelectedItem; edge: Edge }
  | { type: 'box'; additive: boolean; base: Selection; originX: number; originY: number };

interface Active {
  gesture: Gesture;
  base: ProjectDocument;
  originClientX: number;
  originClientY: number;
  originMs: number;
  dragging: boolean;
  /** Taken when the press starts: the other items do not move while this one is dragged. */
  targets: SnapTarget[];
}

export interface DragPreview {
  doc: ProjectDocument;
  changes: TimingChange[];
  label: string;
  snappedTo: SnapTarget | null;
}

export interface TimelineDragOptions {
  scrollerRef: RefObject<HTMLDivElement | null>;
  store: DocumentStore;
  selection: SelectionStore;
  rows: readonly TrackRow[];
  pxPerMs: number;
  fps: number;
  snapping: boolean;
  playheadMs: () => number;
  readOnly: boolean;
}

const keyOf = (item: SelectedItem) => `${item.kind}:${item.id}`;

/**
 * Pointer gestures on the tracks: press an item to select it (Shift/Cmd/Ctrl to add or take
 * away), drag it (with the rest of the selection) to move, drag an end to trim, drag on empty
 * track space to select with a box. While dragging, the change is previewed on a local copy of
 * the document; releasing dispatches it as one undo step. Escape cancels a drag.
 */
export function useTimelineDrag(options: TimelineDragOptions) {
  const latest = useRef(options);
  latest.current = options;
  const active = useRef<Active | null>(null);
  const [preview, setPreview] = useState<DragPreview | null>(null);
  const previewRef = useRef<DragPreview | null>(null);
  const show = (next: DragPreview | null) => {
    previewRef.current = next;
    setPreview(next);
  };
  const [box, setBox] = useState<Box | null>(null);

  /** Content coordinates: x in ms of timeline time, y from the first track's top. */
  const pointAt = useCallback((clientX: number, clientY: number) => {
    const scroller = latest.current.scrollerRef.current;
    const rect = scroller?.getBoundingClientRect();
    const x = clientX - (rect?.left ?? 0) + (scroller?.scrollLeft ?? 0) - HEADER_WIDTH;
    const y = clientY - (rect?.top ?? 0) + (scroller?.scrollTop ?? 0) - RULER_HEIGHT;
    return { x, y, ms: x / latest.current.pxPerMs };
  }, []);

  const targetsFor = (base: ProjectDocument, excluded: ReadonlySet<string>) =>
    collectSnapTargets({
      items: timedItems(base),
      excluded,
      markers: base.markers.map((marker) => ({ key: `marker:${marker.id}`, time: marker.time })),
      playheadMs: latest.current.playheadMs(),
    });

  const showPreview = (
    base: ProjectDocument,
    changes: TimingChange[],
    label: string,
    snappedTo: SnapTarget | null,
  ) => {
    if (changes.length === 0) {
      show({ doc: base, changes, label, snappedTo });
      return;
    }
    try {
      const doc = applyCommand(base, invocation('timeline.retime', { changes })).doc;
      show({ doc, changes, label, snappedTo });
    } catch {
      // A position the document refuses: the last good preview stays.
    }
  };

  const update = (state: Active, clientX: number, clientY: number, free: boolean) => {
    const { gesture, base } = state;
    const { pxPerMs, fps, snapping } = latest.current;
    const point = pointAt(clientX, clientY);
    const threshold = snapping && !free ? SNAP_DISTANCE_PX / pxPerMs : -1;
    if (gesture.type === 'box') {
      const next: Box = {
        left: Math.min(gesture.originX, point.x),
        right: Math.max(gesture.originX, point.x),
        top: Math.min(gesture.originY, point.y),
        bottom: Math.max(gesture.originY, point.y),
      };
      setBox(next);
      const hits = itemsInBox(latest.current.rows, next, pxPerMs);
      latest.current.selection.set(gesture.additive ? [...gesture.base, ...hits] : hits);
      return;
    }
    const rawDelta = point.ms - state.originMs;
    if (gesture.type === 'move') {
      let delta = clampMoveDelta(base, gesture.items, Math.round(rawDelta));
      const snap = snapDelta(movingEdges(base, gesture.items), delta, state.targets, threshold);
      delta = snap.deltaMs;
      if (snap.snappedTo === null) {
        // Off the snap targets, the grabbed item still lands on a frame.
        const grabbedStart = spanOf(base, gesture.grabbed)?.start ?? 0;
        delta = nearestFrame(grabbedStart + delta, fps) - grabbedStart;
      }
      delta = clampMoveDelta(base, gesture.items, delta);
      showPreview(
        base,
        planMove(base, gesture.items, delta),
        stepLabel('Move', gesture.items),
        snap.snappedTo,
      );
      return;
    }
    const range = trimRange(base, gesture.item, gesture.edge, fps);
    const span = spanOf(base, gesture.item);
    if (range === null || span === null) return;
    const original = gesture.edge === 'start' ? span.start : span.end;
    const clamp = (ms: number) => Math.min(range[1], Math.max(range[0], ms));
    const wanted = clamp(Math.round(original + rawDelta));
    const snap = snapDelta([original], wanted - original, state.targets, threshold);
    let edge = original + snap.deltaMs;
    const snapped = snap.snappedTo !== null && clamp(edge) === edge;
    if (!snapped) edge = clamp(nearestFrame(wanted, fps));
    const change = planTrim(base, gesture.item, gesture.edge, edge);
    showPreview(
      base,
      change ? [change] : [],
      stepLabel('Trim', [gesture.item]),
      snapped ? snap.snappedTo : null,
    );
  };

  const finish = (commit: boolean) => {
    const state = active.current;
    active.current = null;
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', onUp);
    window.removeEventListener('pointercancel', onCancel);
    window.removeEventListener('keydown', onKey, true);
    setBox(null);
    const last = previewRef.current;
    show(null);
    if (commit && state?.dragging && last && last.changes.length > 0) {
      latest.current.store.dispatch(
        invocation('timeline.retime', { changes: last.changes }),
        last.label,
      );
    }
    if (
      commit &&
      state &&
      !state.dragging &&
      state.gesture.type === 'move' &&
      state.gesture.clickSelects
    ) {
      latest.current.selection.select(state.gesture.grabbed);
    }
  };

  const onMove = (event: globalThis.PointerEvent) => {
    const state = active.current;
    if (!state) return;
    if (!state.dragging) {
      const far =
        Math.abs(event.clientX - state.originClientX) >= DRAG_THRESHOLD_PX ||
        Math.abs(event.clientY - state.originClientY) >= DRAG_THRESHOLD_PX;
      if (!far) return;
      state.dragging = true;
    }
    const scroller = latest.current.scrollerRef.current;
    if (scroller && state.gesture.type !== 'box') {
      const rect = scroller.getBoundingClientRect();
      if (event.clientX > rect.right - AUTOSCROLL_ZONE_PX) scroller.scrollLeft += 12;
      else if (event.clientX < rect.left + HEADER_WIDTH + AUTOSCROLL_ZONE_PX)
        scroller.scrollLeft -= 12;
    }
    update(state, event.clientX, event.clientY, event.altKey);
  };
  const onUp = () => finish(true);
  const onCancel = () => finish(false);
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    if (active.current?.gesture.type === 'box')
      latest.current.selection.set(active.current.gesture.base);
    finish(false);
  };

  const begin = (event: PointerEvent<HTMLElement>, gesture: Gesture) => {
    const point = pointAt(event.clientX, event.clientY);
    const base = latest.current.store.getSnapshot().document;
    const moving =
      gesture.type === 'move' ? gesture.items : gesture.type === 'trim' ? [gesture.item] : [];
    active.current = {
      gesture,
      base,
      targets: gesture.type === 'box' ? [] : targetsFor(base, new Set(moving.map(keyOf))),
      originClientX: event.clientX,
      originClientY: event.clientY,
      originMs: point.ms,
      dragging: false,
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    window.addEventListener('keydown', onKey, true);
  };

  // A drag in progress when the timeline unmounts is dropped.
  useEffect(() => () => finish(false), []);

  /** Press on an item's body (`part` 'body') or on one of its trim handles. */
  const onItemPointerDown = useCallback(
    (event: PointerEvent<HTMLElement>, item: SelectedItem, part: 'body' | Edge) => {
      if (event.button !== 0 || active.current) return;
      event.stopPropagation();
      event.preventDefault();
      const { selection, readOnly } = latest.current;
      const toggle = event.shiftKey || event.metaKey || event.ctrlKey;
      if (part !== 'body') {
        selection.select(item);
        if (!readOnly) begin(event, { type: 'trim', item, edge: part });
        return;
      }
      const wasSelected = selection.has(item);
      if (toggle) selection.toggle(item);
      else if (!wasSelected) selection.select(item);
      // A toggled-off item is not dragged; the rest of the selection moves with the grabbed one.
      if (!selection.has(item) || readOnly) return;
      begin(event, {
        type: 'move',
        grabbed: item,
        items: [...selection.getSnapshot()],
        clickSelects: wasSelected && !toggle,
      });
    },
    [],
  );

  /** Press on empty track space: clears the selection (unless adding) and starts a box. */
  const onBackgroundPointerDown = useCallback((event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0 || active.current) return;
    event.preventDefault();
    const { selection } = latest.current;
    const additive = event.shiftKey || event.metaKey || event.ctrlKey;
    if (!additive) selection.clear();
    const point = pointAt(event.clientX, event.clientY);
    begin(event, {
      type: 'box',
      additive,
      base: selection.getSnapshot(),
      originX: point.x,
      originY: point.y,
    });
  }, []);

  return { preview, box, onItemPointerDown, onBackgroundPointerDown };
}
