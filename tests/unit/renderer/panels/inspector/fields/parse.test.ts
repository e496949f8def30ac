import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  formatTimecode,
  nudgeNumber,
  nudgeTimecode,
  opaquePart,
  parseColor,
  parseNumber,
  parseTimecode,
  withPickedColor,
} from '../../../../../../renderer/panels/inspector/fields/parse';

describe('numbers', () => {
  it('formats without float noise or trailing zeros', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(12.5, 2)).toBe('12.5');
    expect(formatNumber(540, 0)).toBe('540');
    expect(formatNumber(-0.0001, 2)).toBe('0');
    expect(formatNumber(33.333, 1)).toBe('33.3');
  });

  it('parses numbers with an optional unit and a comma decimal', () => {
    expect(parseNumber(' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseNumber('-3.5')).toEqual({ ok: true, value: -3.5 });
    expect(parseNumber('+7')).toEqual({ ok: true, value: 7 });
    expect(parseNumber('.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseNumber('1,5')).toEqual({ ok: true, value: 1.5 });
    expect(parseNumber('64px', { unit: 'px' })).toEqual({ ok: true, value: 64 });
    expect(parseNumber('80 %', { unit: '%' })).toEqual({ ok: true, value: 80 });
  });

  it('refuses what is not a number, out of range or not whole, saying why', () => {
    expect(parseNumber('')).toEqual({ ok: false, message: 'Enter a number.' });
    expect(parseNumber('abc')).toEqual({ ok: false, message: '“abc” is not a number.' });
    expect(parseNumber('1e3')).toMatchObject({ ok: false });
    expect(parseNumber('1,000')).toMatchObject({ ok: true, value: 1 });
    expect(parseNumber('5', { min: 8, unit: 'px' })).toEqual({
      ok: false,
      message: 'Must be at least 8 px.',
    });
    expect(parseNumber('120', { max: 100, unit: '%' })).toEqual({
      ok: false,
      message: 'Must be at most 100%.',
    });
    expect(parseNumber('2.5', { integer: true })).toEqual({
      ok: false,
      message: 'Enter a whole number.',
    });
  });

  it('nudges by the step, ×10 with Shift, ×0.1 with Alt, inside the bounds', () => {
    expect(nudgeNumber(10, 1, 1, {})).toBe(11);
    expect(nudgeNumber(10, -1, 1, { shiftKey: true })).toBe(0);
    expect(nudgeNumber(0.3, 1, 1, { altKey: true })).toBe(0.4);
    expect(nudgeNumber(0.1, 1, 0.1, {})).toBe(0.2);
    expect(nudgeNumber(95, 1, 1, { shiftKey: true }, { max: 100 })).toBe(100);
    expect(nudgeNumber(3, -1, 1, { shiftKey: true }, { min: 0 })).toBe(0);
    expect(nudgeNumber(540.4, 1, 1, {}, { integer: true })).toBe(541);
  });
});

describe('colours', () => {
  it('accepts #rgb, #rrggbb and #rrggbbaa, with or without #, as lower case', () => {
    expect(parseColor('#FFF')).toEqual({ ok: true, value: '#ffffff' });
    expect(parseColor('0f766e')).toEqual({ ok: true, value: '#0f766e' });
    expect(parseColor(' #00000099 ')).toEqual({ ok: true, value: '#00000099' });
  });

  it('refuses other text', () => {
    for (const text of ['', 'red', '#12345', '#gggggg', 'rgb(0,0,0)']) {
      expect(parseColor(text)).toEqual({
        ok: false,
        message: 'Colours are #rgb, #rrggbb or #rrggbbaa.',
      });
    }
  });

  it('keeps the alpha of a colour when the picker (which has none) changes it', () => {
    expect(opaquePart('#0F172Acc')).toBe('#0f172a');
    expect(withPickedColor('#0f172acc', '#ff0000')).toBe('#ff0000cc');
    expect(withPickedColor('#0f172a', '#FF0000')).toBe('#ff0000');
  });
});

describe('timecodes', () => {
  it('shows times on the frame grid like the transport', () => {
    expect(formatTimecode(0, 30)).toBe('00:00.00');
    expect(formatTimecode(2500, 30)).toBe('00:02.15');
    expect(formatTimecode(61_000, 25)).toBe('01:01.00');
  });

  it('reads timecodes, seconds and milliseconds', () => {
    expect(parseTimecode('00:02.15', { fps: 30 })).toEqual({ ok: true, value: 2500 });
    expect(parseTimecode('2.15', { fps: 30 })).toEqual({ ok: true, value: 2500 });
    expect(parseTimecode('1:00', { fps: 30 })).toEqual({ ok: true, value: 60_000 });
    expect(parseTimecode('1.5s', { fps: 30 })).toEqual({ ok: true, value: 1500 });
    expect(parseTimecode('1234 ms', { fps: 30 })).toEqual({ ok: true, value: 1234 });
  });

  it('refuses malformed times and times out of range, naming the limit', () => {
    expect(parseTimecode('soon', { fps: 30 })).toEqual({
      ok: false,
      message: 'Enter a time like 00:02.15 (minutes:seconds.frame at 30 fps).',
    });
    expect(parseTimecode('00:01.30', { fps: 30 })).toMatchObject({ ok: false });
    expect(parseTimecode('00:01.00', { fps: 30, min: 2000 })).toEqual({
      ok: false,
      message: 'Must be 00:02.00 or later.',
    });
    expect(parseTimecode('00:09.00', { fps: 30, max: 8000 })).toEqual({
      ok: false,
      message: 'Must be 00:08.00 or earlier.',
    });
  });

  it('nudges by one frame, ten with Shift, inside the bounds', () => {
    expect(nudgeTimecode(1000, 1, {}, { fps: 30 })).toBe(1033);
    expect(nudgeTimecode(1000, -1, {}, { fps: 30 })).toBe(966);
    expect(nudgeTimecode(1000, 1, { shiftKey: true }, { fps: 25 })).toBe(1400);
    expect(nudgeTimecode(0, -1, {}, { fps: 30 })).toBe(0);
    expect(nudgeTimecode(1980, 1, { shiftKey: true }, { fps: 30, max: 2000 })).toBe(2000);
  });
});
