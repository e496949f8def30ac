import { darkRuns, type SceneChipQr } from './chip-qr';
import type { KonvaGroup, KonvaModule } from './konva-types';

/**
 * A QR code as plain rectangles on a light tile (quiet zone included), its top-left at
 * (`tile.x`, `tile.y`). Module edges fall on whole pixels of the tile so scanners see crisp
 * squares; each row's dark runs are one rectangle.
 */
export function qrTileNode(
  Konva: KonvaModule,
  qr: SceneChipQr,
  tile: { x: number; y: number; side: number },
): KonvaGroup {
  const group = new Konva.Group({ x: tile.x, y: tile.y, listening: false });
  group.add(
    new Konva.Rect({
      x: 0,
      y: 0,
      width: tile.side,
      height: tile.side,
      fill: qr.light,
      cornerRadius: Math.min(8, qr.modulePx * 2),
    }),
  );
  const inset = qr.quietModules * qr.modulePx;
  for (const run of darkRuns(qr)) {
    group.add(
      new Konva.Rect({
        x: inset + run.from * qr.modulePx,
        y: inset + run.row * qr.modulePx,
        width: run.length * qr.modulePx,
        height: qr.modulePx,
        fill: qr.dark,
        perfectDrawEnabled: false,
      }),
    );
  }
  return group;
}
