import type { KonvaGroup, KonvaModule } from './konva-types';
import type { SceneShapeOverlay } from './types';

/** Ramanujan's approximation of an ellipse's perimeter. */
export function ellipsePerimeter(radiusX: number, radiusY: number): number {
  const h = (radiusX - radiusY) ** 2 / (radiusX + radiusY) ** 2;
  return Math.PI * (radiusX + radiusY) * (1 + (3 * h) / (10 + Math.sqrt(4 - 3 * h)));
}

/** A dash that shows the first `progress` of a stroke `length` long (draw-on). */
function drawOnDash(length: number, progress: number): { dash?: number[]; dashEnabled: boolean } {
  if (progress >= 1) return { dashEnabled: false };
  return { dash: [Math.max(0.001, length * progress), length + 1], dashEnabled: true };
}

/**
 * Ring, box, arrow or numbered badge, centred on (0, 0). Draw-on traces the stroke (the arrow
 * grows from its tail) and fades the fill and the number in.
 */
export function shapeNode(Konva: KonvaModule, shape: SceneShapeOverlay): KonvaGroup {
  const group = new Konva.Group({ listening: false });
  const progress = shape.reveal?.kind === 'drawOn' ? shape.reveal.progress : 1;
  const w = shape.widthPx;
  const h = shape.heightPx;
  const stroke = { stroke: shape.stroke, strokeWidth: shape.strokeWidthPx };
  const fillOpacity = progress;
  switch (shape.shape) {
    case 'ring': {
      if (shape.fill !== null) {
        group.add(
          new Konva.Ellipse({
            radiusX: w / 2,
            radiusY: h / 2,
            fill: shape.fill,
            opacity: fillOpacity,
          }),
        );
      }
      group.add(
        new Konva.Ellipse({
          radiusX: w / 2,
          radiusY: h / 2,
          ...stroke,
          // Start the trace at the top rather than at three o'clock.
          rotation: -90,
          ...drawOnDash(ellipsePerimeter(w / 2, h / 2), progress),
        }),
      );
      break;
    }
    case 'box': {
      if (shape.fill !== null) {
        group.add(
          new Konva.Rect({
            x: -w / 2,
            y: -h / 2,
            width: w,
            height: h,
            fill: shape.fill,
            opacity: fillOpacity,
          }),
        );
      }
      group.add(
        new Konva.Rect({
          x: -w / 2,
          y: -h / 2,
          width: w,
          height: h,
          ...stroke,
          lineJoin: 'round',
          ...drawOnDash(2 * (w + h), progress),
        }),
      );
      break;
    }
    case 'arrow': {
      const head = Math.min(h, w / 2);
      group.add(
        new Konva.Arrow({
          points: [-w / 2, 0, -w / 2 + w * progress, 0],
          pointerLength: head * 0.9,
          pointerWidth: h,
          fill: shape.fill ?? shape.stroke,
          ...stroke,
          lineCap: 'round',
          lineJoin: 'round',
        }),
      );
      break;
    }
    case 'badge': {
      const radius = Math.min(w, h) / 2;
      group.add(
        new Konva.Circle({ radius, fill: shape.fill ?? shape.stroke, opacity: fillOpacity }),
      );
      if (shape.strokeWidthPx > 0) {
        group.add(
          new Konva.Circle({
            radius,
            ...stroke,
            rotation: -90,
            ...drawOnDash(2 * Math.PI * radius, progress),
          }),
        );
      }
      if (shape.number !== null) {
        const { font } = shape.number;
        group.add(
          new Konva.Text({
            x: -radius,
            y: -radius,
            width: radius * 2,
            height: radius * 2,
            align: 'center',
            verticalAlign: 'middle',
            text: String(shape.number.value),
            fontFamily: font.family,
            fontStyle: String(font.weight),
            fontSize: font.sizePx,
            fill: shape.number.color,
            opacity: fillOpacity,
            wrap: 'none',
          }),
        );
      }
      break;
    }
  }
  return group;
}
