import { describe, expect, it } from 'vitest';
import { parseTypedTime, TYPED_TIME_HINT } from '../../../../renderer/canvas/typed-time';

const ms = (text: string, fps = 30) => {
  const parsed = parseTypedTime(text, fps);
  return parsed.ok ? parsed.ms : parsed.reason;
};

describe('parseTypedTime', () => {
  it('reads SMPTE hh:mm:ss:ff onto the start of the frame', () => {
    expect(ms('00:00:05:12')).toBe(5400);
    expect(ms('00:01:00:00')).toBe(60_000);
    expect(ms('01:00:00;01', 25)).toBe(3_600_040);
    expect(ms('00:00:02')).toBe(2000);
    expect(ms('00:00:02.15')).toBe(2500);
  });

  it('reads what the field shows and its short forms', () => {
    expect(ms('00:03.15')).toBe(3500);
    expect(ms('01:02')).toBe(62_000);
    expect(ms('5.12')).toBe(5400);
    expect(ms(' 7 ')).toBe(7000);
  });

  it('reads seconds and milliseconds with a unit, snapped to the frame they fall in', () => {
    expect(ms('5.5s')).toBe(5500);
    expect(ms('2S')).toBe(2000);
    expect(ms('1234ms')).toBe(1233);
    expect(ms('0.01s', 25)).toBe(0);
  });

  it('refuses what is not a time, saying why and what to type', () => {
    expect(ms('')).toBe(`The time is empty. ${TYPED_TIME_HINT}`);
    expect(ms('abc')).toBe(`“abc” is not a time. ${TYPED_TIME_HINT}`);
    expect(ms('00:00:99:00')).toContain('Seconds go up to 59, not 99.');
    expect(ms('00:75:00:00')).toContain('Minutes go up to 59, not 75.');
    expect(ms('00:00:01:30')).toContain('At 30 fps the frames go up to 29, not 30.');
    expect(ms('1.40', 25)).toContain('At 25 fps the frames go up to 24, not 40.');
    expect(ms('01:75')).toContain('Seconds go up to 59 after the minutes.');
    expect(ms('-3s')).toContain('is not a time');
  });
});
