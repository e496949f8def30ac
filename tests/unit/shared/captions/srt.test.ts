import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSrt, parseSubtitles, toSrt, type SubtitleCue } from '../../../../shared/captions';
import { literalTextArbitrary } from './text-arbitraries';

describe('SRT', () => {
  it('keeps text literal: colons, quotes, backslashes, percent signs, braces, emoji, RTL, combining marks', () => {
    const lines = [
      'Dose: 5 mg/kg "twice" daily \\ 50% {note}',
      'C:\\path\\file – {x} {{y}} 😀👩‍⚕️',
      'שלום עולם مرحبا',
      'cafe\u0301 n\u0303 a\u0308',
      'a < b && c > d; <3',
    ];
    const srt = `1\n00:00:01,000 --> 00:00:02,000\n${lines.join('\n')}\n`;
    expect(parseSrt(srt).cues).toEqual([{ start: 1000, end: 2000, text: lines.join('\n') }]);
  });

  it('drops formatting tags and {\\…} override blocks but nothing else', () => {
    const srt = [
      '1',
      '00:00:01,000 --> 00:00:02,000',
      '<i>Hello</i> <B>there</B> <font color="#ff0000">red</font>',
      '{\\an8}Top {\\b1}bold{\\b0} text {\\i1}',
      '{\\an8}',
      '{ \\an2} stays, {x} stays, <v> stays',
      '',
    ].join('\n');
    expect(parseSrt(srt).cues[0]!.text).toBe(
      'Hello there red\nTop bold text\n{ \\an2} stays, {x} stays, <v> stays',
    );
  });

  it('splits entries when a blank line is missing and reads CRLF, CR and LF alike', () => {
    const srt =
      '1\r\n00:00:01,000 --> 00:00:02,000\r\nOne\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nTwo\r\n';
    const expected = [
      { start: 1000, end: 2000, text: 'One' },
      { start: 3000, end: 4000, text: 'Two' },
    ];
    expect(parseSrt(srt).cues).toEqual(expected);
    expect(parseSrt(srt.replace(/\r\n/g, '\r')).cues).toEqual(expected);
    expect(parseSrt(srt.replace(/\r\n/g, '\n').trimEnd()).cues).toEqual(expected);
  });

  it('keeps an arrow that is text, and lists stray text, reversed and empty cues', () => {
    const srt = [
      '1',
      '00:00:01,000 --> 00:00:02,000',
      'Inflammation --> swelling',
      '',
      'Lost line with no timing',
      '',
      '3',
      '00:00:05,000 --> 00:00:04,000',
      'Backwards',
      '',
      '4',
      '00:00:06,000 --> 00:00:07,000',
      '',
      '5',
      '00:00:08,000 --> 00:00:09,000',
      'Fine',
    ].join('\n');
    const parsed = parseSrt(srt);
    expect(parsed.cues.map((cue) => cue.text)).toEqual(['Inflammation --> swelling', 'Fine']);
    expect(parsed.problems).toEqual([
      { line: 5, index: 2, reason: 'cue: text without a timing line: "Lost line with no timing"' },
      {
        line: 8,
        index: 3,
        reason: 'cue 3: ends at 00:00:04,000, not after its start 00:00:05,000',
      },
      { line: 12, index: 4, reason: 'cue 4: no text' },
    ]);
  });

  it('writes numbered entries with comma milliseconds and one blank line between', () => {
    const cues: SubtitleCue[] = [
      { start: 0, end: 1234, text: 'First' },
      { start: 7_204_567, end: 7_208_901, text: 'Two\nlines' },
    ];
    expect(toSrt(cues)).toBe(
      '1\n00:00:00,000 --> 00:00:01,234\nFirst\n\n2\n02:00:04,567 --> 02:00:08,901\nTwo\nlines\n',
    );
    expect(toSrt([])).toBe('');
    expect(toSrt([{ start: 0, end: 10, text: 'a\n\n  \nb' }])).toBe(
      '1\n00:00:00,000 --> 00:00:00,010\na\nb\n',
    );
    expect(() => toSrt([{ start: 5, end: 5, text: 'x' }])).toThrow(/not after its start/);
    expect(() => toSrt([{ start: 0, end: 5, text: ' \n ' }])).toThrow(/no text/);
  });

  it('round-trips any cues: SRT -> cues -> SRT -> cues is the identity', () => {
    const cueArbitrary = fc
      .record({
        start: fc.integer({ min: 0, max: 400_000_000 }),
        length: fc.integer({ min: 1, max: 100_000 }),
        text: literalTextArbitrary,
      })
      .map(({ start, length, text }) => ({ start, end: start + length, text }));
    fc.assert(
      fc.property(fc.array(cueArbitrary, { minLength: 1, maxLength: 8 }), (cues) => {
        const first = parseSubtitles(toSrt(cues), { format: 'srt' });
        expect(first.cues).toEqual(cues);
        expect(first.problems).toEqual([]);
        expect(parseSubtitles(toSrt(first.cues), { format: 'srt' }).cues).toEqual(cues);
      }),
      { numRuns: 300 },
    );
  });
});
