import bidiFactory from 'bidi-js';
import { describe, expect, it } from 'vitest';
import {
  isPlainLeftToRight,
  paragraphDirection,
  visualWordOrder,
  visualWordOrders,
} from '../../../../shared/scene/bidi';

/** The words of `text` from left to right as `visualWordOrder` places them. */
function leftToRight(text: string, direction: 'ltr' | 'rtl'): string[] {
  const words = text.split(' ');
  return visualWordOrder(words, direction).map((index) => words[index]!);
}

describe('paragraphDirection', () => {
  it('follows the first strong letter, skipping digits and punctuation', () => {
    expect(paragraphDirection('Take it daily')).toBe('ltr');
    expect(paragraphDirection('مرحبا بالعالم')).toBe('rtl');
    expect(paragraphDirection('שלום עולם')).toBe('rtl');
    expect(paragraphDirection('10 — مرحبا')).toBe('rtl');
    expect(paragraphDirection('Aspirin مرة')).toBe('ltr');
  });

  it('is left-to-right without any strong letter (digits, emoji, Devanagari is ltr)', () => {
    expect(paragraphDirection('10 / 20 💊')).toBe('ltr');
    expect(paragraphDirection('')).toBe('ltr');
    expect(paragraphDirection('दवा दिन में')).toBe('ltr');
  });
});

describe('visualWordOrder', () => {
  it('keeps a left-to-right line in reading order', () => {
    expect(visualWordOrder(['Take', 'it', 'daily'], 'ltr')).toEqual([0, 1, 2]);
  });

  it('puts the first word of an Arabic or Hebrew line on the right', () => {
    expect(visualWordOrder(['تناول', 'الدواء', 'مرتين', 'يوميا'], 'rtl')).toEqual([3, 2, 1, 0]);
    expect(visualWordOrder(['קחו', 'את', 'התרופה'], 'rtl')).toEqual([2, 1, 0]);
  });

  it('keeps numbers and English names inside right-to-left text in their own order', () => {
    // "Take Aspirin 100 mg once daily": the Latin run reads left to right, right of nothing.
    expect(leftToRight('خذ Aspirin 100 mg مرة يوميا', 'rtl')).toEqual([
      'يوميا',
      'مرة',
      'Aspirin',
      '100',
      'mg',
      'خذ',
    ]);
    expect(leftToRight('لمدة 10 أيام', 'rtl')).toEqual(['أيام', '10', 'لمدة']);
  });

  it('reverses an Arabic run inside an English line, and nothing else', () => {
    expect(leftToRight('The word مرحبا بالعالم means hello', 'ltr')).toEqual([
      'The',
      'word',
      'بالعالم',
      'مرحبا',
      'means',
      'hello',
    ]);
  });

  it('handles one word and no words', () => {
    expect(visualWordOrder(['مرحبا'], 'rtl')).toEqual([0]);
    expect(visualWordOrder([], 'rtl')).toEqual([]);
  });
});

describe('visualWordOrders', () => {
  it('resolves a neutral at a line start from the block, not the line alone', () => {
    // "Take Aspirin — Ibuprofen once" in Arabic, broken after "Aspirin": the dash sits between
    // two Latin words, so it joins their left-to-right run instead of going to the far right.
    const lines = [
      ['خذ', 'Aspirin'],
      ['—', 'Ibuprofen', 'مرة'],
    ];
    const orders = visualWordOrders(lines, 'rtl');
    expect(orders[0]).toEqual([1, 0]);
    expect(orders[1]).toEqual([2, 0, 1]);
    // The line alone would have put the dash on the right.
    expect(visualWordOrder(lines[1]!, 'rtl')).toEqual([2, 1, 0]);
  });

  it('orders every line of a left-to-right block like visualWordOrder', () => {
    const lines = [
      ['The', 'word', 'مرحبا'],
      ['بالعالم', 'means', 'hello'],
    ];
    expect(visualWordOrders(lines, 'ltr')).toEqual([
      [0, 1, 2],
      [0, 1, 2],
    ]);
  });
});

describe('isPlainLeftToRight', () => {
  it('covers every code point the bidi algorithm treats as right-to-left, Arabic number or control', () => {
    const bidi = bidiFactory();
    const moved = new Set([
      'R',
      'AL',
      'AN',
      'LRE',
      'RLE',
      'LRO',
      'RLO',
      'PDF',
      'LRI',
      'RLI',
      'FSI',
      'PDI',
    ]);
    const missed: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (isPlainLeftToRight(char) && moved.has(bidi.getBidiCharTypeName(char))) {
        missed.push(code.toString(16));
      }
    }
    expect(missed).toEqual([]);
  });

  it('lets plain text skip the algorithm with the same word order and direction', () => {
    const samples = [
      'Knee joint cartilage (ACL), 40% of cases — see p. 12',
      '12 mg/kg · 3× daily',
      '“Quoted” – déjà vu, naïve, Ελληνικά, кириллица, हिन्दी 😀',
    ];
    for (const text of samples) {
      expect(isPlainLeftToRight(text)).toBe(true);
      const words = text.split(' ');
      const bidi = bidiFactory();
      const levels = bidi.getEmbeddingLevels(words.join(' '), 'ltr');
      expect([...levels.levels].every((level) => level === 0)).toBe(true);
      expect(visualWordOrder(words, 'ltr')).toEqual(words.map((_, index) => index));
      expect(paragraphDirection(text)).toBe('ltr');
    }
    expect(isPlainLeftToRight('دواء 5 mg')).toBe(false);
    expect(isPlainLeftToRight('a\u202Eb')).toBe(false);
  });
});
