import { describe, expect, it } from 'vitest';
import {
  activeWordIndex,
  blockDirection,
  breakLines,
  captionTokens,
  layoutLabel,
  layoutTextBlock,
  tokenize,
} from '../../../../shared/scene/caption-layout';
import { textWidthPx } from '../../../../shared/scene/text-measure';

const font = { family: 'Inter', weight: 700, sizePx: 50 };

describe('tokenize and captionTokens', () => {
  it('splits on whitespace and keeps typed line breaks', () => {
    expect(tokenize('  Take  it\nwith food ')).toEqual([
      { text: 'Take', index: 0, breakBefore: false },
      { text: 'it', index: 1, breakBefore: false },
      { text: 'with', index: 2, breakBefore: true },
      { text: 'food', index: 3, breakBefore: false },
    ]);
  });

  it('uses the timed words when they do not match the text', () => {
    const words = [
      { text: 'Ten', start: 0, end: 200 },
      { text: 'mg', start: 200, end: 400 },
    ];
    expect(captionTokens({ text: '10 mg daily', words }).map((t) => t.text)).toEqual(['Ten', 'mg']);
    expect(captionTokens({ text: 'Ten\nmg', words })[1]?.breakBefore).toBe(true);
  });
});

describe('activeWordIndex', () => {
  const words = [
    { start: 100, end: 300 },
    { start: 300, end: 500 },
    { start: 800, end: 900 },
  ];

  it('is null before the first word', () => {
    expect(activeWordIndex(words, 99)).toBeNull();
  });

  it('is the word under the time, switching exactly at a word start', () => {
    expect(activeWordIndex(words, 100)).toBe(0);
    expect(activeWordIndex(words, 299)).toBe(0);
    expect(activeWordIndex(words, 300)).toBe(1);
  });

  it('keeps the word just said through a pause and after the last word', () => {
    expect(activeWordIndex(words, 650)).toBe(1);
    expect(activeWordIndex(words, 800)).toBe(2);
    expect(activeWordIndex(words, 5000)).toBe(2);
  });
});

describe('text width and line breaking', () => {
  it('measures proportionally to the size, and wide letters wider', () => {
    const at50 = textWidthPx('Hello', font, 50);
    expect(textWidthPx('Hello', font, 100)).toBeCloseTo(at50 * 2, 10);
    expect(textWidthPx('W', font, 50)).toBeGreaterThan(textWidthPx('i', font, 50));
    // Outside the table: counted as an average lowercase letter rather than zero.
    expect(textWidthPx('→', font, 50)).toBeGreaterThan(10);
  });

  it('breaks within the max width, never splitting a word', () => {
    const tokens = tokenize('one two three four five six seven');
    const maxWidthPx = textWidthPx('one two three', font, 50) + 1;
    const lines = breakLines(tokens, font, maxWidthPx).map((line) =>
      line.map((t) => t.text).join(' '),
    );
    expect(lines[0]).toBe('one two three');
    for (const line of lines) expect(textWidthPx(line, font, 50)).toBeLessThanOrEqual(maxWidthPx);
    expect(lines.join(' ')).toBe('one two three four five six seven');
  });

  it('gives an over-long word its own line', () => {
    const lines = breakLines(tokenize('a supercalifragilistic b'), font, 100);
    expect(lines.map((line) => line.map((t) => t.text))).toEqual([
      ['a'],
      ['supercalifragilistic'],
      ['b'],
    ]);
  });
});

describe('layoutTextBlock', () => {
  const tokens = tokenize('Short\nA much longer second line');

  it('places lines by alignment inside the max width and reports the inked box', () => {
    const centred = layoutTextBlock(tokens, {
      font,
      lineHeight: 1.2,
      maxWidthPx: 900,
      align: 'center',
    });
    const [first, second] = centred.lines;
    expect(centred.lines).toHaveLength(2);
    expect(first!.xPx).toBeCloseTo((900 - first!.widthPx) / 2, 10);
    expect(centred.heightPx).toBeCloseTo(2 * 60, 10);
    expect(centred.ink.width).toBeCloseTo(second!.widthPx, 10);
    expect(centred.ink.x).toBeCloseTo(second!.xPx, 10);

    const right = layoutTextBlock(tokens, { font, lineHeight: 1, maxWidthPx: 900, align: 'right' });
    expect(right.lines[0]!.xPx + right.lines[0]!.widthPx).toBeCloseTo(900, 10);
    const left = layoutTextBlock(tokens, { font, lineHeight: 1, maxWidthPx: 900, align: 'left' });
    expect(left.lines.every((line) => line.xPx === 0)).toBe(true);
  });

  it('places each word after the previous one and a space', () => {
    const block = layoutTextBlock(tokenize('Take it daily'), {
      font,
      lineHeight: 1,
      maxWidthPx: 2000,
      align: 'left',
    });
    const [take, it_, daily] = block.lines[0]!.words;
    const space = textWidthPx(' ', font, 50);
    expect(take!.xPx).toBe(0);
    expect(it_!.xPx).toBeCloseTo(take!.widthPx + space, 10);
    expect(daily!.xPx).toBeCloseTo(it_!.xPx + it_!.widthPx + space, 10);
    expect(block.lines[0]!.text).toBe('Take it daily');
  });

  it('hugs the text for labels', () => {
    const label = layoutLabel(tokenize('Left ventricle'), font, 1.2, 640);
    expect(label.widthPx).toBeCloseTo(label.lines[0]!.widthPx, 10);
    expect(label.ink.x).toBeCloseTo(0, 10);
  });
});

describe('right-to-left lines', () => {
  const arabic = tokenize('تناول الدواء مرتين يوميا');

  it('places the first Arabic word on the right and each next word to its left', () => {
    const block = layoutTextBlock(arabic, { font, lineHeight: 1, maxWidthPx: 2000, align: 'left' });
    const line = block.lines[0]!;
    const space = textWidthPx(' ', font, 50);
    // Words stay listed in reading order, with their cue indices, so highlights find them.
    expect(line.words.map((word) => word.index)).toEqual([0, 1, 2, 3]);
    expect(line.text).toBe('تناول الدواء مرتين يوميا');
    const [first, second, third, last] = line.words;
    expect(last!.xPx).toBe(0);
    expect(third!.xPx).toBeCloseTo(last!.widthPx + space, 10);
    expect(first!.xPx).toBeGreaterThan(second!.xPx);
    expect(first!.xPx + first!.widthPx).toBeCloseTo(line.widthPx, 10);
  });

  it('keeps the line width and the inked box of the left-to-right placement', () => {
    const block = layoutTextBlock(arabic, {
      font,
      lineHeight: 1,
      maxWidthPx: 2000,
      align: 'center',
    });
    const line = block.lines[0]!;
    const sum = line.words.reduce((total, word) => total + word.widthPx, 0);
    expect(line.widthPx).toBeCloseTo(sum + 3 * textWidthPx(' ', font, 50), 10);
    expect(block.ink.width).toBeCloseTo(line.widthPx, 10);
  });

  it('breaks in reading order: the first line holds the first words', () => {
    const tokens = tokenize('تناول الدواء مرتين يوميا بعد الأكل لمدة عشرة أيام');
    const maxWidthPx = textWidthPx('تناول الدواء مرتين يوميا بعد', font, 50);
    const block = layoutTextBlock(tokens, { font, lineHeight: 1, maxWidthPx, align: 'center' });
    expect(block.lines.length).toBe(2);
    expect(block.lines[0]!.words[0]!.index).toBe(0);
    const first = block.lines[0]!.words[0]!;
    expect(first.xPx + first.widthPx).toBeCloseTo(block.lines[0]!.widthPx, 10);
  });

  it('places every line of a block in the block direction, even one starting in Latin', () => {
    const tokens = tokenize('خذ الدواء\nAspirin مرة يوميا');
    expect(blockDirection(tokens)).toBe('rtl');
    const block = layoutTextBlock(tokens, { font, lineHeight: 1, maxWidthPx: 2000, align: 'left' });
    const second = block.lines[1]!;
    const aspirin = second.words[0]!;
    // "Aspirin" is read first, so in a right-to-left paragraph it is on the right.
    expect(aspirin.xPx + aspirin.widthPx).toBeCloseTo(second.widthPx, 10);
  });
});
