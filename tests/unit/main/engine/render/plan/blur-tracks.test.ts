import { describe, expect, it } from 'vitest';
import { blurTracksForMedia } from '../../../../../../main/engine/render/plan/blur-tracks';
import { orientedPicture } from '../../../../../../main/engine/render/plan/geometry';
import {
  blurChunksForClip,
  type BoxMapping,
} from '../../../../../../main/engine/render/plan/privacy';
import { clipVideoChains } from '../../../../../../main/engine/render/plan/video';
import type { FaceTrack, ManualRegion, ProjectDocument } from '../../../../../../shared/model';
import { sceneBlurRegionsAt } from '../../../../../../shared/scene/scene-video';
import { asset, clip, documentWith, wideProbe } from './documents';

const box = { x: 400, y: 300, width: 200, height: 120 };

function region(startMs: number, endMs: number): ManualRegion {
  return {
    id: 'reg_badge',
    mediaId: 'med_a',
    startMs,
    endMs,
    keyframes: [
      { t: startMs, box },
      { t: endMs, box: { ...box, x: 900 } },
    ],
    blurStyle: 'gaussian',
  };
}

const face: FaceTrack = {
  id: 'face_1',
  mediaId: 'med_a',
  scanId: 'scan_1',
  samples: [
    { t: 1200, box, score: 0.9 },
    { t: 1500, box: { ...box, x: 500 }, score: 0.9 },
  ],
  decision: 'unreviewed',
  blurStyle: 'pixelate',
};

function docWith(
  regions: ManualRegion[],
  faces: FaceTrack[] = [],
  sampleRate = 3,
): ProjectDocument {
  return documentWith([asset('med_a', wideProbe())], [], (doc) => {
    doc.privacy.manualRegions.push(...regions);
    doc.privacy.faceTracks.push(...faces);
    if (faces.length > 0) {
      doc.privacy.scans.push({
        id: 'scan_1',
        mediaId: 'med_a',
        contentHash: 'ab'.repeat(16),
        mode: 'standard',
        settingsKey: 'test',
        sampleRate,
        finishedAt: '2026-01-01T00:00:00.000Z',
        trackIds: faces.map((f) => f.id),
      });
    }
  });
}

function videoChains(doc: ProjectDocument, inMs: number, outMs: number): string[] {
  return clipVideoChains({
    clip: clip('c', 'med_a', {
      in: inMs,
      out: outMs,
      reframe: { mode: 'fit-color', color: '#000000' },
    }),
    asset: asset('med_a', wideProbe()),
    inputIndex: 0,
    frames: Math.round(((outMs - inMs) / 1000) * 30),
    fps: 30,
    frame: { width: 1080, height: 1920 },
    tracks: blurTracksForMedia(doc, 'med_a'),
    prefix: 'c0',
  }).chains;
}

const fitMapping: BoxMapping = {
  picture: orientedPicture(wideProbe(), 'clip'),
  scaleX: 1080 / 1920,
  scaleY: 608 / 1080,
  offsetX: '0',
  offsetY: '0',
  target: { width: 1080, height: 608 },
  canLeaveTarget: false,
};

describe('blur tracks at render: spans', () => {
  it('draws a region only within its span, in clip-local seconds', () => {
    const chains = videoChains(docWith([region(1500, 2500)]), 500, 4000);
    const overlays = chains.filter((chain) => chain.includes('overlay='));
    expect(overlays).toHaveLength(1);
    // Source 1500..2500 ms is clip-local 1..2 s (the clip starts at source 500 ms).
    expect(overlays[0]).toContain("enable='between(t,1,2)'");
  });

  it('draws nothing for a region whose span lies outside the clip', () => {
    const plain = videoChains(docWith([]), 500, 4000);
    expect(plain.some((chain) => chain.includes('overlay='))).toBe(false);
    for (const [startMs, endMs] of [
      [4500, 6000],
      [0, 400],
    ] as const) {
      expect(videoChains(docWith([region(startMs, endMs)]), 500, 4000)).toEqual(plain);
    }
  });

  it('blurs exactly the frames the preview blurs, for regions and face tracks', () => {
    const inMs = 500;
    const doc = docWith([region(1500, 2500)], [face], 3);
    const tracks = blurTracksForMedia(doc, 'med_a');
    const chunks = blurChunksForClip(tracks, { inMs, outMs: 4000 }, fitMapping);
    // Face: 1200 - 333.3 … 1500 + 333.3 at 3 samples a second.
    const edges = [1500, 2500, 1200 - 1000 / 3, 1500 + 1000 / 3].flatMap((edge) => [
      Math.floor(edge) - 1,
      Math.floor(edge),
      Math.ceil(edge),
      Math.ceil(edge) + 1,
    ]);
    const times = [...edges, ...Array.from({ length: 350 }, (_, i) => inMs + i * 10)];
    for (const sourceMs of times) {
      const localS = (sourceMs - inMs) / 1000;
      const preview = sceneBlurRegionsAt(doc, {
        clipId: 'c',
        mediaId: 'med_a',
        sourceMs,
        reframe: { mode: 'fit-color', color: '#000000' },
      });
      for (const id of ['reg_badge', 'face_1']) {
        const exported = chunks.some(
          (c) => c.trackId === id && localS >= c.startS && localS <= c.endS,
        );
        const previewed = preview.some((blur) => blur.id === id);
        expect(previewed, `${id} at source ${sourceMs} ms`).toBe(exported);
      }
    }
    // The sweep crosses every edge: both blurs are on at some times and off at others.
    const at = (ms: number) =>
      sceneBlurRegionsAt(doc, {
        clipId: 'c',
        mediaId: 'med_a',
        sourceMs: ms,
        reframe: { mode: 'fit-color', color: '#000000' },
      }).map((blur) => blur.id);
    expect(at(866)).toEqual([]);
    expect(at(867)).toEqual(['face_1']);
    expect(at(1833)).toEqual(['reg_badge', 'face_1']);
    expect(at(1834)).toEqual(['reg_badge']);
    expect(at(2500)).toEqual(['reg_badge']);
    expect(at(2501)).toEqual([]);
  });
});
