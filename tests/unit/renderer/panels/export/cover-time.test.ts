import { describe, expect, it } from 'vitest';
import { parseCoverTime } from '../../../../../renderer/panels/export/cover-time';

describe('parseCoverTime', () => {
  it('leaves the choice to the engine when empty', () => {
    expect(parseCoverTime('   ', 12_000)).toEqual({ ok: true, ms: undefined });
  });

  it('reads seconds, m:ss and h:mm:ss with fractions as whole milliseconds', () => {
    expect(parseCoverTime('3', 600_000)).toEqual({ ok: true, ms: 3000 });
    expect(parseCoverTime('3.25', 600_000)).toEqual({ ok: true, ms: 3250 });
    expect(parseCoverTime('0:03.5', 600_000)).toEqual({ ok: true, ms: 3500 });
    expect(parseCoverTime('2:05', 600_000)).toEqual({ ok: true, ms: 125_000 });
    expect(parseCoverTime('1:00:01', 4_000_000)).toEqual({ ok: true, ms: 3_601_000 });
  });

  it('refuses text that is not a time, and seconds past 59 after a colon', () => {
    const garbage = parseCoverTime('three', 12_000);
    expect(garbage.ok).toBe(false);
    expect(garbage.ok ? '' : garbage.problem).toMatch(/seconds \(3\.5\)/);
    expect(parseCoverTime('0:75', 600_000).ok).toBe(false);
    expect(parseCoverTime('-1', 12_000).ok).toBe(false);
  });

  it('refuses a time at or past the end of the clip, naming its length', () => {
    const late = parseCoverTime('12', 12_000);
    expect(late).toEqual({
      ok: false,
      problem: 'The clip is 0:12 long: choose a time before its end.',
    });
    expect(parseCoverTime('11.9', 12_000)).toEqual({ ok: true, ms: 11_900 });
  });
});
