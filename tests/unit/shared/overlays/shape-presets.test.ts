import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands';
import { overlaySchema, type Overlay, type ProjectDocument } from '../../../../shared/model';
import {
  imagePresetOverlay,
  nextStepNumber,
  presetSpan,
  SHAPE_PRESET_KINDS,
  SHAPE_PRESETS,
  shapePresetOverlay,
  ShapePresetError,
} from '../../../../shared/overlays/shape-presets';
import {
  SAFE_ZONE_PLATFORMS,
  safeZoneGeometry,
  shippedSafeZones,
} from '../../../../shared/scene/safe-zones';
import { applyAll, emptyDoc, sampleDoc } from '../fixtures';

function withBrand(doc: ProjectDocument): ProjectDocument {
  return {
    ...doc,
    brandKit: {
      ...doc.brandKit,
      colors: {
        primary: '#112233',
        secondary: '#445566',
        accent: '#778899',
        text: '#AABBCC',
        background: '#DDEEFF',
      },
      fontFamily: 'Inter',
    },
  };
}

function added(doc: ProjectDocument, overlay: Overlay): ProjectDocument {
  return applyCommand(doc, { name: 'overlay.add', args: { overlay } }).doc;
}

describe('shapePresetOverlay', () => {
  it('makes a valid overlay for every preset, and every preset has a label', () => {
    const doc = sampleDoc();
    expect(SHAPE_PRESETS.map((preset) => preset.kind)).toEqual([...SHAPE_PRESET_KINDS]);
    for (const kind of SHAPE_PRESET_KINDS) {
      const overlay = shapePresetOverlay(doc, kind, { id: `ovl_${kind}`, atMs: 1000 });
      expect(overlaySchema.safeParse(overlay).success, kind).toBe(true);
      expect(overlay.start).toBe(1000);
      expect(overlay.end).toBe(4000);
      // The add command accepts it as it is.
      expect(added(doc, overlay).tracks.overlays.at(-1)?.id).toBe(`ovl_${kind}`);
    }
  });

  it("uses the brand kit's colours by default", () => {
    const doc = withBrand(sampleDoc());
    const callout = shapePresetOverlay(doc, 'callout', { id: 'c', atMs: 0 });
    expect(callout).toMatchObject({
      kind: 'callout',
      textColor: '#AABBCC',
      background: '#112233',
      lineColor: '#778899',
      arrow: true,
    });
    expect(shapePresetOverlay(doc, 'ring', { id: 'r', atMs: 0 })).toMatchObject({
      shape: 'ring',
      stroke: '#778899',
    });
    expect(shapePresetOverlay(doc, 'box', { id: 'b', atMs: 0 })).toMatchObject({
      shape: 'box',
      stroke: '#778899',
      fill: '#77889922',
    });
    expect(shapePresetOverlay(doc, 'arrow', { id: 'a', atMs: 0 })).toMatchObject({
      shape: 'arrow',
      stroke: '#778899',
      fill: '#778899',
    });
    expect(shapePresetOverlay(doc, 'stepBadge', { id: 's', atMs: 0 })).toMatchObject({
      shape: 'badge',
      fill: '#112233',
      stroke: '#AABBCC',
    });
    expect(shapePresetOverlay(doc, 'textBlock', { id: 't', atMs: 0 })).toMatchObject({
      kind: 'text',
      fill: '#AABBCC',
      fontFamily: 'Inter',
      box: { color: '#DDEEFF' },
    });
  });

  it('draws leader lines and highlights on, and pops badges in', () => {
    const doc = sampleDoc();
    expect(shapePresetOverlay(doc, 'callout', { id: 'c', atMs: 0 }).enter.type).toBe('drawOn');
    expect(shapePresetOverlay(doc, 'ring', { id: 'r', atMs: 0 }).enter.type).toBe('drawOn');
    expect(shapePresetOverlay(doc, 'stepBadge', { id: 's', atMs: 0 }).enter.type).toBe('pop');
  });

  it('numbers step badges one after the highest so far', () => {
    let doc = sampleDoc();
    expect(nextStepNumber(doc)).toBe(1);
    const first = shapePresetOverlay(doc, 'stepBadge', { id: 's1', atMs: 0 });
    doc = added(doc, first);
    const second = shapePresetOverlay(doc, 'stepBadge', { id: 's2', atMs: 500 });
    expect(second).toMatchObject({ number: 2 });
    doc = added(doc, { ...second, number: 7 } as Overlay);
    expect(nextStepNumber(doc)).toBe(8);
  });

  it('refuses a step past 999 with a typed error', () => {
    const doc = sampleDoc();
    const badge = shapePresetOverlay(doc, 'stepBadge', { id: 's1', atMs: 0 });
    const full = added(doc, { ...badge, number: 999 } as Overlay);
    expect(() => nextStepNumber(full)).toThrowError(ShapePresetError);
    expect(() => nextStepNumber(full)).toThrowError(/up to 999/);
  });

  it('places at the given position and keeps short spans valid', () => {
    const doc = emptyDoc();
    const ring = shapePresetOverlay(doc, 'ring', {
      id: 'r',
      atMs: 0,
      durationMs: 200,
      x: 0.2,
      y: 0.8,
    });
    expect(ring.transform[0]).toMatchObject({ x: 0.2, y: 0.8 });
    expect(ring.enter.durationMs + ring.exit.durationMs).toBeLessThanOrEqual(200);
    expect(overlaySchema.safeParse(ring).success).toBe(true);
    expect(() => shapePresetOverlay(doc, 'ring', { id: 'r', atMs: 0, x: 5 })).toThrowError(
      /too far off the frame/,
    );
  });
});

describe('presetSpan', () => {
  it('ends with a longer timeline instead of stretching it', () => {
    const doc = sampleDoc(); // clips of 4 s and 8 s: 12 s
    expect(presetSpan(doc, 11_000)).toEqual({ start: 9000, end: 12_000 });
    expect(presetSpan(doc, 2000)).toEqual({ start: 2000, end: 5000 });
  });

  it('refuses a negative playhead or a zero duration', () => {
    expect(() => presetSpan(emptyDoc(), -5)).toThrowError(/0 ms or later/);
    expect(() => presetSpan(emptyDoc(), 0, 0)).toThrowError(/above 0/);
  });
});

describe('imagePresetOverlay', () => {
  it('makes an image overlay no wider than half the frame or the picture', () => {
    const doc = sampleDoc();
    const overlay = imagePresetOverlay(doc, 'med_logo', { id: 'img', atMs: 0 });
    expect(overlay).toMatchObject({ kind: 'image', mediaId: 'med_logo', widthPx: 540 });
    expect(overlaySchema.safeParse(overlay).success).toBe(true);
  });

  it('refuses media that is missing or not a still image', () => {
    const doc = applyAll(sampleDoc(), []);
    expect(() => imagePresetOverlay(doc, 'med_a', { id: 'x', atMs: 0 })).toThrowError(
      /video file; only still images/,
    );
    expect(() => imagePresetOverlay(doc, 'med_nope', { id: 'x', atMs: 0 })).toThrowError(
      /not in the project/,
    );
  });
});

describe('default placement', () => {
  it("puts every shape's anchor, and a callout's tip, inside every platform's safe zone", () => {
    const doc = emptyDoc();
    const table = shippedSafeZones();
    for (const platform of SAFE_ZONE_PLATFORMS) {
      const { safe } = safeZoneGeometry(table, platform, doc.format);
      const inside = (x: number, y: number) =>
        x >= safe.x && x <= safe.x + safe.width && y >= safe.y && y <= safe.y + safe.height;
      for (const kind of SHAPE_PRESET_KINDS) {
        const overlay = shapePresetOverlay(doc, kind, { id: 'o', atMs: 0 });
        const anchor = overlay.transform[0]!;
        expect(inside(anchor.x * 1080, anchor.y * 1920), `${kind} on ${platform}`).toBe(true);
        if (overlay.kind === 'shape') {
          const halfW = overlay.widthPx / 2;
          const halfH = overlay.heightPx / 2;
          const corners = [
            [anchor.x * 1080 - halfW, anchor.y * 1920 - halfH],
            [anchor.x * 1080 + halfW, anchor.y * 1920 + halfH],
          ] as const;
          for (const [x, y] of corners) expect(inside(x, y), `${kind} on ${platform}`).toBe(true);
        }
        if (overlay.kind === 'callout') {
          expect(inside(overlay.target.x * 1080, overlay.target.y * 1920)).toBe(true);
        }
      }
    }
  });
});
