import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recentCommands } from '../../../../../main/engine/ffmpeg/runner';
import { computeContentHash } from '../../../../../main/engine/media/hash';
import { probeMedia } from '../../../../../main/engine/media/probe';
import { generateWaveform } from '../../../../../main/engine/media/waveform';
import { ffmpeg, generateMedia, makeTempDir, type GeneratedMedia } from './fixtures';

let media: GeneratedMedia;
let cacheDir: string;

beforeAll(async () => {
  media = await generateMedia(await makeTempDir('medclip-wave-'));
  cacheDir = path.join(media.dir, 'project.medclip.cache');
});
afterAll(async () => {
  await rm(media.dir, { recursive: true, force: true });
});

async function waveformOf(file: string) {
  const probe = await probeMedia(file);
  const { contentHash } = await computeContentHash(file);
  return generateWaveform({ path: file, probe, contentHash, cacheDir });
}

const waveformRuns = () => recentCommands().filter((r) => r.label.startsWith('waveform of'));

describe('generateWaveform', () => {
  it('gives about 50 normalised [min, max] pairs per second, cached as JSON', async () => {
    const result = await waveformOf(media.wav);
    expect(result.cached).toBe(false);
    expect(result.peaksPerSecond).toBe(50);
    expect(result.peaks).toHaveLength(75); // 1.5 s
    // lavfi's sine has amplitude 1/8.
    for (const [min, max] of result.peaks) {
      expect(min).toBeGreaterThanOrEqual(-1);
      expect(max).toBeLessThanOrEqual(1);
      expect(min).toBeLessThanOrEqual(max);
    }
    const [min, max] = result.peaks[10] ?? [0, 0];
    expect(max).toBeCloseTo(0.125, 2);
    expect(min).toBeCloseTo(-0.125, 2);

    const saved = JSON.parse(await readFile(result.file ?? '', 'utf8')) as { peaks: unknown };
    expect(saved).toEqual({ version: 1, peaksPerSecond: 50, peaks: result.peaks });

    const runsBefore = waveformRuns().length;
    const again = await waveformOf(media.wav);
    expect(again).toEqual({ ...result, cached: true });
    expect(waveformRuns()).toHaveLength(runsBefore);
  });

  it('follows the loudness over time', async () => {
    const file = path.join(media.dir, 'loud-then-quiet.wav');
    // 0.5 s of a loud tone, then 0.5 s at a tenth of the amplitude.
    await ffmpeg([
      ...['-f', 'lavfi', '-i', "aevalsrc='if(lt(t,0.5),0.8,0.08)*sin(2*PI*300*t)':d=1:s=8000"],
      file,
    ]);
    const { peaks } = await waveformOf(file);
    expect(peaks).toHaveLength(50);
    expect(peaks[5]?.[1]).toBeGreaterThan(0.7);
    expect(peaks[40]?.[1]).toBeLessThan(0.1);
  });

  it('reads the audio of a video file and gives no peaks for video without audio', async () => {
    const withAudio = await waveformOf(media.av);
    // 2 s of AAC: the decoder pads the last 1024-sample frame (2.04 s at most).
    expect(withAudio.peaks.length).toBeGreaterThanOrEqual(99);
    expect(withAudio.peaks.length).toBeLessThanOrEqual(103);
    const silent = await waveformOf(media.video25);
    expect(silent).toEqual({ file: null, peaksPerSecond: 50, peaks: [], cached: false });
  });
});
