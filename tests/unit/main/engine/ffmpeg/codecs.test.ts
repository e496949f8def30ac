import { describe, expect, it } from 'vitest';
import { parseCodecList } from '../../../../../main/engine/ffmpeg/codecs';

// Excerpt of `ffmpeg -hide_banner -codecs` from ffmpeg 5.1.9 (Debian).
const CAPTURED = `Codecs:
 D..... = Decoding supported
 .E.... = Encoding supported
 ..V... = Video codec
 ..A... = Audio codec
 ..S... = Subtitle codec
 ..D... = Data codec
 ..T... = Attachment codec
 ...I.. = Intra frame-only codec
 ....L. = Lossy compression
 .....S = Lossless compression
 -------
 D.VI.S 012v                 Uncompressed 4:2:2 10-bit
 .EVIL. a64_multi            Multicolor charset for Commodore 64 (encoders: a64multi )
 ..V.L. avs2                 AVS2-P2/IEEE1857.4
 DEV.LS h264                 H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10 (decoders: h264 h264_v4l2m2m h264_qsv h264_cuvid ) (encoders: libx264 libx264rgb h264_nvenc h264_omx h264_qsv h264_v4l2m2m h264_vaapi )
 DEAIL. aac                  AAC (Advanced Audio Coding) (decoders: aac aac_fixed )
 ..D... bin_data             binary data
 DES... ass                  ASS (Advanced SSA) subtitle (decoders: ssa ass ) (encoders: ssa ass )
`;

describe('parseCodecList', () => {
  const codecs = parseCodecList(CAPTURED);

  it('reads only the table rows, not the legend', () => {
    expect([...codecs.keys()]).toEqual([
      '012v',
      'a64_multi',
      'avs2',
      'h264',
      'aac',
      'bin_data',
      'ass',
    ]);
  });

  it('reads the decode, encode and type flags', () => {
    expect(codecs.get('h264')).toEqual({ name: 'h264', decode: true, encode: true, type: 'video' });
    expect(codecs.get('avs2')).toMatchObject({ decode: false, encode: false, type: 'video' });
    expect(codecs.get('a64_multi')).toMatchObject({ decode: false, encode: true });
    expect(codecs.get('aac')?.type).toBe('audio');
    expect(codecs.get('bin_data')?.type).toBe('data');
    expect(codecs.get('ass')?.type).toBe('subtitle');
  });
});
