import { describe, expect, it } from 'vitest';
import {
  captionCueSchema,
  captionStyleSchema,
  defaultCaptionStyles,
} from '../../../../shared/model/captions';

const cue = {
  id: 'cue_1',
  start: 1000,
  end: 3000,
  text: 'Wash your hands',
  styleId: 'style-clean',
  citationIds: [],
};

describe('captionCueSchema', () => {
  it('accepts a cue with word timings relative to its start', () => {
    const words = [
      { text: 'Wash', start: 0, end: 400 },
      { text: 'your', start: 400, end: 700 },
      { text: 'hands', start: 800, end: 2000 },
    ];
    expect(captionCueSchema.parse({ ...cue, words }).words).toEqual(words);
  });

  it('needs the end after the start', () => {
    expect(captionCueSchema.safeParse({ ...cue, end: 1000 }).error?.issues[0]?.path).toEqual([
      'end',
    ]);
  });

  it('refuses words past the cue, overlapping words and empty words', () => {
    const past = captionCueSchema.safeParse({
      ...cue,
      words: [{ text: 'x', start: 0, end: 2001 }],
    });
    expect(past.error?.issues[0]?.path).toEqual(['words', 0, 'end']);
    const overlapping = captionCueSchema.safeParse({
      ...cue,
      words: [
        { text: 'a', start: 0, end: 500 },
        { text: 'b', start: 499, end: 900 },
      ],
    });
    expect(overlapping.error?.issues[0]?.path).toEqual(['words', 1, 'start']);
    expect(
      captionCueSchema.safeParse({ ...cue, words: [{ text: 'a', start: 5, end: 5 }] }).success,
    ).toBe(false);
  });

  it('refuses blank text and repeated citation ids', () => {
    expect(captionCueSchema.safeParse({ ...cue, text: '   ' }).success).toBe(false);
    expect(captionCueSchema.safeParse({ ...cue, citationIds: ['c', 'c'] }).success).toBe(false);
  });

  it('accepts position overrides within the frame only', () => {
    expect(
      captionCueSchema.safeParse({ ...cue, overrides: { position: { x: 0.5, y: 0.3 } } }).success,
    ).toBe(true);
    expect(
      captionCueSchema.safeParse({ ...cue, overrides: { position: { x: 0.5, y: 1.3 } } }).success,
    ).toBe(false);
  });
});

describe('default caption styles', () => {
  it('are valid, distinct and cover block and word highlight modes', () => {
    const styles = defaultCaptionStyles();
    for (const style of styles) expect(captionStyleSchema.parse(style)).toEqual(style);
    expect(new Set(styles.map((style) => style.id)).size).toBe(styles.length);
    expect(styles.map((style) => style.mode)).toEqual(
      expect.arrayContaining(['block', 'wordHighlight']),
    );
  });

  it('are fresh objects each time (no shared state between documents)', () => {
    const first = defaultCaptionStyles();
    const second = defaultCaptionStyles();
    expect(first).toEqual(second);
    expect(first[0]?.outline).not.toBe(second[0]?.outline);
  });

  it('refuses odd font weights', () => {
    const [style] = defaultCaptionStyles();
    expect(captionStyleSchema.safeParse({ ...style, fontWeight: 650 }).success).toBe(false);
  });
});
