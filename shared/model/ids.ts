/**
 * Id generation, kept out of commands: callers make ids and pass them in, so applying the same
 * commands always gives the same document. Ids look like "clip_7k2m9q4x1d3f".
 */

/** Fills a new array of `length` random bytes. */
export type RandomSource = (length: number) => Uint8Array;

/** Crockford's base32 alphabet (no i, l, o, u): readable and unambiguous. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const ID_BODY_LENGTH = 12;

/** Suggested prefixes, one per collection. */
export const ID_PREFIX = {
  project: 'prj',
  media: 'med',
  clip: 'clip',
  audioClip: 'aud',
  cue: 'cue',
  overlay: 'ovl',
  marker: 'mrk',
  captionStyle: 'sty',
  citation: 'cit',
  scan: 'scan',
  faceTrack: 'face',
  manualRegion: 'reg',
} as const;

interface CryptoLike {
  getRandomValues(array: Uint8Array): Uint8Array;
}

/** Web Crypto's generator (browsers, Electron's renderer, Node 20 all expose `globalThis.crypto`). */
export function cryptoRandomSource(): RandomSource {
  const crypto = (globalThis as { crypto?: Partial<CryptoLike> }).crypto;
  const getRandomValues = crypto?.getRandomValues?.bind(crypto);
  if (getRandomValues === undefined) {
    throw new Error('no crypto.getRandomValues in this environment; pass a RandomSource');
  }
  return (length) => getRandomValues(new Uint8Array(length));
}

/**
 * A repeatable generator (mulberry32) for tests and demo projects. Not for secrets.
 */
export function seededRandomSource(seed: number): RandomSource {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return (value ^ (value >>> 14)) >>> 0;
  };
  return (length) => {
    const bytes = new Uint8Array(length);
    for (let index = 0; index < length; index += 1) bytes[index] = next() & 0xff;
    return bytes;
  };
}

let defaultSource: RandomSource | undefined;

/**
 * `prefix_` plus 12 base32 characters (60 random bits). `prefix` is 1-12 lower-case letters.
 * Uses Web Crypto unless a source is given.
 */
export function newId(prefix: string, random?: RandomSource): string {
  if (!/^[a-z]{1,12}$/.test(prefix)) {
    throw new Error(`id prefix must be 1-12 lower-case letters, got "${prefix}"`);
  }
  const source = random ?? (defaultSource ??= cryptoRandomSource());
  const bytes = source(ID_BODY_LENGTH);
  let body = '';
  for (let index = 0; index < ID_BODY_LENGTH; index += 1) {
    body += ALPHABET[(bytes[index] ?? 0) & 31];
  }
  return `${prefix}_${body}`;
}
