import { describe, expect, it } from 'vitest';
import {
  SubtitleFileError,
  parseSubtitles,
  toSrt,
  toVtt,
  type SubtitleCue,
} from '../../../../shared/captions';
import { androidxExpected, androidxSubtitleFiles, androidxText } from './androidx-files';

/**
 * Every androidx-media sample against upstream's expectations (expected.json, transcribed from
 * ExoPlayer's parser tests): cue times within 1 ms, texts exactly.
 */

const expected = androidxExpected();
type Triple = [number, number, string];

function cuesOf(key: string, field = 'cues'): SubtitleCue[] {
  const triples = expected[key]?.[field] as Triple[] | undefined;
  if (!Array.isArray(triples)) throw new Error(`expected.json has no ${field} array for ${key}`);
  return triples.map(([start, end, text]) => ({ start: start / 1000, end: end / 1000, text }));
}

const typicalSrt = cuesOf('subrip/typical.srt');
const typicalVtt = cuesOf('webvtt/typical.vtt');
const pick = (cues: SubtitleCue[], ...indexes: number[]): SubtitleCue[] =>
  indexes.map((i) => cues[i]!);

/**
 * What each file must give. Where expected.json describes the result in words, the words are
 * turned into cues here. `texts`/`starts` check what upstream lists when it gives no full cues.
 */
type Expectation =
  | { cues: SubtitleCue[] }
  | { texts: string[]; starts?: number[]; count?: number }
  | { error: SubtitleFileError['code'] };

const expectations: Record<string, Expectation> = {
  'subrip/empty.srt': { error: 'empty' },
  'subrip/typical.srt': { cues: typicalSrt },
  'subrip/typical_with_byte_order_mark.srt': { cues: typicalSrt },
  'subrip/typical_extra_blank_line.srt': { cues: typicalSrt },
  'subrip/typical_utf16le.srt': { cues: typicalSrt },
  'subrip/typical_utf16be.srt': { cues: typicalSrt },
  'subrip/typical_missing_timecode.srt': { cues: pick(typicalSrt, 0, 2) },
  // Deliberate departure: ExoPlayer drops cue 2 for its missing sequence number; the number
  // carries no information (VLC and mpv show the cue), so we keep it.
  'subrip/typical_missing_sequence.srt': { cues: typicalSrt },
  'subrip/typical_negative_timestamps.srt': { cues: pick(typicalSrt, 2) },
  'subrip/typical_unexpected_end.srt': { cues: pick(typicalSrt, 0, 1) },
  'subrip/typical_no_hours_and_millis.srt': {
    cues: cuesOf('subrip/typical_no_hours_and_millis.srt'),
  },
  'subrip/typical_bad_timestamps.srt': { cues: pick(typicalSrt, 0) },
  'subrip/typical_with_tags.srt': {
    texts: expected['subrip/typical_with_tags.srt']!['texts_first5'] as string[],
    count: 14,
  },
  // Upstream: a parse error (no WEBVTT signature); the file is one newline, so we say "empty".
  'webvtt/empty.vtt': { error: 'empty' },
  'webvtt/typical.vtt': { cues: typicalVtt },
  'webvtt/with_bom.vtt': { cues: typicalVtt },
  'webvtt/typical_with_bad_timestamps.vtt': { cues: typicalVtt },
  'webvtt/typical_with_identifiers.vtt': { cues: typicalVtt },
  'webvtt/typical_with_comments.vtt': { cues: typicalVtt },
  'webvtt/with_tags.vtt': { cues: cuesOf('webvtt/with_tags.vtt') },
  'webvtt/with_positioning.vtt': {
    texts: expected['webvtt/with_positioning.vtt']!['texts'] as string[],
    starts: (expected['webvtt/with_positioning.vtt']!['starts'] as number[]).map((us) => us / 1000),
    count: 8,
  },
  'webvtt/with_consecutive_cues.vtt': { cues: cuesOf('webvtt/with_consecutive_cues.vtt') },
  'webvtt/with_overlapping_timestamps.vtt': {
    cues: cuesOf('webvtt/with_overlapping_timestamps.vtt', 'raw_cues'),
  },
  'webvtt/with_vertical.vtt': { cues: cuesOf('webvtt/with_vertical.vtt') },
  'webvtt/with_rubies.vtt': {
    texts: expected['webvtt/with_rubies.vtt']!['texts'] as string[],
    count: 4,
  },
  'webvtt/with_wide_unicode_chars_and_cr_endings.vtt': {
    texts: [expected['webvtt/with_wide_unicode_chars_and_cr_endings.vtt']!['text'] as string],
    count: 1,
  },
  'webvtt/with_bad_cue_header.vtt': { cues: cuesOf('webvtt/with_bad_cue_header.vtt') },
  'webvtt/with_font_size.vtt': { cues: cuesOf('webvtt/with_font_size.vtt') },
  'webvtt/with_css_styles.vtt': {
    texts: expected['webvtt/with_css_styles.vtt']!['texts_first4'] as string[],
    count: 4,
  },
  // Upstream asserts only span styling for these three; the plain texts are checked here.
  'webvtt/with_css_complex_selectors.vtt': {
    texts: [
      'This should be underlined and courier and violet.',
      'This should be just courier.',
      'This should be courier and bold.',
      "This shouldn't be bold.\nThis should be bold.",
      'This is specific\nBut this is more italic',
    ],
    count: 5,
  },
  'webvtt/with_css_text_combine_upright.vtt': {
    texts: ['Combine all test', 'Combine 0004 digits'],
    starts: [0, 3000],
    count: 2,
  },
  // Hours past 99 and an HLS header line: both must be accepted.
  'webvtt/with_x-timestamp-map_header.vtt': {
    cues: [
      { start: 958_715_679, end: 958_717_305, text: '  Cue text one' },
      { start: 958_717_433, end: 958_718_276, text: '  Cue text two' },
    ],
  },
};

function expectCuesClose(actual: SubtitleCue[], wanted: SubtitleCue[]): void {
  expect(actual.map((cue) => cue.text)).toEqual(wanted.map((cue) => cue.text));
  actual.forEach((cue, i) => {
    expect(Math.abs(cue.start - wanted[i]!.start)).toBeLessThanOrEqual(1);
    expect(Math.abs(cue.end - wanted[i]!.end)).toBeLessThanOrEqual(1);
    expect(Number.isInteger(cue.start) && Number.isInteger(cue.end)).toBe(true);
  });
}

describe('androidx-media subtitle samples', () => {
  it('has an expectation for every sample file', () => {
    expect(androidxSubtitleFiles().sort()).toEqual(Object.keys(expectations).sort());
  });

  for (const [name, wanted] of Object.entries(expectations)) {
    it(`${name} parses as upstream expects`, () => {
      const text = androidxText(name);
      if ('error' in wanted) {
        expect(() => parseSubtitles(text, { fileName: name })).toThrow(SubtitleFileError);
        try {
          parseSubtitles(text, { fileName: name });
        } catch (error) {
          expect((error as SubtitleFileError).code).toBe(wanted.error);
        }
        return;
      }
      const parsed = parseSubtitles(text, { fileName: name });
      expect(parsed.format).toBe(name.endsWith('.vtt') ? 'vtt' : 'srt');
      if ('cues' in wanted) {
        expectCuesClose(parsed.cues, wanted.cues);
      } else {
        if (wanted.count !== undefined) expect(parsed.cues).toHaveLength(wanted.count);
        expect(parsed.cues.slice(0, wanted.texts.length).map((cue) => cue.text)).toEqual(
          wanted.texts,
        );
        if (wanted.starts) expect(parsed.cues.map((cue) => cue.start)).toEqual(wanted.starts);
      }
    });
  }

  it('lists each skipped entry with its line, and nothing for files upstream reads whole', () => {
    const problemsOf = (name: string) => parseSubtitles(androidxText(name)).problems;
    expect(problemsOf('subrip/typical_bad_timestamps.srt')).toEqual([
      {
        line: 6,
        index: 2,
        reason: 'cue 2: bad end time "00:00:03,4560" (expected HH:MM:SS,mmm)',
      },
      { line: 10, index: 3, reason: 'cue 3: bad end time "02:00:08,90" (expected HH:MM:SS,mmm)' },
    ]);
    expect(problemsOf('subrip/typical_missing_timecode.srt').map((p) => p.line)).toEqual([
      5, 14, 18,
    ]);
    expect(problemsOf('subrip/typical_negative_timestamps.srt').map((p) => p.reason)).toEqual([
      'cue 1: bad start time "-0:00:04,567" (expected HH:MM:SS,mmm)',
      'cue 2: bad start time "-00:00:02,345" (expected HH:MM:SS,mmm)',
    ]);
    expect(problemsOf('subrip/typical_unexpected_end.srt')).toEqual([
      { line: 10, index: 3, reason: 'cue 3: no timing line after the sequence number' },
    ]);
    const vtt = problemsOf('webvtt/typical_with_bad_timestamps.vtt');
    expect(vtt.map((p) => p.line)).toEqual([10, 13, 16, 19]);
    expect(vtt[2]!.reason).toContain('00:08.7890');
    expect(problemsOf('webvtt/with_bad_cue_header.vtt')).toEqual([
      expect.objectContaining({ line: 6, index: 2 }),
    ]);
    for (const name of [
      'subrip/typical.srt',
      'webvtt/with_positioning.vtt',
      'webvtt/with_css_styles.vtt',
    ]) {
      expect(problemsOf(name)).toEqual([]);
    }
  });

  for (const name of Object.keys(expectations).filter((n) => !('error' in expectations[n]!))) {
    it(`${name}: cues -> SRT -> cues and cues -> WebVTT -> cues are identities`, () => {
      const { cues } = parseSubtitles(androidxText(name), { fileName: name });
      const viaSrt = parseSubtitles(toSrt(cues), { format: 'srt' });
      expect(viaSrt.cues).toEqual(cues);
      expect(viaSrt.problems).toEqual([]);
      expect(toSrt(viaSrt.cues)).toBe(toSrt(cues));
      const viaVtt = parseSubtitles(toVtt(cues), { format: 'vtt' });
      expect(viaVtt.cues).toEqual(cues);
      expect(viaVtt.problems).toEqual([]);
    });
  }
});
