import type Konva from 'konva';
import type { KonvaEventObject } from 'konva/lib/Node';
import type { Box } from 'konva/lib/shapes/Transformer';
import { useEffect, useRef, useState, useSyncExternalStore, type ReactElement } from 'react';
import { Group, Label, Rect, Tag, Text, Transformer } from 'react-konva';
import { performInvocations, type CommandInvocation } from '../../shared/commands';
import { ID_PREFIX, newId, type PixelBox, type ProjectDocument } from '../../shared/model';
import type { SelectedItem } from '../editor/selection';
import type { FrameFit } from './fit';
import { drawRegionPlan, moveRegionPlan, rectFromCorners, regionFrameBox } from './region-plan';
import type { RegionTool } from './region-tool';
import { dispatchGesture, type CanvasEditing, type GesturePreview } from './useCanvasGestures';

const REGION_COLOR = '#f5b700';
const ALL_ANCHORS = [
  'top-left',
  'top-center',
  'top-right',
  'middle-right',
  'middle-left',
  'bottom-left',
  'bottom-center',
  'bottom-right',
];
const noSubscription = () => () => undefined;
const notArmed = () => false;

/** Keeps a resize from shrinking the box below a few screen pixels. */
function keepSize(before: Box, after: Box): Box {
  return Math.abs(after.width) < 8 || Math.abs(after.height) < 8 ? before : after;
}

/** A frame point for a pointer position on the page. */
function framePointOf(
  stage: Konva.Stage,
  fit: FrameFit,
  event: { clientX: number; clientY: number },
): { x: number; y: number } {
  const box = stage.container().getBoundingClientRect();
  return {
    x: (event.clientX - box.left - fit.x) / fit.scale,
    y: (event.clientY - box.top - fit.y) / fit.scale,
  };
}

/** The rectangle a region handle node covers now, in frame pixels. */
function nodeRect(node: Konva.Node): PixelBox {
  return {
    x: node.x(),
    y: node.y(),
    width: node.width() * node.scaleX(),
    height: node.height() * node.scaleY(),
  };
}

function previewOf(
  doc: ProjectDocument,
  plan: CommandInvocation | null,
  onPreview: (preview: GesturePreview | null) => void,
) {
  if (plan === null) return;
  try {
    // The footage layer draws the blur from the document: the preview shows it live.
    onPreview({ doc: performInvocations(doc, [plan]).doc, video: true });
  } catch {
    // A box the commands refuse keeps the last good preview.
  }
}

/**
 * Draws a region while the "Blur region" tool is armed: a press on the frame starts a
 * rectangle, followed on the window until release (so leaving the canvas does not lose it),
 * previewed with its blur, then added as one undo step and selected. Escape cancels.
 */
function RegionDrawSurface({
  fit,
  doc,
  playheadMs,
  editing,
  tool,
  onPreview,
}: {
  fit: FrameFit;
  doc: ProjectDocument;
  playheadMs: number;
  editing: CanvasEditing;
  tool: RegionTool;
  onPreview: (preview: GesturePreview | null) => void;
}): ReactElement {
  const [draft, setDraft] = useState<PixelBox | null>(null);
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      stop.current?.();
      tool.set(false);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [tool]);

  const begin = (event: KonvaEventObject<PointerEvent>) => {
    if (event.evt.button !== 0 || stop.current !== null) return;
    const stage = event.target.getStage();
    if (stage === null) return;
    event.cancelBubble = true;
    const start = framePointOf(stage, fit, event.evt);
    const id = newId(ID_PREFIX.manualRegion);
    let planned: ReturnType<typeof drawRegionPlan> = null;
    const move = (pointer: PointerEvent) => {
      const rect = rectFromCorners(start, framePointOf(stage, fit, pointer));
      setDraft(rect);
      planned = drawRegionPlan(doc, playheadMs, rect, id);
      previewOf(doc, planned?.invocation ?? null, onPreview);
    };
    const finish = () => {
      stop.current?.();
      if (planned === null) return;
      if (dispatchGesture(editing.store, [planned.invocation], 'Draw blur region')) {
        editing.selection.select({ kind: 'region', id: planned.region.id });
        tool.set(false);
      }
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', finish);
    window.addEventListener('pointercancel', finish);
    stop.current = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', finish);
      window.removeEventListener('pointercancel', finish);
      stop.current = null;
      setDraft(null);
      onPreview(null);
    };
  };

  return (
    <>
      <Rect
        name="region-draw-surface"
        width={doc.format.width}
        height={doc.format.height}
        fill="transparent"
        onPointerDown={begin}
        onMouseEnter={(event) => {
          const container = event.target.getStage()?.container();
          if (container) container.style.cursor = 'crosshair';
        }}
        onMouseLeave={(event) => {
          const container = event.target.getStage()?.container();
          if (container) container.style.cursor = '';
        }}
      />
      {draft ? (
        <Rect
          name="region-draft"
          {...draft}
          stroke={REGION_COLOR}
          strokeWidth={1.5}
          strokeScaleEnabled={false}
          dash={[6, 4]}
          listening={false}
        />
      ) : null}
    </>
  );
}

/**
 * A selected region showing at the playhead: its box on the footage (exactly where the
 * preview blurs), moved by dragging and resized by its handles. The change is previewed while
 * the handle moves and sent on release as ONE keyframe at the playhead's source time.
 */
function RegionBox({
  fit,
  doc,
  regionId,
  playheadMs,
  editing,
  onPreview,
}: {
  fit: FrameFit;
  doc: ProjectDocument;
  regionId: string;
  playheadMs: number;
  editing: CanvasEditing | undefined;
  onPreview: (preview: GesturePreview | null) => void;
}): ReactElement | null {
  const nodeRef = useRef<Konva.Rect>(null);
  const transformerRef = useRef<Konva.Transformer>(null);
  const plan = useRef<CommandInvocation | null>(null);
  const shown = regionFrameBox(doc, regionId, playheadMs);
  const canEdit = editing !== undefined && !editing.readOnly && shown !== null;
  const boxKey = shown
    ? `${shown.box.x},${shown.box.y},${shown.box.width},${shown.box.height}`
    : '';

  useEffect(() => {
    const transformer = transformerRef.current;
    if (!transformer) return;
    transformer.nodes(canEdit && nodeRef.current ? [nodeRef.current] : []);
    transformer.getLayer()?.batchDraw();
  }, [canEdit, boxKey, fit.scale]);

  if (shown === null) return null;
  const { box, region } = shown;

  const track = (node: Konva.Node) => {
    plan.current = moveRegionPlan(doc, regionId, playheadMs, nodeRect(node));
    previewOf(doc, plan.current, onPreview);
  };
  const commit = (node: Konva.Node) => {
    const done = plan.current;
    plan.current = null;
    // Back where the document has it; the dispatch re-renders it at the new box.
    node.setAttrs({ ...box, scaleX: 1, scaleY: 1 });
    if (done !== null && editing) dispatchGesture(editing.store, [done], 'Move blur region');
    onPreview(null);
  };

  return (
    <>
      <Group x={fit.x} y={fit.y} scaleX={fit.scale} scaleY={fit.scale}>
        <Rect
          ref={nodeRef}
          name="region-handle"
          id={`region-handle-${regionId}`}
          {...box}
          fill="transparent"
          stroke={REGION_COLOR}
          strokeWidth={2}
          strokeScaleEnabled={false}
          draggable={canEdit}
          onMouseEnter={(event) => {
            const container = event.target.getStage()?.container();
            if (container && canEdit) container.style.cursor = 'move';
          }}
          onMouseLeave={(event) => {
            const container = event.target.getStage()?.container();
            if (container) container.style.cursor = '';
          }}
          onDragMove={(event) => track(event.target)}
          onDragEnd={(event) => commit(event.target)}
          onTransform={(event) => track(event.target)}
          onTransformEnd={(event) => commit(event.target)}
        />
        <Label x={box.x} y={box.y - 26 / fit.scale} listening={false}>
          <Tag fill="#000000" opacity={0.6} cornerRadius={3 / fit.scale} />
          <Text
            text={region.label ?? 'Blur region'}
            fontSize={12 / fit.scale}
            fontStyle="bold"
            padding={3 / fit.scale}
            fill={REGION_COLOR}
          />
        </Label>
      </Group>
      <Transformer
        ref={transformerRef}
        rotateEnabled={false}
        keepRatio={false}
        flipEnabled={false}
        enabledAnchors={ALL_ANCHORS}
        borderEnabled={false}
        anchorStroke={REGION_COLOR}
        anchorFill="#ffffff"
        anchorSize={9}
        anchorCornerRadius={2}
        ignoreStroke
        boundBoxFunc={keepSize}
      />
    </>
  );
}

/**
 * The blur-region part of the handles layer: the drawing surface while the tool is armed, and
 * the box and handles of each selected region that shows at the playhead. The scene and
 * footage layers only draw what the document says; these are editing aids.
 */
export function RegionHandles({
  fit,
  doc,
  playheadMs,
  selection,
  editing,
  tool,
  onPreview,
}: {
  fit: FrameFit;
  doc: ProjectDocument;
  playheadMs: number;
  selection: readonly SelectedItem[];
  editing: CanvasEditing | undefined;
  tool: RegionTool | undefined;
  onPreview: (preview: GesturePreview | null) => void;
}): ReactElement {
  const armed = useSyncExternalStore(
    tool?.subscribe ?? noSubscription,
    tool?.getSnapshot ?? notArmed,
  );
  const regionIds = selection.filter((item) => item.kind === 'region').map((item) => item.id);
  const drawing = armed && tool !== undefined && editing !== undefined && !editing.readOnly;
  return (
    <>
      {regionIds.map((id) => (
        <RegionBox
          key={id}
          fit={fit}
          doc={doc}
          regionId={id}
          playheadMs={playheadMs}
          editing={editing}
          onPreview={onPreview}
        />
      ))}
      {drawing ? (
        <Group x={fit.x} y={fit.y} scaleX={fit.scale} scaleY={fit.scale}>
          <RegionDrawSurface
            fit={fit}
            doc={doc}
            playheadMs={playheadMs}
            editing={editing}
            tool={tool}
            onPreview={onPreview}
          />
        </Group>
      ) : null}
    </>
  );
}
