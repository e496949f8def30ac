import { describe, expect, it } from 'vitest';
import { exportPresetInfoSchema } from '../../../../../shared/api/calls/render';
import { presetInfos } from '../../../../../main/engine/render/preset-info';
import { parsePlatformsFile, platformsFile } from '../../../../../main/engine/render/presets';
import { asset, clip, documentWith, wideProbe } from './plan/documents';

const clipOf = (durationMs: number) =>
  documentWith(
    [asset('med_a', wideProbe(durationMs))],
    [clip('clip_a', 'med_a', { out: durationMs })],
  );

describe('presetInfos', () => {
  it('lists tiktok, reels and shorts with their facts at the project frame rate', () => {
    const infos = presetInfos(clipOf(12_000));
    // What the render.presets response carries, so the dispatcher's check passes.
    expect(exportPresetInfoSchema.array().parse(infos)).toEqual(infos);
    expect(infos.map((info) => [info.name, info.label, info.maxDurationMs])).toEqual([
      ['tiktok', 'TikTok', 600_000],
      ['reels', 'Instagram Reels', 900_000],
      ['shorts', 'YouTube Shorts', 180_000],
    ]);
    const tiktok = infos[0];
    expect(tiktok).toMatchObject({
      width: 1080,
      height: 1920,
      fps: 30,
      videoMaxrateKbps: platformsFile().platforms.tiktok?.videoMaxrateKbps.standardFps,
      problem: null,
    });
  });

  it('says which presets cannot take a clip that is too long', () => {
    const infos = presetInfos(clipOf(200_000));
    expect(infos.map((info) => info.problem === null)).toEqual([true, true, false]);
    expect(infos[2]?.problem).toBe(
      '"Knee explainer" is 3:20 long; YouTube Shorts takes at most 3:00. Trim it or choose another platform.',
    );
  });

  it('says an empty project has nothing to export', () => {
    const infos = presetInfos(documentWith([], []));
    expect(infos.every((info) => info.problem?.includes('is empty'))).toBe(true);
  });

  it('passes on the frame-rate refusal and still shows the facts', () => {
    const strict = structuredClone(platformsFile());
    const reels = strict.platforms.reels;
    if (!reels) throw new Error('no reels preset');
    reels.minFps = 50;
    const infos = presetInfos(clipOf(12_000), parsePlatformsFile(strict));
    expect(infos[1]?.problem).toBe('Instagram Reels takes 50-60 fps; the project is 30 fps.');
    expect(infos[1]?.videoMaxrateKbps).toBe(reels.videoMaxrateKbps.highFps);
    expect(infos[1]?.fps).toBe(30);
  });
});
