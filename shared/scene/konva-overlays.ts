import { boxNode, textBlockNode } from './konva-text';
import type { KonvaGroup, KonvaModule, OverlayLayerOptions } from './konva-types';
import type {
  SceneCalloutOverlay,
  SceneCitationChipOverlay,
  SceneIconOverlay,
  SceneImageOverlay,
  SceneTextOverlay,
} from './types';
import { chipWithQrLayout } from './chip-qr';
import { qrTileNode } from './konva-qr';

/** Icons are rasterised at their drawn size, or a whole multiple of it when scaled up. */
export function iconRasterSize(icon: SceneIconOverlay): number {
  const factor = icon.transform.scale > 1.05 ? Math.ceil(icon.transform.scale) : 1;
  return Math.min(4096, icon.sizePx * factor);
}

/** In the preview, where a picture is still loading: a faint dashed frame of its size. */
function placeholder(Konva: KonvaModule, width: number, height: number) {
  return new Konva.Rect({
    x: -width / 2,
    y: -height / 2,
    width,
    height,
    stroke: '#FFFFFF66',
    strokeWidth: 2,
    dash: [10, 8],
    listening: false,
  });
}

export function iconNode(
  Konva: KonvaModule,
  icon: SceneIconOverlay,
  options: OverlayLayerOptions,
): KonvaGroup {
  const group = new Konva.Group({ listening: false });
  const size = icon.sizePx;
  const image = options.assets.icon({
    iconId: icon.iconId,
    fill: icon.fill,
    outline: icon.outline,
    rasterSizePx: iconRasterSize(icon),
  });
  if (image !== undefined) {
    group.add(new Konva.Image({ image, x: -size / 2, y: -size / 2, width: size, height: size }));
  } else if (options.mode === 'preview') {
    group.add(placeholder(Konva, size, size));
  }
  return group;
}

export function imageNode(
  Konva: KonvaModule,
  overlay: SceneImageOverlay,
  options: OverlayLayerOptions,
): KonvaGroup {
  const group = new Konva.Group({ listening: false });
  const { widthPx: width, heightPx: height } = overlay;
  const image = options.assets.image(overlay.mediaId);
  if (image !== undefined) {
    group.add(
      new Konva.Image({
        image,
        x: -width / 2,
        y: -height / 2,
        width,
        height,
        cornerRadius: overlay.cornerRadiusPx,
      }),
    );
  } else if (options.mode === 'preview') {
    group.add(placeholder(Konva, width, height));
  }
  return group;
}

export function textOverlayNode(Konva: KonvaModule, overlay: SceneTextOverlay): KonvaGroup {
  const { text } = overlay;
  const group = new Konva.Group({ x: -text.widthPx / 2, y: -text.heightPx / 2, listening: false });
  if (overlay.box) group.add(boxNode(Konva, text.ink, overlay.box));
  group.add(
    textBlockNode(Konva, text, { fill: overlay.fill, outline: overlay.outline, shadow: null }),
  );
  return group;
}

/** A label on a rounded background, centred on (0, 0); returns the label's half size too. */
function labelNode(
  Konva: KonvaModule,
  label: SceneCalloutOverlay | SceneCitationChipOverlay,
  radiusPx: number,
): { node: KonvaGroup; halfWidth: number; halfHeight: number } {
  const { text } = label;
  const width = text.ink.width + label.paddingXPx * 2;
  const height = text.ink.height + label.paddingYPx * 2;
  const node = new Konva.Group({ listening: false });
  node.add(
    new Konva.Rect({
      x: -width / 2,
      y: -height / 2,
      width,
      height,
      cornerRadius: Math.min(radiusPx, height / 2),
      fill: label.background,
    }),
  );
  const words = textBlockNode(Konva, text, { fill: label.textColor, outline: null, shadow: null });
  words.position({ x: -text.ink.x - text.ink.width / 2, y: -text.heightPx / 2 });
  node.add(words);
  return { node, halfWidth: width / 2, halfHeight: height / 2 };
}

export function chipNode(Konva: KonvaModule, chip: SceneCitationChipOverlay): KonvaGroup {
  const { node, halfWidth, halfHeight } = labelNode(Konva, chip, chip.radiusPx);
  if (!chip.qr) return node;
  // The label and the QR tile beside it are centred together on the chip's position.
  const layout = chipWithQrLayout(halfWidth * 2, halfHeight * 2, chip.qr);
  node.x(layout.labelOffsetX);
  const group = new Konva.Group({ listening: false });
  group.add(node, qrTileNode(Konva, chip.qr, layout.tile));
  return group;
}

/** Where the segment from a box's centre towards `target` leaves the box (null if inside). */
export function leaderStart(
  centre: { x: number; y: number },
  halfWidth: number,
  halfHeight: number,
  target: { x: number; y: number },
): { x: number; y: number } | null {
  const dx = target.x - centre.x;
  const dy = target.y - centre.y;
  const along = Math.min(
    dx === 0 ? Infinity : halfWidth / Math.abs(dx),
    dy === 0 ? Infinity : halfHeight / Math.abs(dy),
  );
  if (!(along < 1)) return null;
  return { x: centre.x + dx * along, y: centre.y + dy * along };
}

/**
 * A callout: its label placed by the transform, and a leader line in frame coordinates from the
 * label's edge to the target (the target does not move with the label). Draw-on grows the line
 * from the label and fades the label in. Returns [line layer, label]: the label takes the
 * transform, the line does not.
 */
export function calloutNodes(
  Konva: KonvaModule,
  callout: SceneCalloutOverlay,
): { line: KonvaGroup; label: KonvaGroup } {
  const { node, halfWidth, halfHeight } = labelNode(Konva, callout, callout.radiusPx);
  const progress = callout.reveal?.kind === 'drawOn' ? callout.reveal.progress : 1;
  node.opacity(progress);
  const line = new Konva.Group({ listening: false });
  const { transform, target } = callout;
  const start = leaderStart(
    transform,
    halfWidth * transform.scale,
    halfHeight * transform.scale,
    target,
  );
  if (start !== null && callout.lineWidthPx > 0 && progress > 0) {
    const end = {
      x: start.x + (target.x - start.x) * progress,
      y: start.y + (target.y - start.y) * progress,
    };
    const config = {
      points: [start.x, start.y, end.x, end.y],
      stroke: callout.lineColor,
      strokeWidth: callout.lineWidthPx,
      lineCap: 'round' as const,
      lineJoin: 'round' as const,
    };
    const head = Math.max(14, callout.lineWidthPx * 3.5);
    line.add(
      callout.arrow
        ? new Konva.Arrow({
            ...config,
            fill: callout.lineColor,
            pointerLength: head,
            pointerWidth: head,
          })
        : new Konva.Line(config),
    );
  }
  return { line, label: node };
}
