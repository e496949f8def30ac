import { describe, expect, it } from 'vitest';
import {
  parsePlatformsFile,
  platformsFile,
  resolvePreset,
} from '../../../../../main/engine/render/presets';
import { EXPORT_PRESET_NAMES } from '../../../../../shared/api/calls/render';

describe('platform presets', () => {
  it('loads every platform from resources/presets/platforms.json, each citing its source', () => {
    const file = platformsFile();
    expect(Object.keys(file.platforms).sort()).toEqual([...EXPORT_PRESET_NAMES].sort());
    for (const platform of Object.values(file.platforms)) {
      expect(platform.source.url).toMatch(/^https:\/\//);
      expect(platform.source.consulted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(platform.source.note.length).toBeGreaterThan(20);
    }
  });

  it('resolves caps by frame rate and a 2 s keyframe interval', () => {
    expect(resolvePreset('shorts', 30)).toMatchObject({
      width: 1080,
      height: 1920,
      fps: 30,
      maxDurationMs: 180_000,
      keyframeInterval: 60,
      maxrateKbps: 8000,
      bufsizeKbps: 16000,
      audioBitrateKbps: 384,
      loudness: { integratedLufs: -14, truePeakDbtp: -1, rangeLu: 11 },
    });
    expect(resolvePreset('shorts', 60)).toMatchObject({
      keyframeInterval: 120,
      maxrateKbps: 12000,
    });
    expect(resolvePreset('tiktok', 30).maxDurationMs).toBe(600_000);
    expect(resolvePreset('reels', 25)).toMatchObject({
      keyframeInterval: 50,
      audioBitrateKbps: 128,
    });
  });

  it('refuses a broken presets file, naming the field', () => {
    const good = structuredClone(platformsFile()) as unknown as {
      platforms: Record<string, Record<string, unknown>>;
    };
    const noSource = structuredClone(good);
    delete noSource.platforms.reels!.source;
    expect(() => parsePlatformsFile(noSource)).toThrow(/platforms\.reels\.source/);
    const missing = structuredClone(good);
    delete missing.platforms.tiktok;
    expect(() => parsePlatformsFile(missing)).toThrow(/platforms\.tiktok/);
  });
});
