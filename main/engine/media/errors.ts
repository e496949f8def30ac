/** Why a media file cannot be imported, each with a message that names the file. */

export type MediaErrorCode =
  'missing' | 'unreadable' | 'empty' | 'not-media' | 'truncated' | 'unsupported-codec' | 'timeout';

export class MediaError extends Error {
  readonly code: MediaErrorCode;
  readonly path: string;
  /** The specific finding (which box, which stream, which codec), without the file name. */
  readonly detail: string;

  constructor(code: MediaErrorCode, filePath: string, detail = '', options?: { cause?: unknown }) {
    super(mediaErrorMessage(code, filePath, detail), options);
    this.name = 'MediaError';
    this.code = code;
    this.path = filePath;
    this.detail = detail;
  }
}

function mediaErrorMessage(code: MediaErrorCode, filePath: string, detail: string): string {
  const file = `"${filePath}"`;
  const why = detail ? `: ${detail}` : '';
  switch (code) {
    case 'missing':
      return `Media file not found: ${file}${why}.`;
    case 'unreadable':
      return `Cannot read ${file}: permission denied${detail ? ` (${detail})` : ''}. Check the file's permissions.`;
    case 'empty':
      return `${file} is empty (0 bytes).`;
    case 'not-media':
      return `${file} is not a video, audio or image file that ffmpeg can read${why}.`;
    case 'truncated':
      return `${file} is truncated or damaged${why}. Re-copy it from the original source.`;
    case 'unsupported-codec':
      return `${file} uses a codec this ffmpeg cannot decode${why}.`;
    case 'timeout':
      return `Reading ${file} took too long${why}; the drive may be slow or the file unusually complex.`;
  }
}

/** Maps a failed fs call on `filePath` to the MediaError a person should see, or null. */
export function mediaErrorFromFsError(error: unknown, filePath: string): MediaError | null {
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String((error as { code: unknown }).code)
      : '';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new MediaError('missing', filePath, '', { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new MediaError('unreadable', filePath, '', { cause: error });
    case 'EISDIR':
      return new MediaError('not-media', filePath, 'it is a folder', { cause: error });
    default:
      return null;
  }
}
