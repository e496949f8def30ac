import { describe, expect, it } from 'vitest';
import { overlayConcatScript } from '../../../../../../main/engine/render/plan/overlay-list';

describe('overlayConcatScript', () => {
  it('lists each picture with its duration and repeats the last one', () => {
    expect(
      overlayConcatScript(
        [
          { file: '/tmp/o/overlay-empty.png', startMs: 0, durationMs: 1000 },
          { file: "/tmp/o/it's.png", startMs: 1000, durationMs: 2500 },
        ],
        30,
      ),
    ).toBe(
      [
        'ffconcat version 1.0',
        "file '/tmp/o/overlay-empty.png'",
        'option framerate 30',
        'duration 1',
        "file '/tmp/o/it'\\''s.png'",
        'option framerate 30',
        'duration 2.5',
        "file '/tmp/o/it'\\''s.png'",
        'option framerate 30',
        '',
      ].join('\n'),
    );
  });

  it('refuses gaps and empty lists', () => {
    expect(() => overlayConcatScript([], 30)).toThrow(RangeError);
    expect(() =>
      overlayConcatScript([{ file: '/a.png', startMs: 0, durationMs: 100 }], 29.97),
    ).toThrow(/whole number/);
    expect(() =>
      overlayConcatScript(
        [
          { file: '/a.png', startMs: 0, durationMs: 100 },
          { file: '/b.png', startMs: 150, durationMs: 100 },
        ],
        30,
      ),
    ).toThrow(/without gaps/);
  });
});
