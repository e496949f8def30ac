import { describe, expect, it } from 'vitest';
import {
  blurTracksForMedia,
  FACE_PADDING,
} from '../../../../../../main/engine/render/plan/blur-tracks';
import { orientedPicture } from '../../../../../../main/engine/render/plan/geometry';
import {
  blurChunksForClip,
  blurFilterChains,
  blurStyleFilters,
  MAX_CHUNKS_PER_TRACK,
  type BoxMapping,
} from '../../../../../../main/engine/render/plan/privacy';
import type { FaceTrack, ManualRegion, ProjectDocument } from '../../../../../../shared/model';
import { interpolateBox } from '../../../../../../shared/scene/interpolate';
import { asset, documentWith, rotatedProbe, wideProbe } from './documents';
import { evaluateExpression } from './ffmpeg-expr';

const region: ManualRegion = {
  id: 'reg_badge',
  mediaId: 'med_a',
  startMs: 0,
  endMs: 4000,
  blurStyle: 'gaussian',
  keyframes: [
    { t: 1000, box: { x: 100, y: 200, width: 200, height: 100 } },
    { t: 3000, box: { x: 700, y: 400, width: 300, height: 150 } },
  ],
};

function faceTrack(fields: Partial<FaceTrack> = {}): FaceTrack {
  return {
    id: 'face_1',
    mediaId: 'med_a',
    scanId: 'scan_1',
    samples: [
      { t: 0, box: { x: 800, y: 300, width: 120, height: 150 }, score: 0.9 },
      { t: 500, box: { x: 900, y: 320, width: 140, height: 160 }, score: 0.9 },
    ],
    decision: 'blur',
    blurStyle: 'pixelate',
    ...fields,
  };
}

function withPrivacy(regions: ManualRegion[], faces: FaceTrack[] = []): ProjectDocument {
  return documentWith([asset('med_a', wideProbe())], [], (doc) => {
    doc.privacy.manualRegions.push(...regions);
    doc.privacy.faceTracks.push(...faces);
    doc.privacy.scans.push({
      id: 'scan_1',
      mediaId: 'med_a',
      contentHash: 'ab'.repeat(16),
      mode: 'standard',
      settingsKey: 'test',
      sampleRate: 10,
      finishedAt: '2026-01-01T00:00:00.000Z',
      trackIds: faces.map((f) => f.id),
    });
  });
}

/** A 1920x1080 picture fitted to 1080x608 (fit modes draw the blur on the fitted picture). */
const fitMapping: BoxMapping = {
  picture: orientedPicture(wideProbe(), 'clip'),
  scaleX: 1080 / 1920,
  scaleY: 608 / 1080,
  offsetX: '0',
  offsetY: '0',
  target: { width: 1080, height: 608 },
  canLeaveTarget: false,
};

describe('blurTracksForMedia', () => {
  it('takes manual regions (their span) and every face not kept, padded and widened by a sample', () => {
    const doc = withPrivacy(
      [region],
      [
        faceTrack(),
        faceTrack({ id: 'face_2', decision: 'unreviewed' }),
        faceTrack({
          id: 'face_3',
          decision: 'keep',
          note: 'presenting clinician, consent on file',
        }),
        faceTrack({ id: 'face_4', mediaId: 'med_other' }),
      ],
    );
    const tracks = blurTracksForMedia(doc, 'med_a');
    expect(tracks.map((t) => t.id)).toEqual(['reg_badge', 'face_1', 'face_2']);
    expect(tracks[0]).toMatchObject({ fromMs: 0, toMs: 4000, padding: 0 });
    // 10 samples per second: 100 ms either side.
    expect(tracks[1]).toMatchObject({ fromMs: -100, toMs: 600, padding: FACE_PADDING });
  });
});

describe('blurChunksForClip', () => {
  it('moves the box centre along the same path as the canvas, frame by frame', () => {
    const [track] = blurTracksForMedia(withPrivacy([region]), 'med_a');
    const chunks = blurChunksForClip([track!], { inMs: 500, outMs: 4000 }, fitMapping);
    expect(chunks.length).toBeGreaterThan(0);
    for (let frame = 0; frame < 105; frame += 1) {
      const localS = frame / 30;
      const sourceMs = 500 + localS * 1000;
      const chunk = chunks.find((c) => localS >= c.startS && localS <= c.endS)!;
      const box = interpolateBox(region.keyframes, sourceMs);
      const cx = evaluateExpression(chunk.centreX, localS);
      const cy = evaluateExpression(chunk.centreY, localS);
      expect(cx).toBeCloseTo((box.x + box.width / 2) * fitMapping.scaleX, 3);
      expect(cy).toBeCloseTo((box.y + box.height / 2) * fitMapping.scaleY, 3);
      // Never smaller than the box it covers.
      expect(chunk.width).toBeGreaterThanOrEqual(box.width * fitMapping.scaleX);
      expect(chunk.height).toBeGreaterThanOrEqual(box.height * fitMapping.scaleY);
    }
    // The chunks tile the clip: from its first frame to its last, without gaps.
    expect(chunks[0]!.startS).toBe(0);
    expect(chunks.at(-1)!.endS).toBe(3.5);
    chunks.slice(1).forEach((c, i) => expect(c.startS).toBe(chunks[i]!.endS));
  });

  it('keeps the box between two samples as large as the larger one (never shrinking)', () => {
    const [track] = blurTracksForMedia(withPrivacy([], [faceTrack()]), 'med_a');
    const chunks = blurChunksForClip([track!], { inMs: 0, outMs: 2000 }, fitMapping);
    const pad = 1 + 2 * FACE_PADDING;
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.width).toBeGreaterThanOrEqual(140 * fitMapping.scaleX * pad);
    expect(chunks[0]!.height).toBeGreaterThanOrEqual(160 * fitMapping.scaleY * pad);
    expect(chunks[0]!.width % 2).toBe(0);
    // The track's window: 100 ms before the first sample (clipped at 0) to 100 ms after the last.
    expect([chunks[0]!.startS, chunks[0]!.endS]).toEqual([0, 0.6]);
  });

  it('cuts a track whose face grows into a few chunks, each sized to its own boxes', () => {
    const samples = Array.from({ length: 60 }, (_, i) => ({
      t: i * 100,
      box: { x: 400, y: 200, width: 60 + i * 10, height: 80 + i * 12 },
      score: 0.9,
    }));
    const [track] = blurTracksForMedia(withPrivacy([], [faceTrack({ samples })]), 'med_a');
    const chunks = blurChunksForClip([track!], { inMs: 0, outMs: 6000 }, fitMapping);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThanOrEqual(MAX_CHUNKS_PER_TRACK);
    expect(chunks[0]!.width).toBeLessThan(chunks.at(-1)!.width);
  });

  it('leaves out tracks outside the clip and maps through the fill crop when the focus moves', () => {
    const [track] = blurTracksForMedia(withPrivacy([], [faceTrack()]), 'med_a');
    expect(blurChunksForClip([track!], { inMs: 2000, outMs: 4000 }, fitMapping)).toEqual([]);
    const fill: BoxMapping = {
      ...fitMapping,
      scaleX: 1080 / 606,
      scaleY: 1920 / 1080,
      offsetX: '100+200*t',
      target: { width: 1080, height: 1920 },
      canLeaveTarget: true,
    };
    const [chunk] = blurChunksForClip([track!], { inMs: 0, outMs: 2000 }, fill);
    const at = 0.25;
    const box = interpolateBox(faceTrack().samples, at * 1000);
    expect(evaluateExpression(chunk!.centreX, at)).toBeCloseTo(
      (box.x + box.width / 2 - (100 + 200 * at)) * fill.scaleX,
      3,
    );
  });

  it('turns boxes with the picture: a rotated clip maps coded pixels to upright ones', () => {
    const picture = orientedPicture(rotatedProbe(), 'clip');
    const doc = withPrivacy([
      { ...region, keyframes: [{ t: 0, box: { x: 0, y: 0, width: 100, height: 50 } }] },
    ]);
    const tracks = blurTracksForMedia(doc, 'med_a');
    const mapping: BoxMapping = {
      ...fitMapping,
      picture,
      scaleX: 1,
      scaleY: 1,
      target: { width: 1080, height: 1920 },
    };
    const [chunk] = blurChunksForClip(tracks, { inMs: 0, outMs: 1000 }, mapping);
    // The coded top-left corner is shown top-right after a clockwise turn.
    expect(evaluateExpression(chunk!.centreX, 0)).toBe(1080 - 25);
    expect(evaluateExpression(chunk!.centreY, 0)).toBe(50);
    expect([chunk!.width, chunk!.height]).toEqual([50, 100]);
  });
});

describe('blurFilterChains', () => {
  const chunk = {
    trackId: 'reg_badge',
    style: 'gaussian' as const,
    startS: 0,
    endS: 2,
    width: 200,
    height: 100,
    centreX: '300+100*clip((t-0)/2,0,1)',
    centreY: '150',
  };

  it('crops, blurs and overlays one moving box at the same per-frame position', () => {
    const { chains, output } = blurFilterChains([chunk], 'in', fitMapping, {
      fps: 30,
      durationS: 2,
      prefix: 'c0p',
    });
    const x = "'2*floor(clip(300+100*clip((t-0)/2,0,1)-100,0,880)/2)'";
    const y = "'2*floor(clip(150-50,0,508)/2)'";
    expect(chains).toEqual([
      '[in]split=2[c0pm0][c0ps0]',
      `[c0ps0]crop=w=200:h=100:x=${x}:y=${y},scale=w=10:h=5:flags=area,gblur=sigma=1,scale=w=200:h=100:flags=bicubic[c0pb0]`,
      `[c0pm0][c0pb0]overlay=x=${x}:y=${y}:enable='between(t,0,2)',format=yuv420p[c0pm1]`,
    ]);
    expect(output).toBe('c0pm1');
  });

  it('draws solid boxes from a colour source (no copy of the picture) and skips empty input', () => {
    const { chains } = blurFilterChains([{ ...chunk, style: 'solid' }], 'in', fitMapping, {
      fps: 30,
      durationS: 2,
      prefix: 'c1p',
    });
    expect(chains[0]).toBe('color=c=black:s=200x100:r=30:d=2,format=yuv420p[c1pb0]');
    expect(chains[1]).toMatch(/^\[in\]\[c1pb0\]overlay=/);
    expect(blurFilterChains([], 'in', fitMapping, { fps: 30, durationS: 2, prefix: 'x' })).toEqual({
      chains: [],
      output: 'in',
    });
  });

  it('switches a box off while the fill crop has moved it out of the frame', () => {
    const { chains } = blurFilterChains(
      [chunk],
      'in',
      { ...fitMapping, canLeaveTarget: true },
      {
        fps: 30,
        durationS: 2,
        prefix: 'p',
      },
    );
    const enable = /enable='([^']+)'/.exec(chains[2]!)![1]!;
    expect(evaluateExpression(enable, 1)).toBe(1);
    const outside = enable.replaceAll('300+100*clip((t-0)/2,0,1)', '2000');
    expect(evaluateExpression(outside, 1)).toBe(0);
    expect(evaluateExpression(enable, 2.5)).toBe(0);
  });

  it('averages cells of at least 8 px: pixelate with hard edges, gaussian smoothed', () => {
    expect(blurStyleFilters('pixelate', { width: 400, height: 300 })).toEqual([
      'scale=w=10:h=8:flags=area',
      'scale=w=400:h=300:flags=neighbor',
    ]);
    expect(blurStyleFilters('gaussian', { width: 40, height: 30 })).toEqual([
      'scale=w=5:h=4:flags=area',
      'gblur=sigma=1',
      'scale=w=40:h=30:flags=bicubic',
    ]);
  });
});
