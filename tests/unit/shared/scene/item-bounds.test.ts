import { describe, expect, it } from 'vitest';
import {
  editableItems,
  itemAt,
  itemBounds,
  itemCorners,
  overlayLocalBox,
  toFrame,
  toLocal,
  type EditableItem,
} from '../../../../shared/scene/item-bounds';
import { sceneAt } from '../../../../shared/scene/scene-at';
import type { SceneOverlay } from '../../../../shared/scene/types';
import { richDoc } from './scene-fixtures';

const square = (extra: Partial<EditableItem> = {}): EditableItem => ({
  kind: 'overlay',
  id: 'a',
  x: 500,
  y: 400,
  scale: 1,
  rotation: 0,
  box: { x: -50, y: -25, width: 100, height: 50 },
  ...extra,
});

describe('item geometry', () => {
  it('places an upright box around its anchor', () => {
    expect(itemBounds(square())).toEqual({ x: 450, y: 375, width: 100, height: 50 });
    expect(itemBounds(square({ scale: 2 }))).toEqual({ x: 400, y: 350, width: 200, height: 100 });
  });

  it('rotates clockwise about the anchor', () => {
    const turned = square({ rotation: 90 });
    const [topLeft] = itemCorners(turned);
    // (-50, -25) turned a quarter clockwise lands at (25, -50) from the anchor.
    expect(topLeft!.x).toBeCloseTo(525, 9);
    expect(topLeft!.y).toBeCloseTo(350, 9);
    const bounds = itemBounds(turned);
    expect(bounds.width).toBeCloseTo(50, 9);
    expect(bounds.height).toBeCloseTo(100, 9);
  });

  it('maps frame points to the item and back', () => {
    const item = square({ rotation: 33, scale: 1.7 });
    const local = { x: 12, y: -7 };
    const back = toLocal(item, toFrame(item, local));
    expect(back!.x).toBeCloseTo(12, 9);
    expect(back!.y).toBeCloseTo(-7, 9);
    expect(toLocal(square({ scale: 0 }), { x: 0, y: 0 })).toBeNull();
  });

  it('picks the topmost item under a point, with slop, or nothing', () => {
    const below = square({ id: 'below' });
    const above = square({ id: 'above', x: 560 });
    expect(itemAt([below, above], { x: 540, y: 400 })?.id).toBe('above');
    expect(itemAt([below, above], { x: 460, y: 400 })?.id).toBe('below');
    expect(itemAt([below, above], { x: 500, y: 428 })).toBeNull();
    expect(itemAt([below, above], { x: 500, y: 428 }, 4)?.id).toBe('below');
    // A rotated item is picked by its turned box, not its upright bounds.
    const diamond = square({
      id: 'turned',
      rotation: 45,
      box: { x: -50, y: -50, width: 100, height: 100 },
    });
    expect(itemAt([diamond], { x: 500 + 65, y: 400 })?.id).toBe('turned');
    expect(itemAt([diamond], { x: 500 + 48, y: 400 - 48 })).toBeNull();
  });
});

describe('editable items of a scene', () => {
  it('lists overlays in stacking order, then captions on top, with their drawn boxes', () => {
    const scene = sceneAt(richDoc(), 1000);
    const items = editableItems(scene);
    expect(items.map((item) => `${item.kind}:${item.id}`)).toEqual([
      'overlay:ovl_icon',
      'overlay:ovl_callout',
      'overlay:ovl_badge',
      'overlay:ovl_chip',
      'caption:cue_1',
    ]);
    const icon = items[0]!;
    expect(icon.box).toEqual({ x: -120, y: -120, width: 240, height: 240 });
    expect([icon.x, icon.y]).toEqual([540, 576]);
    const caption = items.at(-1)!;
    const drawn = scene.captions[0]!;
    // The caption's anchor is its block's top-left; the box is its ink grown by the outline.
    expect([caption.x, caption.y]).toEqual([drawn.x, drawn.y]);
    expect(caption.box.width).toBeCloseTo(drawn.text.ink.width + 2 * drawn.outline!.widthPx, 9);
  });

  it('sizes labels by their ink and padding, and a badge by its circle', () => {
    const scene = sceneAt(richDoc(), 1000);
    const chip = scene.overlays.find((o) => o.id === 'ovl_chip') as Extract<
      SceneOverlay,
      { kind: 'citationChip' }
    >;
    expect(overlayLocalBox(chip)).toEqual({
      x: -(chip.text.ink.width / 2 + chip.paddingXPx),
      y: -(chip.text.ink.height / 2 + chip.paddingYPx),
      width: chip.text.ink.width + 2 * chip.paddingXPx,
      height: chip.text.ink.height + 2 * chip.paddingYPx,
    });
    const badge = scene.overlays.find((o) => o.id === 'ovl_badge')!;
    expect(overlayLocalBox(badge)).toEqual({ x: -58, y: -58, width: 116, height: 116 });
  });
});
