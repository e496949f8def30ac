import { describe, expect, it } from 'vitest';
import { distributeWordTimings } from '../../../../shared/scene/word-timing';

describe('distributeWordTimings', () => {
  it('shares the span by word length in characters, back to back', () => {
    // 2 + 4 + 6 = 12 characters over 1200 ms: 100 ms a character.
    expect(distributeWordTimings(['to', 'four', 'sixsix'], 1200)).toEqual([
      { text: 'to', start: 0, end: 200 },
      { text: 'four', start: 200, end: 600 },
      { text: 'sixsix', start: 600, end: 1200 },
    ]);
  });

  it('rounds to whole milliseconds and ends exactly at the span', () => {
    const words = distributeWordTimings(['a', 'bb', 'ccc'], 1000);
    expect(words.map((word) => [word.start, word.end])).toEqual([
      [0, 167],
      [167, 500],
      [500, 1000],
    ]);
    for (const word of words) expect(Number.isInteger(word.end)).toBe(true);
  });

  it('counts characters, not UTF-16 units (emoji, accents)', () => {
    const words = distributeWordTimings(['🫀🫀', 'ab'], 400);
    expect(words[0]).toEqual({ text: '🫀🫀', start: 0, end: 200 });
  });

  it('gives every word at least a millisecond in a tight span', () => {
    const words = distributeWordTimings(['a', 'averyveryverylongword', 'b'], 3);
    expect(words.map((word) => [word.start, word.end])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });

  it('returns nothing when the span is shorter than a millisecond per word', () => {
    expect(distributeWordTimings(['a', 'b', 'c'], 2)).toEqual([]);
    expect(distributeWordTimings([], 1000)).toEqual([]);
  });
});
