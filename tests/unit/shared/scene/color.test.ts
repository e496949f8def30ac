import { describe, expect, it } from 'vitest';
import {
  contrastingTextColor,
  parseHexColor,
  relativeLuminance,
} from '../../../../shared/scene/color';
import { hashString } from '../../../../shared/scene/hash';

describe('colours', () => {
  it('parses #rrggbb and #rrggbbaa', () => {
    expect(parseHexColor('#0B5FA5')).toEqual({ r: 11, g: 95, b: 165, a: 1 });
    expect(parseHexColor('#00000080').a).toBeCloseTo(128 / 255, 10);
    expect(() => parseHexColor('red')).toThrow(RangeError);
  });

  it('picks black on light fills and white on dark ones', () => {
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 10);
    expect(contrastingTextColor('#F2B134')).toBe('#000000');
    expect(contrastingTextColor('#0B5FA5')).toBe('#FFFFFF');
  });
});

describe('hashString', () => {
  it('is stable, 16 hex digits, and differs for different text', () => {
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('abc')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashString('abc')).not.toBe(hashString('abd'));
    expect(hashString('')).not.toBe(hashString(' '));
  });
});
