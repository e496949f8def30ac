import { describe, expect, it } from 'vitest';
import {
  SCAN_MODES,
  scanSettings,
  scanSettingsKey,
} from '../../../../../../main/engine/privacy/detect/modes';
import { tileGrid, tilesForPass } from '../../../../../../main/engine/privacy/detect/passes';

describe('scan modes', () => {
  it('samples standard at 5/s or more and thorough more often than fast', () => {
    expect(SCAN_MODES.standard.sampleRate).toBeGreaterThanOrEqual(5);
    expect(SCAN_MODES.thorough.sampleRate).toBeGreaterThan(SCAN_MODES.standard.sampleRate);
    expect(SCAN_MODES.fast.sampleRate).toBeLessThan(SCAN_MODES.standard.sampleRate);
    expect(SCAN_MODES.thorough.stillPasses.length).toBeGreaterThan(
      SCAN_MODES.fast.stillPasses.length,
    );
  });

  it('gives each mode and sample rate its own settings key, naming the detector versions', () => {
    const keys = new Set(
      (['fast', 'standard', 'thorough'] as const).map((m) => scanSettingsKey(scanSettings(m))),
    );
    expect(keys.size).toBe(3);
    expect(scanSettingsKey(scanSettings('standard'))).toMatch(/^standard 5\/s .*face-api@1\.7\.15/);
    expect(scanSettingsKey(scanSettings('standard', 8))).not.toBe(
      scanSettingsKey(scanSettings('standard')),
    );
    expect(() => scanSettings('standard', 0)).toThrow(/sample rate/);
  });

  it('tiles overlap and cover the frame; rotating passes take one tile per sample', () => {
    const tiles = tileGrid(1280, 720, 2);
    expect(tiles).toHaveLength(4);
    expect(tiles[0]).toEqual({ x: 0, y: 0, width: 960, height: 540 });
    expect(tiles[3]).toEqual({ x: 320, y: 180, width: 960, height: 540 });
    const pass = { detector: 'tiny' as const, minScore: 0.4, grid: 2 as const, rotateTiles: true };
    const seen = [0, 1, 2, 3, 4].map((i) => tilesForPass(pass, { width: 1280, height: 720 }, i));
    expect(seen.every((t) => t.length === 1)).toBe(true);
    expect(seen[4]).toEqual(seen[0]);
    expect(new Set(seen.slice(0, 4).map((t) => JSON.stringify(t))).size).toBe(4);
  });
});
