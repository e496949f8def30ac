import { readFile, stat } from 'node:fs/promises';
import { parseSubtitles, SubtitleFileError, type ParsedSubtitles } from '../../../shared/captions';
import { EngineError } from '../errors';
import { decodeSubtitleBytes, SubtitleDecodeError } from './decode';

/** Subtitle files larger than this are refused before reading (a long film's SRT is ~150 KB). */
export const MAX_SUBTITLE_FILE_BYTES = 5 * 1024 * 1024;

function fail(code: string, filePath: string, why: string, details?: unknown): never {
  throw new EngineError(code, `Cannot import captions from "${filePath}": ${why}.`, details);
}

function fsFailure(error: unknown, filePath: string): never {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') fail('missing', filePath, 'the file does not exist');
  if (code === 'EACCES' || code === 'EPERM') {
    fail('unreadable', filePath, "permission denied; check the file's permissions");
  }
  if (code === 'EISDIR') fail('not-subtitles', filePath, 'it is a folder');
  throw error;
}

/**
 * Reads, decodes and parses an SRT or WebVTT file. Every failure is an EngineError whose
 * message names the file: missing, unreadable, too-large, empty, bad-encoding, not-subtitles,
 * no-valid-cues (with `details.problems`).
 */
export async function readSubtitleFile(filePath: string): Promise<ParsedSubtitles> {
  let size: number;
  try {
    const info = await stat(filePath);
    if (info.isDirectory()) fail('not-subtitles', filePath, 'it is a folder');
    size = info.size;
  } catch (error) {
    if (error instanceof EngineError) throw error;
    fsFailure(error, filePath);
  }
  if (size > MAX_SUBTITLE_FILE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    fail('too-large', filePath, `it is ${mb} MB; subtitle files up to 5 MB are accepted`);
  }
  if (size === 0) fail('empty', filePath, 'the file is empty (0 bytes)');
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    fsFailure(error, filePath);
  }
  try {
    const { text } = decodeSubtitleBytes(bytes);
    return parseSubtitles(text, { fileName: filePath });
  } catch (error) {
    if (error instanceof SubtitleDecodeError) {
      fail(error.reason === 'binary' ? 'not-subtitles' : 'bad-encoding', filePath, error.message);
    }
    if (error instanceof SubtitleFileError) {
      fail(error.code, filePath, error.message, { problems: error.problems });
    }
    throw error;
  }
}
