import { describe, expect, it } from 'vitest';
import {
  parseSafeZoneTable,
  SAFE_ZONE_PLATFORMS,
  safeZoneGeometry,
  SafeZoneTableError,
  shippedSafeZones,
} from '../../../../shared/scene/safe-zones';

describe('the shipped safe-zone table', () => {
  it('has every platform with a source and margins that leave room', () => {
    const table = shippedSafeZones();
    expect(table.reference).toEqual({ width: 1080, height: 1920 });
    for (const platform of SAFE_ZONE_PLATFORMS) {
      const zone = table.platforms[platform];
      expect(zone.source.url).toMatch(/^https:\/\//);
      expect(zone.source.consulted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(zone.margins.top + zone.margins.bottom).toBeLessThan(1920 / 2);
    }
    // Meta publishes percentages: 14% top, 35% bottom, 6% sides.
    expect(table.platforms.reels.margins).toEqual({ top: 269, right: 65, bottom: 672, left: 65 });
  });

  it('refuses a table with a missing platform or margins that leave no room, naming the field', () => {
    const table = structuredClone(shippedSafeZones()) as Record<string, unknown> & {
      platforms: Record<string, { margins: Record<string, number> }>;
    };
    table.platforms.shorts!.margins.top = 1500;
    expect(() => parseSafeZoneTable(table)).toThrow(
      /platforms\.shorts\.margins: the top and bottom/,
    );
    const { reels: _reels, ...others } = structuredClone(shippedSafeZones()).platforms;
    expect(() => parseSafeZoneTable({ ...shippedSafeZones(), platforms: others })).toThrow(
      SafeZoneTableError,
    );
  });
});

describe('safeZoneGeometry', () => {
  it('scales the table to the frame and lists the covered bands around the safe area', () => {
    const zone = safeZoneGeometry(shippedSafeZones(), 'reels', { width: 540, height: 960 });
    expect(zone.label).toBe('Instagram Reels');
    expect(zone.safe).toEqual({ x: 32.5, y: 134.5, width: 475, height: 489.5 });
    expect(zone.covered).toEqual([
      { x: 0, y: 0, width: 540, height: 134.5 },
      { x: 0, y: 624, width: 540, height: 336 },
      { x: 0, y: 134.5, width: 32.5, height: 489.5 },
      { x: 507.5, y: 134.5, width: 32.5, height: 489.5 },
    ]);
  });
});
