import { describe, expect, it } from 'vitest';
import {
  formatSrtTime,
  formatVttTime,
  parseSrtTime,
  parseTimingLine,
  parseVttTime,
} from '../../../../shared/captions';

describe('subtitle timestamps', () => {
  it('reads SRT times with or without hours and milliseconds', () => {
    expect(parseSrtTime('01:02:03,456')).toBe(3_723_456);
    expect(parseSrtTime('02:03,456')).toBe(123_456);
    expect(parseSrtTime('00:00:02')).toBe(2000);
    expect(parseSrtTime('00:00:013,567')).toBe(13_567);
    expect(parseSrtTime('01:02:03.456')).toBe(3_723_456);
    expect(parseSrtTime('100:00:00,000')).toBe(360_000_000);
  });

  it('refuses signs, wrong millisecond lengths, bare seconds and out-of-range groups', () => {
    for (const bad of [
      '-0:00:04,567',
      '00:00:03,4560',
      '02:00:08,90',
      '12,000',
      '00:61:00,000',
      'a:00:00,000',
      '',
      '00:00:00;000',
    ]) {
      expect(parseSrtTime(bad), bad).toBeNull();
    }
  });

  it('reads WebVTT times, bare seconds and missing milliseconds included (as ExoPlayer does)', () => {
    expect(parseVttTime('00:01.234')).toBe(1234);
    expect(parseVttTime('266:18:35.679')).toBe(958_715_679);
    expect(parseVttTime('00:00')).toBe(0);
    expect(parseVttTime('02.345')).toBe(2345);
    for (const bad of ['0.0.0', '00:08.7890', '00:10.78', '00:01,234', 'not-a-timestamp']) {
      expect(parseVttTime(bad), bad).toBeNull();
    }
  });

  it('writes zero-padded times, hours past 99 when needed', () => {
    expect(formatSrtTime(0)).toBe('00:00:00,000');
    expect(formatSrtTime(7_204_567)).toBe('02:00:04,567');
    expect(formatVttTime(958_715_679)).toBe('266:18:35.679');
    expect(() => formatSrtTime(-1)).toThrow(RangeError);
    expect(() => formatVttTime(1.5)).toThrow(RangeError);
  });

  it('reads timing lines and names the bad part', () => {
    expect(parseTimingLine('00:00:01,000 --> 00:00:02,500 X1:10', parseSrtTime)).toEqual({
      ok: true,
      start: 1000,
      end: 2500,
      settings: 'X1:10',
    });
    expect(parseTimingLine('00:01.000-->00:02.000', parseVttTime)).toMatchObject({
      ok: true,
      end: 2000,
    });
    expect(parseTimingLine('   --> 00:00:02,000', parseSrtTime)).toEqual({
      ok: false,
      reason: 'the start time is missing',
    });
    expect(parseTimingLine('00:00:01,000 -->', parseSrtTime)).toEqual({
      ok: false,
      reason: 'the end time is missing',
    });
    expect(parseTimingLine('00:00:01,000 --> 1:2:3:4', parseSrtTime, 'HH:MM:SS,mmm')).toEqual({
      ok: false,
      reason: 'bad end time "1:2:3:4" (expected HH:MM:SS,mmm)',
    });
  });
});
