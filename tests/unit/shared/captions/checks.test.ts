import { describe, expect, it } from 'vitest';
import { checkCaptions, minGapMs } from '../../../../shared/captions/checks';
import type { CaptionProblem } from '../../../../shared/captions/checks';
import type { CaptionCue, CaptionRules, CaptionStyle } from '../../../../shared/model/captions';
import { createDocument } from '../../../../shared/model/document';
import type { ProjectDocument } from '../../../../shared/model/document';
import type { Fps } from '../../../../shared/model/format';
import { sceneCaption } from '../../../../shared/scene/scene-captions';

/** Small text, well inside the frame: only the rule under test fires. */
const STYLE: CaptionStyle = {
  id: 'style-test',
  name: 'Test',
  fontFamily: 'Inter',
  fontWeight: 400,
  fontSizePx: 24,
  fill: '#FFFFFF',
  outline: { color: '#000000', widthPx: 4 },
  lineHeight: 1.2,
  maxWidthPx: 800,
  align: 'center',
  position: { x: 0.46, y: 0.7 },
  highlight: '#FFD60A',
  mode: 'block',
};

function cue(id: string, start: number, end: number, text = 'Hello there'): CaptionCue {
  return { id, start, end, text, styleId: STYLE.id, citationIds: [] };
}

function docWith(
  cues: CaptionCue[],
  style: Partial<CaptionStyle> = {},
  options: { rules?: CaptionRules; fps?: Fps } = {},
): ProjectDocument {
  const doc = createDocument({ id: 'prj_checks', name: 'Checks', fps: options.fps ?? 30 });
  return {
    ...doc,
    captionStyles: [{ ...STYLE, ...style }],
    tracks: { ...doc.tracks, captions: cues },
    ...(options.rules ? { captionRules: options.rules } : {}),
  };
}

function only(problems: CaptionProblem[], type: CaptionProblem['type']): CaptionProblem[] {
  return problems.filter((problem) => problem.type === type);
}

const pick = ({ type, cueId, timeMs, measured, limit }: CaptionProblem) => ({
  type,
  cueId,
  timeMs,
  measured,
  limit,
});

describe('checkCaptions: a clean project', () => {
  it('reports nothing for well-timed short cues, with the default styles too', () => {
    expect(checkCaptions(docWith([cue('a', 0, 2000), cue('b', 2066, 4000)]))).toEqual([]);
    const fresh = createDocument({ id: 'prj_fresh', name: 'Fresh' });
    const defaults = {
      ...fresh,
      tracks: {
        ...fresh.tracks,
        captions: fresh.captionStyles.map((style, index) => ({
          ...cue(`c${index}`, index * 3000, index * 3000 + 2500, 'Check your blood pressure'),
          styleId: style.id,
        })),
      },
    };
    expect(checkCaptions(defaults)).toEqual([]);
  });
});

describe('line checks, on the lines the scene draws', () => {
  const forty2 = 'abcdefghij abcdefghij abcdefghij abcdefghi';

  it('accepts exactly 42 characters on a line and flags 43', () => {
    expect(forty2).toHaveLength(42);
    expect(checkCaptions(docWith([cue('a', 0, 3000, forty2)]))).toEqual([]);
    const problems = checkCaptions(docWith([cue('a', 0, 3000, `${forty2}j`)]));
    expect(problems.map(pick)).toEqual([
      { type: 'lineTooLong', cueId: 'a', timeMs: 0, measured: 43, limit: 42 },
    ]);
    expect(problems[0]!.message).toBe(`line 1 has 43 characters; at most 42: "${forty2}j"`);
  });

  it('counts an emoji and a letter with a combining accent as one character each', () => {
    const family = '👨‍👩‍👧‍👦';
    const withEmoji = `abcdefghij abcdefghij abcdefghij abcdefgh${family}`;
    expect(checkCaptions(docWith([cue('a', 0, 3000, withEmoji)]))).toEqual([]);
    const accented = `abcdefghij abcdefghij abcdefghij abcdefghie\u0301`;
    expect(accented.length).toBe(44);
    expect(
      only(checkCaptions(docWith([cue('a', 0, 3000, accented)])), 'lineTooLong')[0]?.measured,
    ).toBe(43);
  });

  it('measures each line after automatic breaking, so a long cue on two lines passes', () => {
    const text = 'Take this medicine twice a day with food, and drink plenty of water';
    const doc = docWith([cue('a', 0, 5000, text)], { maxWidthPx: 520 });
    const drawn = sceneCaption(doc, doc.tracks.captions[0]!, 0)!;
    expect(drawn.text.lines.map((line) => line.text)).toEqual([
      'Take this medicine twice a day',
      'with food, and drink plenty of water',
    ]);
    expect(checkCaptions(doc)).toEqual([]);
  });

  it('flags three lines (typed or from a narrow width) with the count', () => {
    const typed = checkCaptions(docWith([cue('a', 0, 2000, 'one\ntwo\nthree')]));
    expect(typed.map(pick)).toEqual([
      { type: 'tooManyLines', cueId: 'a', timeMs: 0, measured: 3, limit: 2 },
    ]);
    const text = 'Take this medicine twice a day with food, and drink plenty of water';
    const narrow = docWith([cue('a', 0, 5000, text)], { maxWidthPx: 300 });
    const lines = sceneCaption(narrow, narrow.tracks.captions[0]!, 0)!.text.lines.length;
    expect(lines).toBe(3);
    expect(only(checkCaptions(narrow), 'tooManyLines').map(pick)).toEqual([
      { type: 'tooManyLines', cueId: 'a', timeMs: 0, measured: 3, limit: 2 },
    ]);
  });

  it('checks each word on its own in single-word mode', () => {
    const text = 'one\ntwo\nthree';
    const words = [
      { text: 'one', start: 0, end: 500 },
      { text: 'two', start: 500, end: 1000 },
      { text: 'three', start: 1000, end: 1500 },
    ];
    const doc = docWith([{ ...cue('a', 0, 2000, text), words }], { mode: 'singleWord' });
    expect(checkCaptions(doc)).toEqual([]);
  });
});

describe('reading speed', () => {
  it('accepts 17 characters per second and flags 18 at the default limit', () => {
    expect(checkCaptions(docWith([cue('a', 0, 1000, 'abcdefgh abcdefgh')]))).toEqual([]);
    const problems = checkCaptions(docWith([cue('a', 0, 1000, 'abcdefgh abcdefghi')]));
    expect(problems.map(pick)).toEqual([
      { type: 'readingSpeed', cueId: 'a', timeMs: 0, measured: 18, limit: 17 },
    ]);
    expect(problems[0]!.message).toBe(
      '18 characters in 1000 ms is 18 characters per second; at most 17',
    );
  });

  it('compares exactly and reports to two decimals', () => {
    // 35 characters in 2058 ms is 17.007 per second: over, reported as 17.01.
    const text = 'abcdefghij abcdefghij abcdefghij ab';
    expect(text).toHaveLength(35);
    expect(
      only(checkCaptions(docWith([cue('a', 0, 2058, text)])), 'readingSpeed')[0]?.measured,
    ).toBe(17.01);
    expect(checkCaptions(docWith([cue('a', 0, 2059, text)]))).toEqual([]);
    const twenty = only(
      checkCaptions(docWith([cue('a', 0, 1100, 'abcdefghij abcdefgh')])),
      'readingSpeed',
    );
    expect(twenty[0]?.measured).toBe(17.27);
  });

  it("uses the project's own limit", () => {
    const rules: CaptionRules = { maxCharsPerSecond: 12, platform: 'tiktok' };
    expect(checkCaptions(docWith([cue('a', 0, 1000, 'abcdef abcde')], {}, { rules }))).toEqual([]);
    const problems = checkCaptions(docWith([cue('a', 0, 1000, 'abcdef abcdef')], {}, { rules }));
    expect(problems.map(pick)).toEqual([
      { type: 'readingSpeed', cueId: 'a', timeMs: 0, measured: 13, limit: 12 },
    ]);
  });

  it('does not count line breaks, and counts an emoji as one', () => {
    // 8 + 9 = 17 characters: at the limit in one second.
    expect(checkCaptions(docWith([cue('a', 0, 1000, 'abcdefgh\nabcdefghi')]))).toEqual([]);
    const emoji = '👍🏽'.repeat(17);
    expect(emoji.length).toBe(68);
    expect(checkCaptions(docWith([cue('a', 0, 1000, emoji)]))).toEqual([]);
  });
});

describe('duration', () => {
  it('accepts 833 ms (5/6 s rounded down) and flags 832', () => {
    expect(checkCaptions(docWith([cue('a', 0, 833, 'Hi')]))).toEqual([]);
    const problems = checkCaptions(docWith([cue('a', 100, 932, 'Hi')]));
    expect(problems.map(pick)).toEqual([
      { type: 'tooShort', cueId: 'a', timeMs: 100, measured: 832, limit: 833 },
    ]);
    expect(problems[0]!.message).toBe('shows for 832 ms; at least 833 ms (5/6 s)');
  });

  it('accepts 7000 ms and flags 7001', () => {
    expect(checkCaptions(docWith([cue('a', 0, 7000)]))).toEqual([]);
    expect(checkCaptions(docWith([cue('a', 0, 7001)])).map(pick)).toEqual([
      { type: 'tooLong', cueId: 'a', timeMs: 0, measured: 7001, limit: 7000 },
    ]);
  });
});

describe('gaps and overlaps', () => {
  it('needs two frames at the project rate, rounded down to whole ms', () => {
    expect([24, 25, 30, 50, 60].map(minGapMs)).toEqual([83, 80, 66, 40, 33]);
  });

  it('accepts a gap of exactly two frames and flags one ms less', () => {
    expect(checkCaptions(docWith([cue('a', 0, 1000), cue('b', 1066, 2000)]))).toEqual([]);
    const problems = checkCaptions(docWith([cue('a', 0, 1000), cue('b', 1065, 2000)]));
    expect(problems.map(pick)).toEqual([
      { type: 'gapTooSmall', cueId: 'b', timeMs: 1065, measured: 65, limit: 66 },
    ]);
    expect(problems[0]!.message).toBe(
      'starts 65 ms after "a" ends; at least 66 ms (2 frames at 30 fps)',
    );
    const at25 = checkCaptions(docWith([cue('a', 0, 1000), cue('b', 1079, 2000)], {}, { fps: 25 }));
    expect(at25.map(pick)).toEqual([
      { type: 'gapTooSmall', cueId: 'b', timeMs: 1079, measured: 79, limit: 80 },
    ]);
  });

  it('flags back-to-back cues as a zero gap', () => {
    const problems = checkCaptions(docWith([cue('a', 0, 1000), cue('b', 1000, 2000)]));
    expect(problems.map(pick)).toEqual([
      { type: 'gapTooSmall', cueId: 'b', timeMs: 1000, measured: 0, limit: 66 },
    ]);
  });

  it('flags overlaps by their length, in time order whatever the track order', () => {
    const problems = checkCaptions(
      docWith([cue('late', 2900, 4000), cue('long', 0, 3000), cue('inside', 1500, 2400)]),
    );
    expect(problems.map(pick)).toEqual([
      { type: 'overlap', cueId: 'inside', timeMs: 1500, measured: 1500, limit: 0 },
      { type: 'overlap', cueId: 'late', timeMs: 2900, measured: 100, limit: 0 },
    ]);
    expect(problems[1]!.message).toBe('overlaps "long" by 100 ms');
  });
});

describe('contrast', () => {
  const boxed = (color: string, opacity = 1): Partial<CaptionStyle> => ({
    outline: { color: '#000000', widthPx: 0 },
    box: { color, opacity, paddingPx: 10, radiusPx: 8 },
  });

  it('accepts white on #767676 (4.54:1) and flags #777777 (4.47:1, rounded down)', () => {
    expect(checkCaptions(docWith([cue('a', 0, 2000)], boxed('#767676')))).toEqual([]);
    const problems = checkCaptions(docWith([cue('a', 0, 2000)], boxed('#777777')));
    expect(problems.map(pick)).toEqual([
      { type: 'lowContrast', cueId: 'a', timeMs: 0, measured: 4.47, limit: 4.5 },
    ]);
    expect(problems[0]!.message).toBe(
      'text #FFFFFF on box #777777 has contrast 4.47:1; at least 4.5:1',
    );
  });

  it('takes the worst frame behind a translucent box', () => {
    // Half-transparent black over a white frame shows as #808080: 3.9494:1, rounded down.
    const problems = checkCaptions(docWith([cue('a', 0, 2000)], boxed('#000000', 0.5)));
    expect(problems.map(pick)).toEqual([
      { type: 'lowContrast', cueId: 'a', timeMs: 0, measured: 3.94, limit: 4.5 },
    ]);
  });

  it('checks against the outline when there is one, even over a box', () => {
    const outline = { outline: { color: '#FFD60A', widthPx: 3 } };
    expect(
      only(checkCaptions(docWith([cue('a', 0, 2000)], outline)), 'lowContrast')[0]?.measured,
    ).toBe(1.41);
    const overBox = { ...boxed('#000000'), outline: { color: '#FFFFFF', widthPx: 2 } };
    expect(
      only(checkCaptions(docWith([cue('a', 0, 2000)], overBox)), 'lowContrast')[0]?.measured,
    ).toBe(1);
  });

  it('checks the highlight colour only where it is drawn', () => {
    const dark = { highlight: '#333333' };
    expect(checkCaptions(docWith([cue('a', 0, 2000)], dark))).toEqual([]);
    const problems = checkCaptions(
      docWith([cue('a', 0, 2000)], { ...dark, mode: 'wordHighlight' }),
    );
    expect(problems.map(pick)).toEqual([
      { type: 'lowContrast', cueId: 'a', timeMs: 0, measured: 1.66, limit: 4.5 },
    ]);
    expect(problems[0]!.message).toContain('text #333333 on outline #000000');
  });

  it('does not judge text with neither box nor outline (it sits on the video)', () => {
    const bare = { fill: '#777777', outline: { color: '#000000', widthPx: 0 } };
    expect(checkCaptions(docWith([cue('a', 0, 2000)], bare))).toEqual([]);
  });
});

describe('safe zone', () => {
  it("measures how far the box (with the outline or box padding) passes the platform's zone", () => {
    // The block's bottom sits at 0.9 × 1920 = 1728 px; TikTok's zone ends at 1920 − 440 = 1480.
    const low = { position: { x: 0.46, y: 0.9 } };
    const problems = checkCaptions(docWith([cue('a', 0, 2000)], low));
    expect(problems.map(pick)).toEqual([
      { type: 'outsideSafeZone', cueId: 'a', timeMs: 0, measured: 252, limit: 0 },
    ]);
    expect(problems[0]!.message).toBe(
      'the caption box is outside the TikTok safe zone: 252 px past the bottom',
    );
    const boxedLow = {
      ...low,
      outline: { color: '#000000', widthPx: 0 },
      box: { color: '#000000', opacity: 1, paddingPx: 10, radiusPx: 0 },
    };
    const reels: CaptionRules = { maxCharsPerSecond: 17, platform: 'reels' };
    // Reels keeps the bottom 35% clear: its zone ends at 1248 px.
    expect(
      checkCaptions(docWith([cue('a', 0, 2000)], boxedLow, { rules: reels })).map(pick),
    ).toEqual([{ type: 'outsideSafeZone', cueId: 'a', timeMs: 0, measured: 490, limit: 0 }]);
  });

  it('catches a caption above the top of the zone', () => {
    // One 28.8 px line ending at 96 px, plus the 4 px outline: its top is 63.2 px, TikTok's 150.
    const problems = checkCaptions(
      docWith([cue('a', 0, 2000)], { position: { x: 0.46, y: 0.05 } }),
    );
    expect(problems.map(pick)).toEqual([
      { type: 'outsideSafeZone', cueId: 'a', timeMs: 0, measured: 86.8, limit: 0 },
    ]);
  });
});

describe('ordering', () => {
  it('sorts by time, then track order, then the type order', () => {
    const problems = checkCaptions(
      docWith([cue('b', 5000, 5500, 'one\ntwo\nthree'), cue('a', 0, 9000, 'Hi')]),
    );
    expect(problems.map((problem) => [problem.timeMs, problem.cueId, problem.type])).toEqual([
      [0, 'a', 'tooLong'],
      [5000, 'b', 'overlap'],
      [5000, 'b', 'tooShort'],
      [5000, 'b', 'readingSpeed'],
      [5000, 'b', 'tooManyLines'],
    ]);
  });
});
