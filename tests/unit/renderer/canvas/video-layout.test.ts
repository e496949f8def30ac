import { describe, expect, it } from 'vitest';
import { blurTracksForMedia } from '../../../../main/engine/render/plan/blur-tracks';
import { clipVideoChains } from '../../../../main/engine/render/plan/video';
import { videoDrawPlan, type VideoDrawPlan } from '../../../../renderer/canvas/video-layout';
import type { ManualRegion, MediaProbe, ProjectDocument, Reframe } from '../../../../shared/model';
import { sceneAt } from '../../../../shared/scene/scene-at';
import { videoProbe } from '../../shared/fixtures';
import {
  asset,
  clip,
  documentWith,
  rotatedProbe,
  wideProbe,
} from '../../main/engine/render/plan/documents';
import { evaluateExpression } from '../../main/engine/render/plan/ffmpeg-expr';

/**
 * The preview's footage geometry against the export's ffmpeg plan for the same document: the
 * crop, fit placement, background window and blur patches must be the same pixels.
 */

const frame = { width: 1080, height: 1920 };
const anamorphicProbe = (): MediaProbe =>
  videoProbe(10_000, { width: 1440, height: 1080, displayWidth: 1920, displayHeight: 1080 });

function displayed(probe: MediaProbe) {
  const turned = probe.rotation === 90 || probe.rotation === 270;
  return {
    width: probe.displayWidth ?? (turned ? probe.height! : probe.width!),
    height: probe.displayHeight ?? (turned ? probe.width! : probe.height!),
  };
}

function setup(reframe: Reframe, probe: MediaProbe, regions: ManualRegion[] = []) {
  const doc: ProjectDocument = documentWith(
    [asset('med_a', probe)],
    [clip('c', 'med_a', { reframe, in: 0, out: 4000 })],
    (d) => d.privacy.manualRegions.push(...regions),
  );
  const exported = clipVideoChains({
    clip: doc.tracks.video[0]!,
    asset: doc.media[0]!,
    inputIndex: 0,
    frames: 120,
    fps: 30,
    frame,
    tracks: blurTracksForMedia(doc, 'med_a'),
    prefix: 'c0',
  }).chains.join(';');
  const previewAt = (tMs: number, element = displayed(probe)): VideoDrawPlan => {
    const scene = sceneAt(doc, tMs);
    const plan = videoDrawPlan(scene.video!, scene.blurRegions, probe, element, frame);
    if (plan === null) throw new Error('no plan');
    return plan;
  };
  return { exported, previewAt };
}

function match(text: string, pattern: RegExp): string[] {
  const found = pattern.exec(text);
  if (found === null) throw new Error(`${pattern} not in ${text}`);
  return found.slice(1);
}

const region = (box: ManualRegion['keyframes'][number]['box'], t = 0): ManualRegion => ({
  id: 'reg_1',
  mediaId: 'med_a',
  startMs: 0,
  endMs: 60_000,
  blurStyle: 'pixelate',
  keyframes: [{ t, box }],
});

describe('videoDrawPlan: fill', () => {
  it('crops exactly where the export crops, for fixed and moving focus points', () => {
    for (const x of [0, 0.25, 0.5, 0.73, 1]) {
      const { exported, previewAt } = setup(
        { mode: 'fill', focus: [{ t: 0, x, y: 0.5, easing: 'linear' }] },
        wideProbe(),
      );
      const [w, h, cx, cy] = match(exported, /crop=w=(\d+):h=(\d+):x='([^']+)':y='([^']+)'/);
      const plan = previewAt(1000);
      expect(plan).toMatchObject({
        mode: 'fill',
        sourceCrop: { x: Number(cx), y: Number(cy), width: Number(w), height: Number(h) },
      });
    }
    const focus = [
      { t: 0, x: 0.1, y: 0.5, easing: 'easeInOut' as const },
      { t: 4000, x: 0.9, y: 0.5, easing: 'linear' as const },
    ];
    const { exported, previewAt } = setup({ mode: 'fill', focus }, wideProbe());
    const [x] = match(exported, /crop=w=606:h=1080:x='([^']+)'/);
    for (const tMs of [0, 500, 1333, 2000, 3100, 3966]) {
      const plan = previewAt(tMs);
      expect(plan.mode === 'fill' && plan.sourceCrop.x).toBe(evaluateExpression(x!, tMs / 1000));
    }
  });

  it('maps the crop into the element: displayed pixels of anamorphic and rotated sources', () => {
    const anamorphic = setup(
      { mode: 'fill', focus: [{ t: 0, x: 0.5, y: 0.5, easing: 'linear' }] },
      anamorphicProbe(),
    );
    // The export crops 454 of 1440 coded pixels; the element shows them 4/3 as wide.
    const [w, cx] = match(anamorphic.exported, /crop=w=(\d+):h=1080:x='(\d+)'/);
    const plan = anamorphic.previewAt(0);
    expect(plan.mode === 'fill' && plan.sourceCrop).toEqual({
      x: expect.closeTo((Number(cx) * 1920) / 1440, 9),
      y: 0,
      width: expect.closeTo((Number(w) * 1920) / 1440, 9),
      height: 1080,
    });
    // An element that decodes at half size gets the same crop at half size.
    const half = anamorphic.previewAt(0, { width: 960, height: 540 });
    expect(half.mode === 'fill' && half.sourceCrop.width).toBeCloseTo((Number(w) * 960) / 1440);
    // A portrait phone clip (coded landscape, turned) already has the frame's shape.
    const rotated = setup(
      { mode: 'fill', focus: [{ t: 0, x: 0.5, y: 0.5, easing: 'linear' }] },
      rotatedProbe(),
    );
    expect(rotated.exported).not.toContain('crop=');
    expect(rotated.previewAt(0)).toMatchObject({
      sourceCrop: { x: 0, y: 0, width: 1080, height: 1920 },
    });
  });

  it('puts a blur patch on the pixels the export blurs, and none once the crop leaves it', () => {
    const box = { x: 1300, y: 300, width: 200, height: 160 };
    const { exported, previewAt } = setup(
      {
        mode: 'fill',
        focus: [
          { t: 0, x: 0.75, y: 0.5, easing: 'linear' },
          { t: 4000, x: 0.1, y: 0.5, easing: 'linear' },
        ],
      },
      wideProbe(),
      [region(box)],
    );
    const [w, h] = match(exported, /\[c0ps0\]crop=w=(\d+):h=(\d+)/);
    const [x, y, enable] = match(exported, /overlay=x='([^']+)':y='([^']+)':enable='([^']+)'/);
    let shown = 0;
    for (const tMs of [0, 400, 1000, 1500, 2500, 3500]) {
      const t = tMs / 1000;
      const plan = previewAt(tMs);
      if (plan.mode !== 'fill') throw new Error('fill expected');
      if (evaluateExpression(enable!, t) === 0) {
        expect(plan.patches).toEqual([]);
        continue;
      }
      shown += 1;
      expect(plan.patches[0]?.box).toEqual({
        x: evaluateExpression(x!, t),
        y: evaluateExpression(y!, t),
        width: Number(w),
        height: Number(h),
      });
      expect(plan.patches[0]?.style).toBe('pixelate');
    }
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(6);
  });
});

describe('videoDrawPlan: fit', () => {
  it('places the picture and makes the background window as the export does', () => {
    const { exported, previewAt } = setup({ mode: 'fit-blur', blurStrength: 40 }, wideProbe());
    const [fw, fh] = match(exported, /scale=w=(\d+):h=(\d+),setsar=1\[c0fit\]/);
    const [ww, wh, wx, wy, sw, sh, sigma] = match(
      exported,
      /crop=w=(\d+):h=(\d+):x=(\d+):y=(\d+),scale=w=(\d+):h=(\d+):flags=area,gblur=sigma=([\d.]+)/,
    );
    const plan = previewAt(1000);
    if (plan.mode !== 'fit' || plan.backdrop.kind !== 'blur') throw new Error('fit-blur expected');
    // Centred (the export stacks the picture between background bands of these heights).
    expect(plan.placement).toEqual({
      x: 0,
      y: (1920 - Number(fh)) / 2,
      width: Number(fw),
      height: Number(fh),
    });
    const { window, small, sigmaPx } = plan.backdrop.background;
    expect(window).toEqual({ x: Number(wx), y: Number(wy), width: Number(ww), height: Number(wh) });
    expect(small).toEqual({ width: Number(sw), height: Number(sh) });
    expect(sigmaPx).toBeCloseTo(Number(sigma), 3);
  });

  it('pads with the colour at the export offsets, and blurs in fitted-picture pixels', () => {
    const box = { x: 400, y: 500, width: 300, height: 200 };
    const { exported, previewAt } = setup({ mode: 'fit-color', color: '#12a4a0' }, wideProbe(), [
      region(box),
    ]);
    const [px, py] = match(exported, /pad=w=1080:h=1920:x=(\d+):y=(\d+):color=0x12a4a0/);
    const [w, h] = match(exported, /\[c0ps0\]crop=w=(\d+):h=(\d+)/);
    const [x, y] = match(exported, /overlay=x='([^']+)':y='([^']+)'/);
    const plan = previewAt(2000);
    if (plan.mode !== 'fit') throw new Error('fit expected');
    expect(plan.backdrop).toEqual({ kind: 'color', color: '#12a4a0' });
    expect([plan.placement.x, plan.placement.y]).toEqual([Number(px), Number(py)]);
    expect(plan.patches[0]?.box).toEqual({
      x: evaluateExpression(x!, 2),
      y: evaluateExpression(y!, 2),
      width: Number(w),
      height: Number(h),
    });
  });

  it('turns boxes upright with the picture: a box on a rotated clip', () => {
    const box = { x: 100, y: 50, width: 200, height: 120 };
    const { exported, previewAt } = setup({ mode: 'fit-blur', blurStrength: 20 }, rotatedProbe(), [
      region(box),
    ]);
    const [w, h] = match(exported, /\[c0ps0\]crop=w=(\d+):h=(\d+)/);
    const [x, y] = match(exported, /overlay=x='([^']+)':y='([^']+)'/);
    const plan = previewAt(500);
    // Coded 200x120 becomes 120x200 upright (the picture fills the frame at scale 1).
    expect(plan.patches[0]?.box).toEqual({
      x: evaluateExpression(x!, 0.5),
      y: evaluateExpression(y!, 0.5),
      width: Number(w),
      height: Number(h),
    });
    expect([Number(w), Number(h)]).toEqual([120, 200]);
  });
});

describe('videoDrawPlan: nothing to draw', () => {
  it('has no plan without a picture size or before the element decodes one', () => {
    const doc = documentWith([asset('med_a', wideProbe())], [clip('c', 'med_a')]);
    const scene = sceneAt(doc, 0);
    const noSize = videoProbe(1000, { width: undefined, height: undefined });
    expect(videoDrawPlan(scene.video!, [], noSize, { width: 10, height: 10 }, frame)).toBeNull();
    expect(videoDrawPlan(scene.video!, [], wideProbe(), { width: 0, height: 0 }, frame)).toBeNull();
  });

  it('ignores regions of other media and uses the face padding for face tracks', () => {
    const doc = documentWith([asset('med_a', wideProbe())], [clip('c', 'med_a')]);
    const scene = sceneAt(doc, 0);
    const face = {
      id: 'face_1',
      source: 'face' as const,
      mediaId: 'med_a',
      box: { x: 900, y: 400, width: 100, height: 100 },
      style: 'gaussian' as const,
    };
    const plan = videoDrawPlan(
      scene.video!,
      [face, { ...face, id: 'other', mediaId: 'med_b' }],
      wideProbe(),
      { width: 1920, height: 1080 },
      frame,
    );
    expect(plan?.patches.map((p) => p.regionId)).toEqual(['face_1']);
    // 100 px at 1920/606 scale... the crop is 606 wide: 100 * (1080/606) * 1.3, even, rounded up.
    expect(plan?.patches[0]?.box.width).toBe(2 * Math.ceil((100 * (1080 / 606) * 1.3) / 2));
  });
});
