import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../../../../main/engine/render/job';
import { renderOverlayFrames } from '../../../../../main/engine/render/overlay-frames';
import { applyCommand, invocation } from '../../../../../shared/commands';
import { staticTransform, NO_ANIMATION, type ProjectDocument } from '../../../../../shared/model';
import { tempDir } from '../../../../support/temp';
import { CITATION } from '../../../../unit/shared/scene/scene-fixtures';
import { ffmpeg, mediaAsset, projectOf } from './export-fixtures';

const run = promisify(execFile);
const temp = tempDir('medclip-review-export-');
const DOI = '10.1056/NEJMoa2034577';
let clip: string;

beforeAll(async () => {
  clip = path.join(temp.dir, 'wide.mp4');
  await ffmpeg([
    ...['-f', 'lavfi', '-i', 'testsrc2=size=480x270:rate=30:duration=2'],
    ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=2'],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'],
    ...['-c:a', 'aac', '-shortest', clip],
  ]);
});
afterAll(() => temp.cleanup());

/** 1.5 s of footage with a QR chip over it, signed off with a 2 s end card. */
async function reviewedClip(): Promise<ProjectDocument> {
  const doc = projectOf([await mediaAsset('med_wide', clip)], (draft) => {
    draft.citations.push({ ...CITATION, csl: { ...CITATION.csl, DOI } });
    draft.tracks.video.push({
      id: 'clip_wide',
      mediaId: 'med_wide',
      start: 0,
      in: 0,
      out: 1500,
      volume: 1,
      muted: false,
      reframe: { mode: 'fill', focus: [{ t: 0, x: 0.5, y: 0.5, easing: 'linear' }] },
    });
    draft.tracks.overlays.push({
      id: 'ovl_chip',
      kind: 'citationChip',
      start: 0,
      end: 1500,
      transform: staticTransform(0.5, 0.3),
      enter: NO_ANIMATION,
      exit: NO_ANIMATION,
      citationId: CITATION.id,
      qr: true,
    });
  });
  return applyCommand(
    doc,
    invocation('review.signOff', {
      reviewer: 'Dr Amira Khan',
      role: 'Cardiologist',
      date: '2025-03-01',
      endCard: { durationMs: 2000 },
    }),
  ).doc;
}

/** Frame at `atMs` of the exported video as RGBA, for jsQR and pixel checks. */
async function rgbaFrameAt(file: string, atMs: number): Promise<Uint8ClampedArray<ArrayBuffer>> {
  const { stdout } = await run(
    'ffmpeg',
    [
      ...['-hide_banner', '-nostdin', '-v', 'error', '-ss', (atMs / 1000).toFixed(3), '-i', file],
      ...['-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgba', 'pipe:1'],
    ],
    { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
  );
  return new Uint8ClampedArray(stdout);
}

describe('an export with a QR chip and a review end card', () => {
  it('scans the DOI link off an encoded frame, ends with the card, and reports the review', async () => {
    const doc = await reviewedClip();
    const outPath = path.join(temp.dir, 'reviewed.mp4');
    const result = await runExport({
      doc,
      outPath,
      projectPath: path.join(temp.dir, 'reviewed.medclip'),
      preset: 'tiktok',
      overlayFrames: renderOverlayFrames,
      encoderSpeed: 'superfast',
    });
    // 1.5 s of content, then the 2 s card.
    expect(Math.abs(result.durationMs - 3500)).toBeLessThanOrEqual(67);
    expect(result.review).toEqual({
      state: 'current',
      reviewer: 'Dr Amira Khan',
      role: 'Cardiologist',
      date: '2025-03-01',
      endCard: true,
      text: 'Signed off by Dr Amira Khan (Cardiologist), 2025-03-01 — current',
    });

    const chipFrame = await rgbaFrameAt(outPath, 700);
    expect(jsQR(chipFrame, 1080, 1920)?.data).toBe(`https://doi.org/${DOI}`);

    // The card fills the frame with the brand background (#0F172A) and has text on it.
    const card = await rgbaFrameAt(outPath, 3000);
    const at = (x: number, y: number) => [
      ...card.slice((y * 1080 + x) * 4, (y * 1080 + x) * 4 + 3),
    ];
    for (const [x, y] of [
      [40, 40],
      [1040, 1880],
      [540, 200],
    ] as const) {
      const [r, g, b] = at(x, y);
      expect(Math.abs(r! - 0x0f) + Math.abs(g! - 0x17) + Math.abs(b! - 0x2a)).toBeLessThan(24);
    }
    let bright = 0;
    for (let y = 800; y < 1120; y += 2) {
      for (let x = 100; x < 980; x += 2) if ((at(x, y)[0] ?? 0) > 200) bright += 1;
    }
    expect(bright).toBeGreaterThan(500);
  });
});
