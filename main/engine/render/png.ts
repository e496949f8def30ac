import { crc32, deflateSync } from 'node:zlib';

/**
 * A PNG encoder tuned for the overlay pictures ffmpeg reads during an export: frame-sized,
 * mostly transparent, written once and decoded once. Row filter "None" and the fastest deflate
 * level make both ends cheap (about 15 ms to write and 12 ms for ffmpeg to read a 1080x1920 picture,
 * against 64 ms and 46 ms for Skia's default PNG encoder, which filters every row and deflates
 * hard). Measured against pngjs too (30 ms, its row packing runs in JavaScript), hence our own.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOR_TYPE_RGBA = 6;
const FILTER_NONE = 0;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, tail]);
}

export interface RgbaPixels {
  width: number;
  height: number;
  /** width * height * 4 bytes, R G B A per pixel, rows top to bottom. */
  data: Uint8Array;
  /** Skia hands out premultiplied pixels; PNG stores straight alpha. */
  premultiplied: boolean;
}

/** The PNG scanlines: a filter byte then the row, with alpha un-premultiplied if asked. */
function scanlines({ width, height, data, premultiplied }: RgbaPixels): Buffer {
  const stride = width * 4;
  if (data.length !== stride * height) {
    throw new RangeError(`expected ${stride * height} bytes of RGBA, got ${data.length}`);
  }
  const source = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const out = Buffer.alloc((stride + 1) * height);
  for (let row = 0; row < height; row += 1) {
    out[row * (stride + 1)] = FILTER_NONE;
    source.copy(out, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  }
  if (!premultiplied) return out;
  // One 32-bit read per pixel (alpha is the top byte on little-endian machines) to skip the
  // transparent and opaque pixels fast: they read the same either way, only edges need work.
  const aligned = data.byteOffset % 4 === 0 && LITTLE_ENDIAN;
  const words = aligned ? new Uint32Array(data.buffer, data.byteOffset, width * height) : null;
  for (let index = 0; index < width * height; index += 1) {
    if (words !== null) {
      const word = words[index] as number;
      if (word === 0 || word >>> 24 === 255) continue;
    }
    const alpha = data[index * 4 + 3] as number;
    if (alpha === 0 || alpha === 255) continue;
    const row = Math.floor(index / width);
    const at = row * (stride + 1) + 1 + (index - row * width) * 4;
    for (let channel = 0; channel < 3; channel += 1) {
      const value = data[index * 4 + channel] as number;
      out[at + channel] = Math.min(255, Math.round((value * 255) / alpha));
    }
  }
  return out;
}

/** Encodes RGBA pixels as an 8-bit RGBA PNG without any metadata chunks. */
export function encodeRgbaPng(pixels: RgbaPixels): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(pixels.width, 0);
  header.writeUInt32BE(pixels.height, 4);
  header[8] = 8; // bits per channel
  header[9] = COLOR_TYPE_RGBA;
  // Bytes 10-12: deflate compression, adaptive filtering (method 0), no interlace.
  // Level 1: as small as RLE here (71 KiB against 106 KiB a picture) and no slower.
  const compressed = deflateSync(scanlines(pixels), { level: 1 });
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', compressed),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
