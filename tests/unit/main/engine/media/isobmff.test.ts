import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIsoBmffStructure, parseBoxHeader } from '../../../../../main/engine/media/isobmff';

function box(type: string, payloadBytes: number, declaredSize = payloadBytes + 8): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(declaredSize, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, Buffer.alloc(payloadBytes)]);
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'medclip-isobmff-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function check(name: string, bytes: Buffer) {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return checkIsoBmffStructure(file, bytes.length);
}

describe('parseBoxHeader', () => {
  it('reads 32-bit, 64-bit and to-the-end sizes', () => {
    expect(parseBoxHeader(box('ftyp', 8))).toEqual({ type: 'ftyp', size: 16, headerSize: 8 });
    const large = Buffer.alloc(16);
    large.writeUInt32BE(1, 0);
    large.write('mdat', 4, 'latin1');
    large.writeBigUInt64BE(5_000_000_000n, 8);
    expect(parseBoxHeader(large)).toEqual({ type: 'mdat', size: 5_000_000_000, headerSize: 16 });
    expect(parseBoxHeader(box('mdat', 0, 0))).toEqual({ type: 'mdat', size: null, headerSize: 8 });
  });

  it('refuses bytes that cannot be a box header', () => {
    expect(parseBoxHeader(Buffer.from('hello this is text'))?.type).toBe('o th');
    expect(parseBoxHeader(Buffer.from([0, 0, 0, 8, 0, 1, 2, 3]))).toBeNull();
    expect(parseBoxHeader(Buffer.alloc(4))).toBeNull();
  });
});

describe('checkIsoBmffStructure', () => {
  it('accepts a complete file', async () => {
    const result = await check(
      'ok.mp4',
      Buffer.concat([box('ftyp', 16), box('moov', 40), box('mdat', 100)]),
    );
    expect(result.isIsoBmff).toBe(true);
    expect(result.problem).toBeNull();
    expect(result.boxes.map((b) => b.type)).toEqual(['ftyp', 'moov', 'mdat']);
  });

  it('finds a box that runs past the end of the file', async () => {
    const bytes = Buffer.concat([box('ftyp', 16), box('moov', 40), box('mdat', 100, 116)]);
    const result = await check('long-mdat.mp4', bytes);
    expect(result.problem).toBe(
      'the "mdat" box at byte 72 declares 116 bytes but the file ends 108 bytes after it starts',
    );
  });

  it('finds a missing moov box (recording interrupted)', async () => {
    const result = await check('no-moov.mp4', Buffer.concat([box('ftyp', 16), box('mdat', 100)]));
    expect(result.problem).toMatch(/no "moov" box/);
  });

  it('accepts an mdat that runs to the end by declaring size 0', async () => {
    const result = await check(
      'open-mdat.mp4',
      Buffer.concat([box('ftyp', 16), box('moov', 8), box('mdat', 50, 0)]),
    );
    expect(result.problem).toBeNull();
  });

  it('says "not ISO BMFF" for text and other formats, whatever the extension', async () => {
    expect((await check('text.mp4', Buffer.from('hello this is not a video\n'))).isIsoBmff).toBe(
      false,
    );
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await check('image.png', png)).isIsoBmff).toBe(false);
  });
});
