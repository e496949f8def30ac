import { describe, expect, it } from 'vitest';
import {
  SubtitleFileError,
  detectSubtitleFormat,
  parseSubtitles,
  summarizeProblems,
} from '../../../../shared/captions';

function errorOf(run: () => unknown): SubtitleFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof SubtitleFileError) return error;
    throw error;
  }
  throw new Error('expected a SubtitleFileError');
}

describe('parseSubtitles', () => {
  it('detects WebVTT by its signature, then by the file name, else SRT', () => {
    expect(detectSubtitleFormat('\uFEFFWEBVTT\n\n', 'x.srt')).toBe('vtt');
    expect(detectSubtitleFormat('1\n00:00:01,000 --> 00:00:02,000\nx', 'x.VTT')).toBe('vtt');
    expect(detectSubtitleFormat('1\n00:00:01,000 --> 00:00:02,000\nx', 'x.txt')).toBe('srt');
    expect(detectSubtitleFormat('WEBVTTX\n')).toBe('srt');
  });

  it('refuses empty text, text without cue times and a .vtt without its signature', () => {
    expect(errorOf(() => parseSubtitles(' \n\r\n')).code).toBe('empty');
    const prose = errorOf(() => parseSubtitles('Dear team,\nplease find attached.\n'));
    expect(prose.code).toBe('not-subtitles');
    expect(prose.message).toMatch(/no line has cue times/);
    const unsigned = errorOf(() =>
      parseSubtitles('00:01.000 --> 00:02.000\nhello\n', { fileName: 'a.vtt' }),
    );
    expect(unsigned.code).toBe('not-subtitles');
    expect(unsigned.message).toMatch(/WEBVTT/);
  });

  it('refuses a file whose every cue is malformed, naming the first problems', () => {
    const srt = [1, 2, 3, 4]
      .map((n) => `${n}\n00:00:0${n},000 --> 00:00:0${n},5\nText ${n}\n`)
      .join('\n');
    const error = errorOf(() => parseSubtitles(srt));
    expect(error.code).toBe('no-valid-cues');
    expect(error.problems).toHaveLength(4);
    expect(error.message).toBe(
      'no valid cue in the SRT file: line 2: cue 1: bad end time "00:00:01,5" (expected HH:MM:SS,mmm); ' +
        'line 6: cue 2: bad end time "00:00:02,5" (expected HH:MM:SS,mmm); ' +
        'line 10: cue 3: bad end time "00:00:03,5" (expected HH:MM:SS,mmm); and 1 more',
    );
    expect(errorOf(() => parseSubtitles('WEBVTT\n\nNOTE nothing here\n')).message).toBe(
      'the WebVTT file has no cues',
    );
  });

  it('returns valid cues and problems together for a partly malformed file', () => {
    const parsed = parseSubtitles(
      '1\n00:00:01,000 --> 00:00:02,000\nGood\n\n2\n00:00:03,000 --> 00:00:0x\nBad\n',
    );
    expect(parsed).toEqual({
      format: 'srt',
      cues: [{ start: 1000, end: 2000, text: 'Good' }],
      problems: [
        { line: 6, index: 2, reason: 'cue 2: bad end time "00:00:0x" (expected HH:MM:SS,mmm)' },
      ],
    });
    expect(summarizeProblems(parsed.problems)).toBe(
      'line 6: cue 2: bad end time "00:00:0x" (expected HH:MM:SS,mmm)',
    );
  });
});
