/**
 * Subtitle bytes -> text. UTF-16 is recognised by its byte-order mark (LE or BE); everything
 * else must be UTF-8, with or without a BOM. Other encodings are refused rather than guessed:
 * a wrong guess would put mangled text on screen without anyone noticing.
 */

export type DecodeFailure = 'binary' | 'not-utf8';

export class SubtitleDecodeError extends Error {
  override readonly name = 'SubtitleDecodeError';
  constructor(
    readonly reason: DecodeFailure,
    message: string,
  ) {
    super(message);
  }
}

export type SubtitleEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export function detectEncoding(bytes: Uint8Array): SubtitleEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Text without its byte-order mark. Throws SubtitleDecodeError for binary or non-UTF-8 data. */
export function decodeSubtitleBytes(bytes: Uint8Array): {
  text: string;
  encoding: SubtitleEncoding;
} {
  const encoding = detectEncoding(bytes);
  if (encoding === 'utf-8') {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      throw new SubtitleDecodeError(
        'binary',
        `it holds binary data (a NUL byte at offset ${nul}), not subtitle text; UTF-16 needs a byte-order mark`,
      );
    }
  }
  try {
    // fatal: a byte sequence that is not valid in the encoding throws instead of turning into U+FFFD.
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    throw new SubtitleDecodeError(
      'not-utf8',
      encoding === 'utf-8'
        ? 'it is not UTF-8 text (probably an older encoding such as Windows-1252); save it as UTF-8 and import it again'
        : `it is not valid ${encoding.toUpperCase()} text`,
    );
  }
}
