import { describe, expect, it } from 'vitest';
import {
  decodeSubtitleBytes,
  SubtitleDecodeError,
} from '../../../../../main/engine/captions/decode';

const text = '1\n00:00:01,000 --> 00:00:02,000\nSchön 😀 שלום\n';

function utf16(value: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + value.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    bytes[2 + 2 * i] = littleEndian ? unit & 0xff : unit >> 8;
    bytes[3 + 2 * i] = littleEndian ? unit >> 8 : unit & 0xff;
  }
  return bytes;
}

describe('decodeSubtitleBytes', () => {
  it('reads UTF-8 with or without a BOM and UTF-16 LE/BE by their BOM, dropping the BOM', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeSubtitleBytes(utf8)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeSubtitleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe(text);
    expect(decodeSubtitleBytes(utf16(text, true))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeSubtitleBytes(utf16(text, false))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('refuses binary data and text in other encodings instead of guessing', () => {
    const binary = new Uint8Array([0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70]);
    expect(() => decodeSubtitleBytes(binary)).toThrow(SubtitleDecodeError);
    expect(() => decodeSubtitleBytes(binary)).toThrow(/NUL byte at offset 0/);
    const latin1 = new Uint8Array([...new TextEncoder().encode('Sch'), 0xf6, 0x6e]);
    try {
      decodeSubtitleBytes(latin1);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SubtitleDecodeError);
      expect((error as SubtitleDecodeError).reason).toBe('not-utf8');
      expect((error as SubtitleDecodeError).message).toMatch(/save it as UTF-8/);
    }
  });
});
