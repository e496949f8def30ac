import { describe, expect, it } from 'vitest';
import { graphemeCount, visibleCharacterCount } from '../../../../shared/captions/text-count';

describe('graphemeCount', () => {
  it('counts what a reader sees, not UTF-16 units', () => {
    expect(graphemeCount('Take it')).toBe(7);
    // A family (7 code points, 11 units), a thumb with a skin tone, a flag.
    expect('👨‍👩‍👧‍👦'.length).toBe(11);
    expect(graphemeCount('👨‍👩‍👧‍👦')).toBe(1);
    expect(graphemeCount('👍🏽🇬🇧')).toBe(2);
  });

  it('counts a letter with combining marks as one', () => {
    expect('Cafe\u0301'.length).toBe(5);
    expect(graphemeCount('Cafe\u0301')).toBe(4);
    expect(graphemeCount('a\u0308\u0301')).toBe(1);
    // Arabic with a vowel mark, right to left: 3 letters, the mark joins its letter.
    expect(graphemeCount('قَلب')).toBe(3);
  });
});

describe('visibleCharacterCount', () => {
  it('counts spaces and punctuation but not line breaks', () => {
    expect(visibleCharacterCount('Take it\nwith food')).toBe(16);
    expect(visibleCharacterCount('Take it with food')).toBe(17);
    expect(visibleCharacterCount('Take it\r\nwith food')).toBe(16);
  });

  it('collapses runs of white space and trims each line', () => {
    expect(visibleCharacterCount('  Take   it \n\n  with\tfood  ')).toBe(16);
  });

  it('counts emoji and combining marks as one each', () => {
    expect(visibleCharacterCount('Heart ❤️ 👨‍👩‍👧‍👦')).toBe(9);
    expect(visibleCharacterCount('Cafe\u0301 au lait')).toBe(12);
  });
});
