import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMOJI_ADVANCE, FALLBACK_METRICS } from '../../../../shared/scene/font-metrics';
import {
  estimatedTextWidthPx,
  fallbackFamilyOf,
  isEmojiCluster,
  setShapedTextMeasurer,
  textWidthPx,
} from '../../../../shared/scene/text-measure';

const face = { family: 'Inter', weight: 700 };

afterEach(() => setShapedTextMeasurer(null));

describe('emoji and script detection', () => {
  it('treats pictographs, flags, keycaps and ZWJ sequences as one emoji each', () => {
    for (const cluster of ['💊', '❤️', '👩‍⚕️', '🇬🇧', '👍🏽', '1️⃣']) {
      expect(isEmojiCluster(cluster), cluster).toBe(true);
    }
  });

  it('leaves letters, digits and the symbols the scene face has to that face', () => {
    for (const cluster of ['a', '1', '©', '®', 'م', 'क']) {
      expect(isEmojiCluster(cluster), cluster).toBe(false);
    }
  });

  it('finds the fallback family of a letter by its range', () => {
    expect(fallbackFamilyOf('م'.codePointAt(0)!)?.family).toBe('Noto Sans Arabic');
    expect(fallbackFamilyOf('ש'.codePointAt(0)!)?.family).toBe('Noto Sans Hebrew');
    expect(fallbackFamilyOf('क'.codePointAt(0)!)?.family).toBe('Noto Sans Devanagari');
    expect(fallbackFamilyOf('a'.codePointAt(0)!)).toBeUndefined();
  });
});

describe('estimated widths', () => {
  it('counts one emoji advance per emoji, whatever its code points', () => {
    const one = (EMOJI_ADVANCE * 50) / 1000;
    expect(estimatedTextWidthPx('💊', face, 50)).toBeCloseTo(one, 10);
    expect(estimatedTextWidthPx('👩‍⚕️', face, 50)).toBeCloseTo(one, 10);
    expect(estimatedTextWidthPx('🇬🇧🇬🇧', face, 50)).toBeCloseTo(2 * one, 10);
  });

  it('measures Arabic with the weight-matched fallback face, scaled for joining', () => {
    const metrics = FALLBACK_METRICS['Noto Sans Arabic@700']!;
    expect(metrics.shapedScale).toBeGreaterThan(0.5);
    expect(metrics.shapedScale).toBeLessThan(1);
    const word = estimatedTextWidthPx('مرحبا', face, 50);
    expect(word).toBeGreaterThan(50);
    expect(estimatedTextWidthPx('مرحبا', { family: 'Inter', weight: 400 }, 50)).toBeLessThan(word);
  });

  it('gives combining marks (almost) nothing: a vowelled word is about as wide', () => {
    const bare = estimatedTextWidthPx('محمد', face, 50);
    expect(estimatedTextWidthPx('مُحَمَّد', face, 50)).toBeLessThan(bare * 1.1);
  });

  it('measures Latin text from the table, as before the fallbacks', () => {
    expect(textWidthPx('Take it daily', face, 50)).toBe(
      estimatedTextWidthPx('Take it daily', face, 50),
    );
  });

  it('rejects a face without metrics', () => {
    expect(() => estimatedTextWidthPx('مرحبا', { family: 'Nope', weight: 400 }, 50)).toThrow(
      /no font metrics for Nope@400/,
    );
  });
});

describe('the host shaping measurer', () => {
  it('measures text with fallback letters or emoji, not Latin text, and caches it', () => {
    const measure = vi.fn((text: string, _face: unknown, size: number) => text.length * size);
    setShapedTextMeasurer(measure);
    expect(textWidthPx('مرحبا', face, 10)).toBe(50);
    expect(textWidthPx('مرحبا', face, 10)).toBe(50);
    expect(textWidthPx('Take 💊', face, 10)).toBe(70);
    expect(measure).toHaveBeenCalledTimes(2);
    expect(textWidthPx('Take', face, 10)).toBe(estimatedTextWidthPx('Take', face, 10));
    expect(measure).toHaveBeenCalledTimes(2);
  });

  it('forgets cached widths when replaced', () => {
    setShapedTextMeasurer(() => 1);
    expect(textWidthPx('שלום', face, 10)).toBe(1);
    setShapedTextMeasurer(() => 2);
    expect(textWidthPx('שלום', face, 10)).toBe(2);
    setShapedTextMeasurer(null);
    expect(textWidthPx('שלום', face, 10)).toBe(estimatedTextWidthPx('שלום', face, 10));
  });
});
