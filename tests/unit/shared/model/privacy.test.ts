import { describe, expect, it } from 'vitest';
import {
  faceTrackSchema,
  manualRegionSchema,
  privacyStateSchema,
  scanRecordSchema,
} from '../../../../shared/model/privacy';
import { hashOf } from '../fixtures';

const box = { x: 100, y: 50, width: 80, height: 90 };
const track = {
  id: 'face_1',
  mediaId: 'med_a',
  scanId: 'scan_1',
  samples: [
    { t: 0, box, score: 0.9 },
    { t: 66, box: { ...box, x: 104 }, score: 0.87 },
  ],
  decision: 'blur',
  blurStyle: 'gaussian',
} as const;

describe('privacy schemas', () => {
  it('accepts a scan record with an ISO finish time', () => {
    const scan = {
      id: 'scan_1',
      mediaId: 'med_a',
      contentHash: hashOf('med_a'),
      mode: 'standard',
      settingsKey: 'tiny-face-detector@0.5',
      sampleRate: 15,
      finishedAt: '2025-03-01T09:30:00Z',
      trackIds: ['face_1'],
    };
    expect(scanRecordSchema.parse(scan)).toEqual(scan);
    expect(scanRecordSchema.safeParse({ ...scan, finishedAt: 'yesterday' }).success).toBe(false);
    expect(scanRecordSchema.safeParse({ ...scan, mode: 'quick' }).success).toBe(false);
  });

  it('accepts a face track and wants its samples in time order', () => {
    expect(faceTrackSchema.parse(track)).toEqual(track);
    const reversed = { ...track, samples: [...track.samples].reverse() };
    expect(faceTrackSchema.safeParse(reversed).error?.issues[0]?.path).toEqual(['samples', 1, 't']);
    expect(faceTrackSchema.safeParse({ ...track, samples: [] }).success).toBe(false);
  });

  it('needs a note to keep a face unblurred', () => {
    expect(
      faceTrackSchema.safeParse({ ...track, decision: 'keep' }).error?.issues[0]?.path,
    ).toEqual(['note']);
    expect(faceTrackSchema.safeParse({ ...track, decision: 'keep', note: '  ' }).success).toBe(
      false,
    );
    expect(
      faceTrackSchema.safeParse({
        ...track,
        decision: 'keep',
        note: 'Presenting clinician, consent on file',
      }).success,
    ).toBe(true);
  });

  it('refuses empty boxes and scores outside 0..1', () => {
    expect(
      faceTrackSchema.safeParse({
        ...track,
        samples: [{ t: 0, box: { ...box, width: 0 }, score: 1 }],
      }).success,
    ).toBe(false);
    expect(
      faceTrackSchema.safeParse({ ...track, samples: [{ t: 0, box, score: 1.2 }] }).success,
    ).toBe(false);
  });

  it('accepts manual regions and an optional sign-off', () => {
    const region = {
      id: 'reg_1',
      mediaId: 'med_a',
      startMs: 0,
      endMs: 2000,
      keyframes: [{ t: 0, box }],
      blurStyle: 'solid',
      label: 'Name badge',
    };
    expect(manualRegionSchema.parse(region)).toEqual(region);
    const state = {
      scans: [],
      faceTracks: [],
      manualRegions: [region],
      reviewSignOff: { by: 'R. Patel', at: '2025-03-01T10:00:00+01:00' },
    };
    expect(privacyStateSchema.parse(state)).toEqual(state);
  });

  it('refuses a manual region without a span, or one that does not end after it starts', () => {
    const region = {
      id: 'reg_1',
      mediaId: 'med_a',
      startMs: 500,
      endMs: 1500,
      keyframes: [{ t: 0, box }],
      blurStyle: 'gaussian',
    };
    expect(manualRegionSchema.safeParse(region).success).toBe(true);
    const { startMs: _start, endMs: _end, ...spanless } = region;
    expect(manualRegionSchema.safeParse(spanless).success).toBe(false);
    for (const endMs of [500, 400]) {
      const result = manualRegionSchema.safeParse({ ...region, endMs });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        path: ['endMs'],
        message: `a blur region must end after it starts (start 500 ms, end ${endMs} ms)`,
      });
    }
    expect(manualRegionSchema.safeParse({ ...region, startMs: 0.5 }).success).toBe(false);
  });
});
