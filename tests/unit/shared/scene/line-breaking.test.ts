import { describe, expect, it } from 'vitest';
import {
  breakLines,
  layoutLabel,
  layoutTextBlock,
  tokenize,
} from '../../../../shared/scene/caption-layout';
import type { LayoutToken } from '../../../../shared/scene/caption-layout';
import { ENGLISH_LINE_BREAK_RULES } from '../../../../shared/scene/line-break-rules';
import type { LineBreakRules } from '../../../../shared/scene/line-break-rules';
import { breakCost } from '../../../../shared/scene/line-breaking';
import { textWidthPx } from '../../../../shared/scene/text-measure';

const font = { family: 'TikTok Sans', weight: 700, sizePx: 64 };
const rules = ENGLISH_LINE_BREAK_RULES;

function lines(text: string, maxWidthPx: number, withRules: LineBreakRules = rules): string[] {
  return breakLines(tokenize(text), font, maxWidthPx, withRules).map((line) =>
    line.map((token) => token.text).join(' '),
  );
}

/** The old greedy filling, as the reference for the fewest lines. */
function greedy(tokens: readonly LayoutToken[], maxWidthPx: number): string[] {
  const result: string[] = [];
  let current = '';
  for (const token of tokens) {
    const grown = current === '' ? token.text : `${current} ${token.text}`;
    if (current !== '' && textWidthPx(grown, font, font.sizePx) > maxWidthPx) {
      result.push(current);
      current = token.text;
    } else current = grown;
  }
  if (current !== '') result.push(current);
  return result;
}

const width = (line: string) => textWidthPx(line, font, font.sizePx);

const NO_PREFERENCES: LineBreakRules = {
  ...rules,
  breakBeforeWords: [],
  keepWithNextWords: [],
  weights: { afterClauseEnding: 0, beforeBreakWord: 0, keepWithNext: 0 },
};

describe('breakCost (the English rules as data)', () => {
  const words = (text: string) => text.split(' ');

  it('rewards a break after a clause ending, through closing quotes', () => {
    expect(breakCost(words('with food, plenty'), 2, rules)).toBe(-8);
    expect(breakCost(words('she said." Then'), 2, rules)).toBe(-8);
    expect(breakCost(words('wait… now'), 1, rules)).toBe(-8);
  });

  it('rewards a break before a conjunction or preposition, through opening brackets', () => {
    expect(breakCost(words('a day with food'), 2, rules)).toBe(-4);
    expect(breakCost(words('tablets (with food)'), 1, rules)).toBe(-4);
    expect(breakCost(words('food, and water'), 1, rules)).toBe(-12);
    expect(breakCost(words('food And water'), 1, rules)).toBe(-4);
  });

  it('penalises leaving an article or preposition at the end of a line', () => {
    expect(breakCost(words('see the doctor'), 2, rules)).toBe(6);
    expect(breakCost(words('ask about side effects'), 2, rules)).toBe(6);
    // A preposition before a preposition: the penalty and the bonus meet.
    expect(breakCost(words('out of'), 1, rules)).toBe(2);
    expect(breakCost(words('plain words here'), 1, rules)).toBe(0);
  });

  it('is zero at the paragraph edges', () => {
    expect(breakCost(['only'], 0, rules)).toBe(0);
    expect(breakCost(['only'], 1, rules)).toBe(0);
  });
});

describe('balanced line breaking', () => {
  const sentence = 'Take this medicine twice a day with food, and drink plenty of water';

  it('keeps a line that fits on one line', () => {
    expect(lines('Short line', 860)).toEqual(['Short line']);
  });

  it('balances two lines where greedy filling leaves a short second line', () => {
    const maxWidthPx = 1700;
    const filled = greedy(tokenize(sentence), maxWidthPx);
    expect(filled).toEqual([
      'Take this medicine twice a day with food, and drink',
      'plenty of water',
    ]);
    const plain = lines(sentence, maxWidthPx, NO_PREFERENCES);
    expect(plain).toEqual([
      'Take this medicine twice a day with',
      'food, and drink plenty of water',
    ]);
    const spread = (l: string[]) => Math.abs(width(l[0]!) - width(l[1]!));
    expect(spread(plain)).toBeLessThan(spread(filled) / 3);
  });

  it('prefers a break before a conjunction or preposition over a slightly better balance', () => {
    const onlyBreakWords = {
      ...NO_PREFERENCES,
      breakBeforeWords: rules.breakBeforeWords,
      weights: { ...NO_PREFERENCES.weights, beforeBreakWord: 4 },
    };
    expect(lines(sentence, 1700, onlyBreakWords)).toEqual([
      'Take this medicine twice a day',
      'with food, and drink plenty of water',
    ]);
    const nurse = 'Your nurse will check the wound and change the dressing';
    expect(lines(nurse, 1100, NO_PREFERENCES)).toEqual([
      'Your nurse will check the',
      'wound and change the dressing',
    ]);
    expect(lines(nurse, 1100)).toEqual([
      'Your nurse will check the wound',
      'and change the dressing',
    ]);
  });

  it('avoids ending a line with an article or possessive', () => {
    const text = 'Drink water often because it helps your kidneys work well';
    expect(lines(text, 900, NO_PREFERENCES)).toEqual([
      'Drink water often',
      'because it helps your',
      'kidneys work well',
    ]);
    const onlyKeep = {
      ...NO_PREFERENCES,
      keepWithNextWords: rules.keepWithNextWords,
      weights: { ...NO_PREFERENCES.weights, keepWithNext: 6 },
    };
    expect(lines(text, 900, onlyKeep)).toEqual([
      'Drink water often',
      'because it helps',
      'your kidneys work well',
    ]);
    expect(lines(text, 900)).toEqual([
      'Drink water often',
      'because it helps',
      'your kidneys work well',
    ]);
  });

  it('prefers a break after punctuation over a slightly better balance', () => {
    const text = 'If the pain gets worse, call your doctor straight away';
    expect(lines(text, 1300, NO_PREFERENCES)).toEqual([
      'If the pain gets worse, call',
      'your doctor straight away',
    ]);
    expect(lines(text, 1300)).toEqual([
      'If the pain gets worse,',
      'call your doctor straight away',
    ]);
  });

  it('uses the fewest lines greedy filling needs, every line within the width', () => {
    const texts = [
      sentence,
      'High blood pressure often has no symptoms so check it regularly at your pharmacy',
      'Wash your hands before you eat and after you use the toilet, every single time',
      'The heart pumps about five litres of blood every minute through the body',
    ];
    for (const text of texts) {
      for (const maxWidthPx of [500, 700, 860, 1100, 1600]) {
        const broken = lines(text, maxWidthPx);
        expect(broken).toHaveLength(greedy(tokenize(text), maxWidthPx).length);
        expect(broken.join(' ')).toBe(text);
        for (const line of broken) expect(width(line)).toBeLessThanOrEqual(maxWidthPx);
      }
    }
  });

  it('keeps typed line breaks and balances each part on its own', () => {
    const text = 'Note:\nTake this medicine twice a day with food, and drink plenty of water';
    expect(lines(text, 1300)).toEqual([
      'Note:',
      'Take this medicine twice a day',
      'with food, and drink plenty of water',
    ]);
  });

  it('gives an over-long word its own line', () => {
    expect(lines('a supercalifragilistic b', 200)).toEqual(['a', 'supercalifragilistic', 'b']);
  });

  it('draws a label hugging the same balanced lines', () => {
    const tokens = tokenize(sentence);
    const block = layoutTextBlock(tokens, {
      font,
      lineHeight: 1.2,
      maxWidthPx: 1300,
      align: 'center',
    });
    const label = layoutLabel(tokens, font, 1.2, 1300);
    expect(label.lines.map((line) => line.text)).toEqual(block.lines.map((line) => line.text));
  });
});
