import { parseSrt } from './srt';
import { hasVttSignature, parseVtt } from './vtt';
import {
  SubtitleFileError,
  summarizeProblems,
  type ParsedSubtitles,
  type SubtitleFormat,
} from './types';

/** WebVTT when the text starts with its signature or the file is named .vtt; SubRip otherwise. */
export function detectSubtitleFormat(text: string, fileName?: string): SubtitleFormat {
  if (hasVttSignature(text)) return 'vtt';
  return fileName !== undefined && /\.vtt$/i.test(fileName) ? 'vtt' : 'srt';
}

/**
 * Decoded subtitle text -> cues (integer ms, literal plain text) and the entries that were
 * skipped. Throws SubtitleFileError when not one cue can be read.
 */
export function parseSubtitles(
  text: string,
  options: { format?: SubtitleFormat; fileName?: string } = {},
): ParsedSubtitles {
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new SubtitleFileError('empty', 'the file is empty');
  }
  const format = options.format ?? detectSubtitleFormat(text, options.fileName);
  if (format === 'vtt') {
    if (!hasVttSignature(text)) {
      throw new SubtitleFileError(
        'not-subtitles',
        'not a WebVTT file: the first line must be "WEBVTT"',
      );
    }
    const { cues, problems } = parseVtt(text);
    if (cues.length > 0) return { format, cues, problems };
    throw new SubtitleFileError(
      'no-valid-cues',
      problems.length === 0
        ? 'the WebVTT file has no cues'
        : `no valid cue in the WebVTT file: ${summarizeProblems(problems)}`,
      problems,
    );
  }
  const { cues, problems, hasTimingLines } = parseSrt(text);
  if (cues.length > 0) return { format, cues, problems };
  if (!hasTimingLines) {
    throw new SubtitleFileError(
      'not-subtitles',
      'not a subtitle file: no line has cue times like "00:00:01,000 --> 00:00:02,500"',
      problems,
    );
  }
  throw new SubtitleFileError(
    'no-valid-cues',
    `no valid cue in the SRT file: ${summarizeProblems(problems)}`,
    problems,
  );
}
