import { describe, expect, it } from 'vitest';
import {
  formatBitRate,
  formatBytes,
  formatDuration,
  formatFps,
  formatResolution,
  formatTimecode,
} from '../../../../renderer/app/format';

describe('format', () => {
  it('shows durations as m:ss, rounding to the nearest second', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(2000)).toBe('0:02');
    expect(formatDuration(1999)).toBe('0:02');
    expect(formatDuration(65_400)).toBe('1:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(formatDuration(-5)).toBe('0:00');
  });

  it('labels ruler ticks with tenths between seconds', () => {
    expect(formatTimecode(5000)).toBe('0:05');
    expect(formatTimecode(5500)).toBe('0:05.5');
    expect(formatTimecode(250)).toBe('0:00.2');
  });

  it('formats rates, sizes and resolutions', () => {
    expect(formatFps(29.97002997)).toBe('29.97 fps');
    expect(formatFps(25)).toBe('25 fps');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(250 * 1024 * 1024)).toBe('250 MB');
    expect(formatBitRate(2_500_000)).toBe('2.5 Mb/s');
    expect(formatBitRate(128_000)).toBe('128 kb/s');
    expect(formatResolution(320, 240)).toBe('320×240');
    expect(formatResolution(undefined, 240)).toBe('');
  });
});
