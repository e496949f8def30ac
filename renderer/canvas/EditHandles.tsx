import type Konva from 'konva';
import type { Box } from 'konva/lib/shapes/Transformer';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { Circle, Group, Line, Rect, Transformer } from 'react-konva';
import { performInvocations, type CommandInvocation } from '../../shared/commands';
import type { ProjectDocument } from '../../shared/model';
import { itemCorners, type EditableItem, type Point } from '../../shared/scene/item-bounds';
import type { SelectedItem } from '../editor/selection';
import {
  calloutTarget,
  calloutTipInvocation,
  calloutTips,
  overlayChangeInvocation,
  type CalloutTip,
} from './edit-plan';
import type { FrameFit } from './fit';
import type { SnapGuide } from './snapping';
import { dispatchGesture, type CanvasEditing, type GesturePreview } from './useCanvasGestures';

const ACCENT = '#4f9dff';
const GUIDE_COLORS: Record<SnapGuide['kind'], string> = {
  frame: '#ff4fd8',
  item: '#38bdf8',
  safe: '#fbbf24',
};
const ROTATION_SNAPS = [0, 45, 90, 135, 180, 225, 270, 315];
const CORNERS = ['top-left', 'top-right', 'bottom-left', 'bottom-right'];
const CAPTION_DASH = [6, 4];

/** Keeps a handle from shrinking the box below a few pixels. */
function keepSize(before: Box, after: Box): Box {
  return Math.abs(after.width) < 8 || Math.abs(after.height) < 8 ? before : after;
}

const keyOf = (item: { kind: string; id: string }) => `${item.kind}:${item.id}`;

/** A rotation change folded into -180..180 (Konva reports angles in that range). */
function rotationDelta(from: number, to: number): number {
  return ((((to - from + 180) % 360) + 360) % 360) - 180;
}

function Outline({
  item,
  dash,
  opacity = 1,
}: {
  item: EditableItem;
  dash?: number[];
  opacity?: number;
}) {
  const points = itemCorners(item).flatMap((corner) => [corner.x, corner.y]);
  return (
    <Line
      points={points}
      closed
      stroke={ACCENT}
      strokeWidth={1.5}
      strokeScaleEnabled={false}
      opacity={opacity}
      {...(dash ? { dash } : {})}
      listening={false}
    />
  );
}

/** The fill clip's focus point: a crosshair in a ring, dragged with the footage. */
function FocusCrosshair({ at, scale }: { at: Point; scale: number }) {
  const r = 14 / scale;
  const arm = 22 / scale;
  const lines = [
    [at.x - arm, at.y, at.x - r / 2, at.y],
    [at.x + r / 2, at.y, at.x + arm, at.y],
    [at.x, at.y - arm, at.x, at.y - r / 2],
    [at.x, at.y + r / 2, at.x, at.y + arm],
  ];
  return (
    <Group listening={false} name="focus-crosshair">
      <Circle
        x={at.x}
        y={at.y}
        radius={r}
        stroke="#000000"
        strokeWidth={4}
        strokeScaleEnabled={false}
        opacity={0.5}
      />
      <Circle
        x={at.x}
        y={at.y}
        radius={r}
        stroke="#ffffff"
        strokeWidth={2}
        strokeScaleEnabled={false}
      />
      {lines.map((points, index) => (
        <Line
          key={index}
          points={points}
          stroke="#ffffff"
          strokeWidth={2}
          strokeScaleEnabled={false}
        />
      ))}
    </Group>
  );
}

/**
 * A selected callout's leader tip: dragged to the point on the footage it marks. The leader
 * follows while dragging (a preview); the move is one undo step, committed on release.
 */
function CalloutTipHandle({
  tip,
  doc,
  scale,
  editing,
  onPreview,
}: {
  tip: CalloutTip;
  doc: ProjectDocument;
  scale: number;
  editing: CanvasEditing;
  onPreview: (preview: GesturePreview | null) => void;
}) {
  const step = useRef<CommandInvocation | null>(null);
  const planFor = (node: Konva.Node) => calloutTipInvocation(doc, tip.id, node.position());
  return (
    <Circle
      name="callout-tip"
      id={`callout-tip-${tip.id}`}
      x={tip.x}
      y={tip.y}
      radius={9 / scale}
      hitStrokeWidth={12 / scale}
      fill="#ffffff"
      stroke={ACCENT}
      strokeWidth={3}
      strokeScaleEnabled={false}
      draggable
      onMouseEnter={(event) => {
        const container = event.target.getStage()?.container();
        if (container) container.style.cursor = 'crosshair';
      }}
      onMouseLeave={(event) => {
        const container = event.target.getStage()?.container();
        if (container) container.style.cursor = '';
      }}
      onDragMove={(event) => {
        step.current = planFor(event.target);
        if (step.current === null) return;
        try {
          onPreview({ doc: performInvocations(doc, [step.current]).doc, video: false });
        } catch {
          // A target the command refuses keeps the last good preview.
        }
      }}
      onDragEnd={(event) => {
        const done = step.current;
        step.current = null;
        const committed =
          done !== null && dispatchGesture(editing.store, [done], 'Move callout tip');
        // Where the target now is (kept inside the frame), not where the pointer let go.
        const at = calloutTarget(doc, event.target.position());
        event.target.position(
          committed
            ? { x: at.x * doc.format.width, y: at.y * doc.format.height }
            : { x: tip.x, y: tip.y },
        );
        onPreview(null);
      }}
    />
  );
}

/**
 * The handles layer: outlines of the hovered and selected items, scale and rotate handles
 * (a Konva Transformer on stand-ins of the selected overlays, never on the scene's own nodes;
 * scaling is about the item's centre, like a video editor's, so scaling leaves it in place),
 * snapping guides during a drag, the focus crosshair of a selected fill clip and the leader tips
 * of selected callouts. A scale, rotation or tip move is previewed while the handle moves and
 * dispatched once on release.
 */
export function EditHandles({
  fit,
  doc,
  playheadMs,
  items,
  selection,
  hover,
  guides,
  focus,
  editing,
  onPreview,
}: {
  fit: FrameFit;
  doc: ProjectDocument;
  playheadMs: number;
  items: readonly EditableItem[];
  selection: readonly SelectedItem[];
  hover: SelectedItem | null;
  guides: readonly SnapGuide[];
  focus: Point | null;
  editing: CanvasEditing | undefined;
  onPreview: (preview: GesturePreview | null) => void;
}): ReactElement {
  const transformerRef = useRef<Konva.Transformer>(null);
  const proxyNodes = useRef(new Map<string, Konva.Rect>());
  // While a handle is dragged Konva owns the stand-ins: React leaves them where they started.
  const [frozen, setFrozen] = useState<EditableItem[] | null>(null);
  const selectedKeys = new Set(selection.map(keyOf));
  const selected = items.filter((item) => selectedKeys.has(keyOf(item)));
  const overlays = frozen ?? selected.filter((item) => item.kind === 'overlay');
  const hovered =
    hover && !selectedKeys.has(keyOf(hover))
      ? items.find((item) => keyOf(item) === keyOf(hover))
      : undefined;
  const canTransform = editing !== undefined && !editing.readOnly;
  const proxyKey = overlays.map((item) => item.id).join(' ');
  const plan = useRef<CommandInvocation[]>([]);
  const started = useRef<EditableItem[]>([]);

  useEffect(() => {
    const transformer = transformerRef.current;
    if (!transformer) return;
    const nodes = proxyKey
      .split(' ')
      .map((id) => proxyNodes.current.get(id))
      .filter((node): node is Konva.Rect => node !== undefined);
    transformer.nodes(canTransform ? nodes : []);
    transformer.getLayer()?.batchDraw();
  }, [proxyKey, canTransform]);

  useEffect(() => {
    transformerRef.current?.forceUpdate();
  }, [fit.x, fit.y, fit.scale, items]);

  const changes = () =>
    started.current.map((item) => {
      const node = proxyNodes.current.get(item.id);
      return {
        id: item.id,
        dx: (node?.x() ?? item.x) - item.x,
        dy: (node?.y() ?? item.y) - item.y,
        scaleFactor: (node?.scaleX() ?? item.scale) / item.scale,
        rotationDelta: rotationDelta(item.rotation, node?.rotation() ?? item.rotation),
      };
    });

  const onTransform = () => {
    plan.current = changes()
      .map((change) => overlayChangeInvocation(doc, change, playheadMs))
      .filter((step): step is CommandInvocation => step !== null);
    try {
      onPreview({ doc: performInvocations(doc, plan.current).doc, video: false });
    } catch {
      // Past a limit the commands refuse: the last good preview stays.
    }
  };

  const onTransformEnd = () => {
    const moved = started.current;
    for (const item of moved) {
      proxyNodes.current.get(item.id)?.setAttrs({
        x: item.x,
        y: item.y,
        scaleX: item.scale,
        scaleY: item.scale,
        rotation: item.rotation,
      });
    }
    const label = moved.length > 1 ? 'Transform overlays' : 'Transform overlay';
    if (plan.current.length > 0 && editing) dispatchGesture(editing.store, plan.current, label);
    plan.current = [];
    started.current = [];
    setFrozen(null);
    onPreview(null);
  };

  return (
    <>
      <Group x={fit.x} y={fit.y} scaleX={fit.scale} scaleY={fit.scale}>
        {overlays.map((item) => (
          <Rect
            key={item.id}
            ref={(node) => {
              if (node) proxyNodes.current.set(item.id, node);
              else proxyNodes.current.delete(item.id);
            }}
            name="edit-proxy"
            x={item.x}
            y={item.y}
            offsetX={-item.box.x}
            offsetY={-item.box.y}
            width={item.box.width}
            height={item.box.height}
            scaleX={item.scale}
            scaleY={item.scale}
            rotation={item.rotation}
            listening={false}
          />
        ))}
        {hovered ? <Outline item={hovered} opacity={0.7} /> : null}
        {selected.map((item) => (
          <Outline
            key={keyOf(item)}
            item={item}
            {...(item.kind === 'caption' ? { dash: CAPTION_DASH } : {})}
          />
        ))}
        {guides.map((guide) => (
          <Line
            key={`${guide.axis}${guide.at}`}
            points={
              guide.axis === 'x'
                ? [guide.at, 0, guide.at, doc.format.height]
                : [0, guide.at, doc.format.width, guide.at]
            }
            stroke={GUIDE_COLORS[guide.kind]}
            strokeWidth={1}
            strokeScaleEnabled={false}
            listening={false}
          />
        ))}
        {focus ? <FocusCrosshair at={focus} scale={fit.scale} /> : null}
        {canTransform && editing
          ? calloutTips(doc, selection, playheadMs).map((tip) => (
              <CalloutTipHandle
                key={tip.id}
                tip={tip}
                doc={doc}
                scale={fit.scale}
                editing={editing}
                onPreview={onPreview}
              />
            ))
          : null}
      </Group>
      <Transformer
        ref={transformerRef}
        keepRatio
        centeredScaling
        flipEnabled={false}
        enabledAnchors={CORNERS}
        rotationSnaps={ROTATION_SNAPS}
        rotationSnapTolerance={4}
        borderStroke={ACCENT}
        anchorStroke={ACCENT}
        anchorFill="#ffffff"
        anchorSize={9}
        anchorCornerRadius={2}
        rotateAnchorOffset={28}
        boundBoxFunc={keepSize}
        onTransformStart={() => {
          started.current = selected.filter((item) => item.kind === 'overlay');
          setFrozen(started.current);
        }}
        onTransform={onTransform}
        onTransformEnd={onTransformEnd}
      />
    </>
  );
}
