import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSubtitles, parseVtt, toVtt, type SubtitleCue } from '../../../../shared/captions';
import { literalTextArbitrary } from './text-arbitraries';

const vtt = (...blocks: string[]): string => `WEBVTT\n\n${blocks.join('\n\n')}\n`;

describe('WebVTT', () => {
  it('strips tags to plain text and decodes entities, numeric references included', () => {
    const parsed = parseVtt(
      vtt(
        '00:01.000 --> 00:02.000\n<v Dr. Lee>Take <b>two</b> <c.red>tablets</c></v> &amp; rest',
        '00:03.000 --> 00:04.000\n&lt;5 mg&gt; &quot;q&quot; caf&eacute; &#128512; &#x1F600; &#60;tag&#62;',
        '00:05.000 --> 00:06.000\n<lang en>x</lang> <00:05.500>y &nbsp;z',
      ),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.cues.map((cue) => cue.text)).toEqual([
      'Take two tablets & rest',
      '<5 mg> "q" café 😀 😀 <tag>',
      'x y \u00a0z',
    ]);
  });

  it('keeps literal text that needs no escaping: colons, quotes, backslashes, %, braces, emoji, RTL', () => {
    const text = 'Dose: 5 mg "twice" \\ 50% {\\an8} {x}\n😀 שלום مرحبا cafe\u0301';
    expect(parseVtt(vtt(`00:01.000 --> 00:02.000\n${text}`)).cues[0]!.text).toBe(text);
  });

  it('skips NOTE, STYLE and REGION blocks and cue settings, and reads a cue run into the header', () => {
    const parsed = parseVtt(
      [
        'WEBVTT - with a header',
        'Kind: captions',
        '00:00.500 --> 00:00.900',
        'In the header block',
        '',
        'REGION',
        'id:fred width:40%',
        '',
        'STYLE',
        '::cue { color: red }',
        '',
        'NOTE a --> inside a comment',
        '',
        'intro',
        '00:01.000 --> 00:02.000 region:fred align:left line:0',
        'Hello',
        '',
      ].join('\n'),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.cues).toEqual([
      { start: 500, end: 900, text: 'In the header block' },
      { start: 1000, end: 2000, text: 'Hello' },
    ]);
  });

  it('reports each dropped cue with its line, including one run into the previous cue', () => {
    const parsed = parseVtt(
      vtt(
        '00:01.000 --> 00:02.000\nOne\n00:03.000 --> 00:0x.000\nLost',
        'just an identifier',
        '00:05.000 --> 00:04.000\nBackwards',
        '00:06.000 --> 00:07.000\n<ruby><rt>only ruby</rt></ruby>',
      ),
    );
    expect(parsed.cues.map((cue) => cue.text)).toEqual(['One']);
    expect(parsed.problems.map(({ line, index }) => ({ line, index }))).toEqual([
      { line: 5, index: 1 },
      { line: 8, index: 2 },
      { line: 10, index: 3 },
      { line: 13, index: 4 },
    ]);
    expect(parsed.problems[0]!.reason).toContain('00:0x.000');
    expect(parsed.problems[1]!.reason).toContain('just an identifier');
    expect(parsed.problems[2]!.reason).toBe(
      'cue ends at 00:00:04.000, not after its start 00:00:05.000',
    );
    expect(parsed.problems[3]!.reason).toBe('cue has no text');
  });

  it('writes the header, dot milliseconds, escaped text and blank-line separation', () => {
    const cues: SubtitleCue[] = [
      { start: 0, end: 1234, text: 'a < b & c > d --> e' },
      { start: 958_715_679, end: 958_717_305, text: 'Two\nlines' },
    ];
    expect(toVtt(cues)).toBe(
      'WEBVTT\n\n00:00:00.000 --> 00:00:01.234\na &lt; b &amp; c &gt; d --&gt; e\n\n' +
        '266:18:35.679 --> 266:18:37.305\nTwo\nlines\n',
    );
    expect(toVtt([])).toBe('WEBVTT\n');
  });

  it('round-trips any cues: WebVTT -> cues -> WebVTT -> cues is the identity', () => {
    const cueArbitrary = fc
      .record({
        start: fc.integer({ min: 0, max: 400_000_000 }),
        length: fc.integer({ min: 1, max: 100_000 }),
        text: literalTextArbitrary,
      })
      .map(({ start, length, text }) => ({ start, end: start + length, text }));
    fc.assert(
      fc.property(fc.array(cueArbitrary, { minLength: 1, maxLength: 8 }), (cues) => {
        const first = parseSubtitles(toVtt(cues), { format: 'vtt' });
        expect(first.cues).toEqual(cues);
        expect(first.problems).toEqual([]);
        expect(toVtt(first.cues)).toBe(toVtt(cues));
      }),
      { numRuns: 300 },
    );
  });
});
