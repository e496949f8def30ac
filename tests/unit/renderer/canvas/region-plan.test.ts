import { describe, expect, it } from 'vitest';
import { performInvocations } from '../../../../shared/commands';
import type { ManualRegion, ProjectDocument, VideoClip } from '../../../../shared/model';
import {
  drawRegionPlan,
  moveRegionPlan,
  nextRegionLabel,
  rectFromCorners,
  regionContextAt,
  regionFrameBox,
} from '../../../../renderer/canvas/region-plan';
import { documentWithClip, mediaAsset, videoProbe } from '../support/documents';

const probe = videoProbe({ width: 1920, height: 1080, displayWidth: 1920, displayHeight: 1080 });

/**
 * 1080x1920 at 30 fps; clip_med_a of a 1920x1080 file sits at 1000-5000 ms on the timeline
 * showing source 2000-6000, fitted over a blurred background: the picture fills the frame's
 * width at y 656-1264. clip_med_b (another file) follows.
 */
function doc(reframe: VideoClip['reframe'] = { mode: 'fit-blur', blurStrength: 40 }) {
  const base = documentWithClip(mediaAsset('med_a', { probe: { ...probe, durationMs: 10_000 } }));
  const first = base.tracks.video[0]!;
  const clips: VideoClip[] = [
    { ...first, start: 1000, in: 2000, out: 6000, reframe },
    { ...first, id: 'clip_b', mediaId: 'med_b', start: 5000, in: 0, out: 2000, reframe },
  ];
  const result: ProjectDocument = {
    ...base,
    media: [...base.media, mediaAsset('med_b', { probe })],
    tracks: { ...base.tracks, video: clips },
  };
  return result;
}

/** The fitted picture is 1080x608 (even sides), so the two axes scale slightly differently. */
const SCALE = 1080 / 1920;
const SCALE_Y = 608 / 1080;
const frameRect = (x: number, y: number, width: number, height: number) => ({
  x: x * SCALE,
  y: 656 + y * SCALE_Y,
  width: width * SCALE,
  height: height * SCALE_Y,
});

function withRegion(base: ProjectDocument, region: ManualRegion): ProjectDocument {
  return { ...base, privacy: { ...base.privacy, manualRegions: [region] } };
}

const region = (extra: Partial<ManualRegion> = {}): ManualRegion => ({
  id: 'reg_1',
  mediaId: 'med_a',
  startMs: 2500,
  endMs: 6000,
  keyframes: [{ t: 2500, box: { x: 400, y: 200, width: 320, height: 160 } }],
  blurStyle: 'gaussian',
  label: 'Region 1',
  ...extra,
});

describe('drawing a blur region', () => {
  it('adds a region of the active media keyed at the source time under the playhead', () => {
    const plan = drawRegionPlan(doc(), 1500, frameRect(400, 200, 320, 160), 'reg_new');
    expect(plan?.invocation.name).toBe('privacy.addRegion');
    expect(plan?.region).toEqual({
      id: 'reg_new',
      mediaId: 'med_a',
      startMs: 2500,
      endMs: 6000,
      keyframes: [{ t: 2500, box: { x: 400, y: 200, width: 320, height: 160 } }],
      blurStyle: 'gaussian',
      label: 'Region 1',
    });
  });

  it('maps through the fill crop around the focus', () => {
    // Fill at focus 0.5: the frame shows source x 656..1262 (606 px wide) at 1920/1080 scale.
    const plan = drawRegionPlan(
      doc({ mode: 'fill', focus: [{ t: 2000, x: 0.5, y: 0.5, easing: 'linear' }] }),
      1500,
      { x: 0, y: 0, width: 1080, height: 1920 },
      'reg_new',
    );
    expect(plan?.region.keyframes[0]?.box).toEqual({ x: 656, y: 0, width: 606, height: 1080 });
  });

  it('keeps the region inside the picture and refuses clicks, letterbox and gaps', () => {
    const overEdge = drawRegionPlan(doc(), 1500, { x: 1000, y: 600, width: 200, height: 100 }, 'r');
    expect(overEdge?.region.keyframes[0]?.box).toEqual({
      x: 1778,
      y: 0,
      width: 142,
      height: 78,
    });
    expect(drawRegionPlan(doc(), 1500, { x: 10, y: 700, width: 5, height: 5 }, 'r')).toBeNull();
    expect(drawRegionPlan(doc(), 1500, { x: 10, y: 100, width: 200, height: 200 }, 'r')).toBeNull();
    expect(drawRegionPlan(doc(), 500, frameRect(10, 10, 200, 200), 'r')).toBeNull();
  });

  it('numbers new regions past the highest "Region N"', () => {
    expect(nextRegionLabel([])).toBe('Region 1');
    expect(nextRegionLabel([{ label: 'Region 4' }, { label: 'Badge' }])).toBe('Region 5');
    expect(nextRegionLabel([{ label: 'Badge' }, {}])).toBe('Region 3');
    expect(rectFromCorners({ x: 50, y: 10 }, { x: 20, y: 40 })).toEqual({
      x: 20,
      y: 10,
      width: 30,
      height: 30,
    });
  });
});

describe('moving a blur region on the canvas', () => {
  it('shows it only over its own media inside its span', () => {
    const d = withRegion(doc(), region());
    expect(regionFrameBox(d, 'reg_1', 1500)?.box).toEqual(frameRect(400, 200, 320, 160));
    expect(regionFrameBox(d, 'reg_1', 1400)).toBeNull(); // source 2400, before the span
    expect(regionFrameBox(d, 'reg_1', 5500)).toBeNull(); // clip_b: another file
    expect(regionFrameBox(d, 'reg_missing', 1500)).toBeNull();
    expect(regionContextAt(d, 500)).toBeNull();
  });

  it('sends one keyframe at the source time under the playhead, in source pixels', () => {
    const d = withRegion(doc(), region());
    const move = moveRegionPlan(d, 'reg_1', 3000, frameRect(600, 300, 320, 160));
    expect(move).toEqual({
      name: 'privacy.setRegionKeyframe',
      args: { id: 'reg_1', t: 4000, box: { x: 600, y: 300, width: 320, height: 160 } },
    });
  });

  it('changes the keyframe within half a frame of the playhead instead of adding one', () => {
    const d = withRegion(doc(), region());
    const move = moveRegionPlan(d, 'reg_1', 1510, frameRect(500, 200, 400, 200));
    expect(move?.args).toEqual({
      id: 'reg_1',
      t: 2500,
      box: { x: 500, y: 200, width: 400, height: 200 },
    });
    expect(moveRegionPlan(d, 'reg_1', 1400, frameRect(500, 200, 400, 200))).toBeNull();
  });

  it('draws then moves at another time: two keyframes, the region follows', () => {
    const base = doc();
    const drawn = drawRegionPlan(base, 1500, frameRect(400, 200, 320, 160), 'reg_new')!;
    const afterDraw = performInvocations(base, [drawn.invocation]).doc;
    const move = moveRegionPlan(afterDraw, 'reg_new', 3000, frameRect(800, 300, 320, 160))!;
    const afterMove = performInvocations(afterDraw, [move]).doc;
    const keyed = afterMove.privacy.manualRegions[0]!;
    expect(keyed.keyframes.map((k) => k.t)).toEqual([2500, 4000]);
    // Half way between the keys the box is half way between them.
    expect(regionFrameBox(afterMove, 'reg_new', 2250)?.box.x).toBeCloseTo(600 * SCALE, 6);
  });
});
