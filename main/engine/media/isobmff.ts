import { open } from 'node:fs/promises';

/**
 * A walk over the top-level boxes of an ISO base media file (MP4, MOV, M4A, 3GP). ffprobe
 * happily reads a file whose last box runs past the end of the file (its index says there is
 * data the file no longer holds) and reports a missing index only as "moov atom not found",
 * the same message a text file named .mp4 gets. Reading the box headers tells these apart:
 * only 16 bytes per top-level box are read, so it is cheap on any size of file.
 */

/** Box types that may start an ISO BMFF / QuickTime file. */
const LEADING_BOX_TYPES = new Set([
  'ftyp',
  'styp',
  'moov',
  'mdat',
  'free',
  'skip',
  'wide',
  'pnot',
  'sidx',
  'moof',
  'pdin',
  'uuid',
]);

/** Stop after this many boxes: a long fragmented file has two per fragment. */
const MAX_BOXES = 100_000;

export interface IsoBmffBox {
  type: string;
  offset: number;
  size: number;
}

export interface IsoBmffCheck {
  /** Whether the file starts like an ISO BMFF file at all. */
  isIsoBmff: boolean;
  /** What is structurally wrong (a box past the end, no index), or null. */
  problem: string | null;
  boxes: IsoBmffBox[];
}

interface BoxHeader {
  type: string;
  /** Total size including the header; null when the box runs to the end of the file. */
  size: number | null;
  headerSize: number;
}

/** Reads a box header from up to 16 bytes; null when the bytes cannot be one. */
export function parseBoxHeader(bytes: Buffer): BoxHeader | null {
  if (bytes.length < 8) return null;
  const size32 = bytes.readUInt32BE(0);
  const type = bytes.toString('latin1', 4, 8);
  if (!/^[\x20-\x7e]{4}$/.test(type)) return null;
  if (size32 === 0) return { type, size: null, headerSize: 8 };
  if (size32 === 1) {
    if (bytes.length < 16) return null;
    return { type, size: Number(bytes.readBigUInt64BE(8)), headerSize: 16 };
  }
  return { type, size: size32, headerSize: 8 };
}

export async function checkIsoBmffStructure(
  filePath: string,
  fileSize: number,
): Promise<IsoBmffCheck> {
  const handle = await open(filePath, 'r');
  try {
    const header = Buffer.alloc(16);
    const boxes: IsoBmffBox[] = [];
    let offset = 0;
    while (offset < fileSize && boxes.length < MAX_BOXES) {
      const { bytesRead } = await handle.read(header, 0, 16, offset);
      const box = parseBoxHeader(header.subarray(0, bytesRead));
      if (boxes.length === 0 && (!box || !LEADING_BOX_TYPES.has(box.type))) {
        return { isIsoBmff: false, problem: null, boxes };
      }
      if (!box) {
        return {
          isIsoBmff: true,
          problem: `the file ends inside a box header at byte ${offset}`,
          boxes,
        };
      }
      const size = box.size ?? fileSize - offset;
      if (size < box.headerSize) {
        return {
          isIsoBmff: true,
          problem: `the "${box.type}" box at byte ${offset} declares an impossible size (${size})`,
          boxes,
        };
      }
      boxes.push({ type: box.type, offset, size });
      if (offset + size > fileSize) {
        return {
          isIsoBmff: true,
          problem:
            `the "${box.type}" box at byte ${offset} declares ${size} bytes ` +
            `but the file ends ${fileSize - offset} bytes after it starts`,
          boxes,
        };
      }
      offset += size;
    }
    const types = new Set(boxes.map((b) => b.type));
    // HEIF-style files index their data in a top-level "meta" box instead of "moov".
    if (!types.has('moov') && (types.has('mdat') || types.has('moof')) && !types.has('meta')) {
      return {
        isIsoBmff: true,
        problem:
          'it has no "moov" box, the index of its tracks (typical of a recording that was interrupted)',
        boxes,
      };
    }
    return { isIsoBmff: true, problem: null, boxes };
  } finally {
    await handle.close();
  }
}
