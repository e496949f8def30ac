import { describe, expect, it } from 'vitest';
import {
  dbToGain,
  formatDb,
  formatGainPercent,
  gainToDb,
  MAX_GAIN_DB,
  parseDb,
} from '../../../../../renderer/panels/inspector/volume';

describe('volume in dB', () => {
  it('converts gain and decibels both ways', () => {
    expect(gainToDb(1)).toBe(0);
    expect(gainToDb(0)).toBe(-Infinity);
    expect(gainToDb(0.5)).toBeCloseTo(-6.02, 2);
    expect(dbToGain(-6)).toBe(0.5012);
    expect(dbToGain(-Infinity)).toBe(0);
    expect(dbToGain(12)).toBe(2);
    expect(MAX_GAIN_DB).toBeCloseTo(6.02, 2);
  });

  it('formats levels as an editor shows them', () => {
    expect(formatDb(1)).toBe('0.0 dB');
    expect(formatDb(0.5)).toBe('-6.0 dB');
    expect(formatDb(2)).toBe('+6.0 dB');
    expect(formatDb(0)).toBe('-∞ dB');
    expect(formatGainPercent(0.5)).toBe('50%');
  });

  it('reads typed levels and refuses ones above +6 dB or that are not levels', () => {
    expect(parseDb('-6')).toEqual({ ok: true, value: 0.5012 });
    expect(parseDb('-6 dB')).toEqual({ ok: true, value: 0.5012 });
    expect(parseDb('+3dB')).toEqual({ ok: true, value: 1.4125 });
    expect(parseDb('-inf')).toEqual({ ok: true, value: 0 });
    expect(parseDb('−∞')).toEqual({ ok: true, value: 0 });
    expect(parseDb('6.02')).toEqual({ ok: true, value: 2 });
    expect(parseDb('7')).toEqual({ ok: false, message: 'Must be at most +6.0 dB.' });
    expect(parseDb('loud')).toEqual({
      ok: false,
      message: 'Enter a level in dB, like -6 or -inf.',
    });
  });
});
