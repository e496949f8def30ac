import { afterEach, describe, expect, it } from 'vitest';
import { NodeKonva } from '../../../../main/engine/render/konva-node';
import { registerSceneFonts } from '../../../../main/engine/render/fonts-node';
import { decodeImage } from '../../../../main/engine/render/node-assets';
import {
  CAPTION_NODE_NAME,
  OVERLAY_NODE_NAME,
  buildOverlayLayer,
} from '../../../../shared/scene/konva-builder';
import type { SceneAssets } from '../../../../shared/scene/konva-types';
import { sceneAt } from '../../../../shared/scene/scene-at';
import type { Scene } from '../../../../shared/scene/types';
import { richDoc, withTracks, iconOverlay } from './scene-fixtures';

registerSceneFonts();

const PIXEL = decodeImage(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
  'test pixel',
);
const requested: string[] = [];
const assets: SceneAssets = {
  icon: (request) => {
    requested.push(`${request.iconId}@${request.rasterSizePx}`);
    return PIXEL;
  },
  image: () => PIXEL,
};
const noAssets: SceneAssets = { icon: () => undefined, image: () => undefined };

/** The few node methods these checks read, common to shapes and groups. */
interface AnyNode {
  getClassName(): string;
  getAttr(attr: string): unknown;
  x(): number;
  y(): number;
  id(): string;
  name(): string;
}
function childrenOf(node: unknown): AnyNode[] {
  const parent = node as { getChildren?: () => AnyNode[] };
  return parent.getChildren ? parent.getChildren() : [];
}
function all(node: unknown): AnyNode[] {
  return [node as AnyNode, ...childrenOf(node).flatMap(all)];
}
const texts = (node: unknown) => all(node).filter((n) => n.getClassName() === 'Text');

afterEach(() => {
  requested.length = 0;
});

describe('buildOverlayLayer', () => {
  it('draws overlays in stacking order with captions on top, named by id in preview', () => {
    const layer = buildOverlayLayer(NodeKonva, sceneAt(richDoc(), 2500), {
      mode: 'preview',
      assets,
    });
    const items = layer.getChildren();
    expect(items.map((node) => node.id())).toEqual([
      'ovl_icon',
      'ovl_callout',
      'ovl_badge',
      'ovl_chip',
      'cue_2',
    ]);
    expect(items.slice(0, 4).every((node) => node.name() === OVERLAY_NODE_NAME)).toBe(true);
    expect(items[4]?.name()).toBe(CAPTION_NODE_NAME);
    expect(layer.listening()).toBe(true);
  });

  it('draws the export without ids or pointer events', () => {
    const layer = buildOverlayLayer(NodeKonva, sceneAt(richDoc(), 2500), {
      mode: 'export',
      assets,
    });
    expect(layer.getChildren().map((node) => node.id())).toEqual(['', '', '', '', '']);
    expect(layer.listening()).toBe(false);
  });

  it('sets each caption word at the scene position, the active one in the highlight colour', () => {
    const scene = sceneAt(richDoc(), 2500);
    const caption = scene.captions[0]!;
    const layer = buildOverlayLayer(NodeKonva, scene, { mode: 'export', assets });
    const words = texts(layer.getChildren()[4]!);
    expect(words.map((word) => word.getAttr('text'))).toEqual(['Check', 'it', 'every', 'year']);
    expect(words.map((word) => word.getAttr('fill'))).toEqual([
      '#FFFFFF',
      '#FFD60A',
      '#FFFFFF',
      '#FFFFFF',
    ]);
    const line = caption.text.lines[0]!;
    expect(words[2]!.x()).toBeCloseTo(line.xPx + line.words[2]!.xPx, 6);
    expect(words[0]!.getAttr('strokeWidth')).toBe(12);
    expect(words[0]!.getAttr('fontFamily')).toMatch(/^"TikTok Sans", "Noto Sans Arabic", /);
    expect(words[0]!.getAttr('fontStyle')).toBe('700');
  });

  it('places the overlay with its transform and asks for icons at the drawn size', () => {
    const scene = sceneAt(richDoc(), 1000);
    const layer = buildOverlayLayer(NodeKonva, scene, { mode: 'export', assets });
    const placed = (
      layer.getChildren()[0] as unknown as { getChildren(): AnyNode[] }
    ).getChildren()[0]!;
    expect(placed.x()).toBeCloseTo(540, 6);
    expect(placed.y()).toBeCloseTo(576, 6);
    expect(requested).toEqual(['body/heart_organ@240']);
  });

  it('clips a wiping overlay to the revealed fraction of its width', () => {
    const doc = withTracks({
      overlays: [
        iconOverlay('ovl_w', 0, 2000, {
          enter: { type: 'wipe', durationMs: 1000, easing: 'linear' },
        } as never),
      ],
    });
    const layer = buildOverlayLayer(NodeKonva, sceneAt(doc, 250), { mode: 'export', assets });
    const content = all(layer).find((node) => node.getAttr('clipWidth') !== undefined);
    expect(content?.getAttr('clipWidth')).toBeCloseTo(240 * 0.25, 6);
    expect(content?.getAttr('clipX')).toBeCloseTo(-120, 6);
  });

  it('traces a shape with draw-on by dashing its stroke', () => {
    const scene: Scene = sceneAt(richDoc(), 1000);
    const badge = scene.overlays.find((overlay) => overlay.kind === 'shape')!;
    const drawing = { ...badge, reveal: { kind: 'drawOn' as const, progress: 0.5 } };
    const layer = buildOverlayLayer(
      NodeKonva,
      { captions: [], overlays: [drawing] },
      { mode: 'export', assets },
    );
    const ring = all(layer).find((node) => node.getAttr('dash') !== undefined);
    const circumference = 2 * Math.PI * 55;
    expect((ring?.getAttr('dash') as number[])[0]).toBeCloseTo(circumference / 2, 6);
  });

  it('marks missing pictures only in the preview', () => {
    const scene = sceneAt(richDoc(), 1000);
    const preview = buildOverlayLayer(NodeKonva, scene, { mode: 'preview', assets: noAssets });
    const exported = buildOverlayLayer(NodeKonva, scene, { mode: 'export', assets: noAssets });
    const dashed = (layer: unknown) =>
      all(layer).filter(
        (node) => node.getClassName() === 'Rect' && node.getAttr('dash') !== undefined,
      );
    expect(dashed(preview.getChildren()[0]!)).toHaveLength(1);
    expect(dashed(exported.getChildren()[0]!)).toHaveLength(0);
  });
});
