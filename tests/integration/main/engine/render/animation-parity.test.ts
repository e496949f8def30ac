import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  renderOverlayFrames,
  renderSceneFrame,
} from '../../../../../main/engine/render/overlay-frames';
import {
  overlaySchema,
  type Animation,
  type Overlay,
  type ProjectDocument,
} from '../../../../../shared/model';
import {
  shapePresetOverlay,
  type ShapePresetKind,
} from '../../../../../shared/overlays/shape-presets';
import { backOut, SLIDE_DISTANCE_FRACTION } from '../../../../../shared/scene/animation';
import { frameTimeMs } from '../../../../../shared/scene/overlay-segments';
import { tempDir } from '../../../../support/temp';
import { emptyDoc } from '../../../../unit/shared/fixtures';
import { withTracks } from '../../../../unit/shared/scene/scene-fixtures';
import { decodePngRgba } from './wysiwyg-pixels';

/**
 * Enter and exit animations as the export draws them, frame by frame. The preview draws the
 * same overlay-layer state with the same builder (tests/e2e/shapes.spec.ts compares the two in
 * Chromium); here, in Node:
 *  - the export's overlay track shows, at each animated frame, exactly the scene frame drawn for
 *    that frame's time (no stale picture reused across an animation: pixel-identical PNG data);
 *  - each animation does what it says, measured on the drawn pixels at mid-animation against the
 *    steady frame: fade halves the alpha, a slide moves the box by the slide distance, pop scales
 *    it by easeOutBack, wipe reveals the left part, draw-on traces a ring's stroke and grows a
 *    callout's leader line from the label towards its tip.
 * Linear easing, 400 ms animations, so 200 ms in is progress 0.5.
 */

const FPS = 30;
const ENTER_MS = 400;
const temp = tempDir('medclip-animation-parity-');
afterAll(() => temp.cleanup());

function animated(
  kind: ShapePresetKind,
  enter: Animation['type'],
  exit: Animation['type'] = 'none',
  lengthMs = 2000,
): Overlay {
  const base = shapePresetOverlay(emptyDoc(), kind, {
    id: `ovl_${kind}`,
    atMs: 0,
    durationMs: lengthMs,
  });
  return overlaySchema.parse({
    ...base,
    enter: { type: enter, durationMs: enter === 'none' ? 0 : ENTER_MS, easing: 'linear' },
    exit: { type: exit, durationMs: exit === 'none' ? 0 : ENTER_MS, easing: 'linear' },
  });
}

function docWith(overlay: Overlay): ProjectDocument {
  return withTracks({ overlays: [overlay] });
}

interface Drawn {
  box: { left: number; top: number; right: number; bottom: number; width: number; height: number };
  /** Sum of alpha over the frame, in 0..1 units. */
  coverage: number;
  alphaAt(x: number, y: number): number;
}

async function drawnAt(doc: ProjectDocument, tMs: number): Promise<Drawn> {
  const { width, height, data } = decodePngRgba(await renderSceneFrame(doc, tMs));
  let left = width;
  let top = height;
  let right = -1;
  let bottom = -1;
  let coverage = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const alpha = data[(y * width + x) * 4 + 3] ?? 0;
      coverage += alpha / 255;
      if (alpha <= 16) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return {
    box: { left, top, right, bottom, width: right - left + 1, height: bottom - top + 1 },
    coverage,
    alphaAt: (x, y) => (data[(Math.round(y) * width + Math.round(x)) * 4 + 3] ?? 0) / 255,
  };
}

const centreX = (box: Drawn['box']) => (box.left + box.right) / 2;
const centreY = (box: Drawn['box']) => (box.top + box.bottom) / 2;

describe('enter and exit animations in the export', () => {
  it('uses, at every animated frame, the scene frame drawn for that time', async () => {
    // A quarter-size frame: the same drawing, a sixteenth of the PNG encoding.
    const full = docWith(animated('stepBadge', 'pop', 'slideLeft', 1000));
    const doc = { ...full, format: { ...full.format, width: 270, height: 480 } };
    const { frames } = await renderOverlayFrames(doc, {
      fps: FPS,
      durationMs: 1000,
      outDir: temp.dir,
    });
    // Every frame of both animations is its own picture; the steady middle is one.
    const animatedFrames = Math.ceil((ENTER_MS * FPS) / 1000);
    expect(frames.length).toBeGreaterThanOrEqual(2 * animatedFrames);
    for (const frameIndex of [1, 4, 6, 11, 15, 19, 23, 29]) {
      const segment = frames.find((f) => f.startFrame <= frameIndex && frameIndex < f.endFrame);
      expect(segment, `frame ${frameIndex}`).toBeDefined();
      const exported = decodePngRgba(readFileSync(segment!.file));
      const scene = decodePngRgba(await renderSceneFrame(doc, frameTimeMs(frameIndex, FPS)));
      expect(
        Buffer.compare(Buffer.from(exported.data), Buffer.from(scene.data)),
        `frame ${frameIndex}`,
      ).toBe(0);
    }
  });

  it('fades: half the alpha halfway', async () => {
    const doc = docWith(animated('textBlock', 'fade', 'fade'));
    const steady = await drawnAt(doc, 1000);
    const entering = await drawnAt(doc, ENTER_MS / 2);
    const leaving = await drawnAt(doc, 2000 - ENTER_MS / 2);
    expect(entering.coverage / steady.coverage).toBeCloseTo(0.5, 1);
    expect(leaving.coverage / steady.coverage).toBeCloseTo(0.5, 1);
    expect(entering.box).toEqual(steady.box);
  });

  it('slides from the side opposite its direction and leaves towards it', async () => {
    const travel = SLIDE_DISTANCE_FRACTION * 1080 * 0.5;
    for (const [type, dx, dy] of [
      ['slideLeft', 1, 0],
      ['slideRight', -1, 0],
      ['slideUp', 0, 1],
      ['slideDown', 0, -1],
    ] as const) {
      const doc = docWith(animated('box', type, type));
      const steady = await drawnAt(doc, 1000);
      const entering = await drawnAt(doc, ENTER_MS / 2);
      const leaving = await drawnAt(doc, 2000 - ENTER_MS / 2);
      expect(centreX(entering.box) - centreX(steady.box), type).toBeCloseTo(dx * travel, -1);
      expect(centreY(entering.box) - centreY(steady.box), type).toBeCloseTo(dy * travel, -1);
      expect(centreX(leaving.box) - centreX(steady.box), type).toBeCloseTo(-dx * travel, -1);
      expect(centreY(leaving.box) - centreY(steady.box), type).toBeCloseTo(-dy * travel, -1);
      expect(entering.box.width, type).toBe(steady.box.width);
    }
  });

  it('pops: scales through an overshoot about its centre', async () => {
    const doc = docWith(animated('stepBadge', 'pop'));
    const steady = await drawnAt(doc, 1000);
    const half = await drawnAt(doc, ENTER_MS / 2);
    const late = await drawnAt(doc, Math.round(ENTER_MS * 0.75));
    expect(half.box.width / steady.box.width).toBeCloseTo(backOut(0.5), 1);
    expect(late.box.width / steady.box.width).toBeCloseTo(backOut(0.75), 1);
    expect(late.box.width).toBeGreaterThan(steady.box.width);
    expect(centreX(half.box)).toBeCloseTo(centreX(steady.box), -1);
    expect(centreY(half.box)).toBeCloseTo(centreY(steady.box), -1);
  });

  it('wipes: reveals from the left edge', async () => {
    for (const kind of ['textBlock', 'stepBadge'] as const) {
      const doc = docWith(animated(kind, 'wipe', 'wipe'));
      const steady = await drawnAt(doc, 1000);
      const entering = await drawnAt(doc, ENTER_MS / 2);
      const leaving = await drawnAt(doc, 2000 - ENTER_MS / 2);
      for (const [phase, drawn] of [
        ['enter', entering],
        ['exit', leaving],
      ] as const) {
        expect(Math.abs(drawn.box.left - steady.box.left), `${kind} ${phase}`).toBeLessThanOrEqual(
          2,
        );
        expect(drawn.box.width / steady.box.width, `${kind} ${phase}`).toBeCloseTo(0.5, 1);
        expect(drawn.box.height, `${kind} ${phase}`).toBe(steady.box.height);
      }
    }
  });

  it('draws a ring on along its stroke', async () => {
    const doc = docWith(animated('ring', 'drawOn'));
    const steady = await drawnAt(doc, 1000);
    const half = await drawnAt(doc, ENTER_MS / 2);
    expect(half.coverage / steady.coverage).toBeCloseTo(0.5, 1);
    // The trace starts at the top and runs clockwise: the right half is drawn, the left is not.
    expect(half.box.right).toBe(steady.box.right);
    expect(half.box.left).toBeGreaterThan(centreX(steady.box) - 20);
  });

  it("draws a callout's leader on from the label to the tip, fading the label in", async () => {
    const callout = animated('callout', 'drawOn');
    if (callout.kind !== 'callout') throw new Error('expected a callout');
    const doc = docWith({ ...callout, arrow: false });
    const tip = { x: callout.target.x * 1080, y: callout.target.y * 1920 };
    const label = { x: callout.transform[0]!.x * 1080, y: callout.transform[0]!.y * 1920 };
    const steady = await drawnAt(doc, 1000);
    const half = await drawnAt(doc, ENTER_MS / 2);
    const along = (fraction: number) => ({
      x: label.x + (tip.x - label.x) * fraction,
      y: label.y + (tip.y - label.y) * fraction,
    });
    const near = (drawn: Drawn, point: { x: number; y: number }) => {
      let best = 0;
      for (let dx = -4; dx <= 4; dx += 1) {
        for (let dy = -4; dy <= 4; dy += 1)
          best = Math.max(best, drawn.alphaAt(point.x + dx, point.y + dy));
      }
      return best;
    };
    expect(near(steady, along(0.97))).toBeGreaterThan(0.9);
    expect(near(half, along(0.97))).toBe(0);
    // The leader leaves the label's edge, so halfway along the line is drawn by now.
    expect(near(half, along(0.55))).toBeGreaterThan(0.9);
    // The label's background (above its text, inside the top padding) is half faded in.
    const background = { x: label.x, y: label.y - callout.fontSizePx * 0.72 };
    expect(half.alphaAt(background.x, background.y)).toBeCloseTo(0.5, 1);
    expect(steady.alphaAt(background.x, background.y)).toBeCloseTo(1, 2);
  });
});
