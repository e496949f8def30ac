import { describe, expect, it } from 'vitest';
import { mediaProbeSchema } from '../../../../../shared/model/probe';
import { MediaError } from '../../../../../main/engine/media/errors';
import {
  detectVariableFrameRate,
  ffprobeOutputSchema,
  interpretProbe,
  parseRational,
  type FfprobeOutput,
} from '../../../../../main/engine/media/probe-parse';

const MP4 = 'mov,mp4,m4a,3gp,3g2,mj2';

// Trimmed ffprobe 5.1 output of androidx-media's sample_android_slow_motion.mp4.
const SLOW_MOTION = ffprobeOutputSchema.parse({
  streams: [
    {
      index: 0,
      codec_name: 'h264',
      codec_type: 'video',
      codec_tag_string: 'avc1',
      codec_tag: '0x31637661',
      width: 1280,
      height: 720,
      sample_aspect_ratio: '1:1',
      pix_fmt: 'yuvj420p',
      color_transfer: 'bt2020-12',
      r_frame_rate: '30/1',
      avg_frame_rate: '630000/47281',
      start_time: '0.000000',
      duration: '0.525344',
    },
  ],
  format: { format_name: MP4, duration: '0.526000', start_time: '0.000000', bit_rate: '661307' },
  packets: ['0.000000', '0.325344', '0.358678', '0.392011', '0.425344', '0.458678', '0.492011'].map(
    (pts_time) => ({ stream_index: 0, pts_time, duration_time: '0.033333' }),
  ),
});

function output(partial: Partial<FfprobeOutput>): FfprobeOutput {
  return ffprobeOutputSchema.parse({
    format: { format_name: MP4, duration: '2.000000', start_time: '0.000000' },
    ...partial,
  });
}

const h264 = {
  index: 0,
  codec_type: 'video',
  codec_name: 'h264',
  codec_tag_string: 'avc1',
  codec_tag: '0x31637661',
  width: 1080,
  height: 720,
  avg_frame_rate: '30000/1001',
  r_frame_rate: '30000/1001',
  start_time: '0.000000',
  duration: '2.000000',
  pix_fmt: 'yuv420p',
};
const aac = {
  index: 1,
  codec_type: 'audio',
  codec_name: 'aac',
  codec_tag_string: 'mp4a',
  codec_tag: '0x6134706d',
  sample_rate: '44100',
  channels: 2,
  start_time: '0.000000',
  duration: '2.000000',
};

function errorOf(fn: () => unknown): MediaError {
  try {
    fn();
  } catch (error) {
    if (error instanceof MediaError) return error;
    throw error;
  }
  throw new Error('expected a MediaError');
}

describe('interpretProbe', () => {
  it('reads the slow-motion sample: variable frame rate, average fps, schema-valid', () => {
    const probe = interpretProbe(SLOW_MOTION, '/m/slow.mp4');
    expect(mediaProbeSchema.parse(probe)).toEqual(probe);
    expect(probe).toMatchObject({
      kind: 'video',
      container: MP4,
      durationMs: 525,
      width: 1280,
      height: 720,
      fps: 13.325,
      variableFrameRate: true,
      hasAudio: false,
      colorTransfer: 'bt2020-12',
      hdr: false,
      bitRate: 661307,
    });
  });

  it('reads a constant-rate video with audio', () => {
    const probe = interpretProbe(output({ streams: [h264, aac] }), '/m/a.mp4');
    expect(probe).toMatchObject({
      kind: 'video',
      durationMs: 2000,
      fps: 29.97,
      variableFrameRate: false,
      hasVideo: true,
      hasAudio: true,
      videoCodec: 'h264',
      audioCodec: 'aac',
      audioSampleRate: 44100,
      audioChannels: 2,
      rotation: 0,
      displayWidth: 1080,
      displayHeight: 720,
    });
  });

  it('swaps the display size for a quarter turn and applies the pixel aspect', () => {
    const rotated = {
      ...h264,
      side_data_list: [
        {
          side_data_type: 'Display Matrix',
          displaymatrix:
            '\n00000000:            0       65536           0\n00000001:        65536           0           0\n00000002:            0           0  1073741824\n',
          rotation: -90,
        },
      ],
    };
    expect(interpretProbe(output({ streams: [rotated] }), '/m/r.mp4')).toMatchObject({
      rotation: 90,
      mirrored: true,
      width: 1080,
      height: 720,
      displayWidth: 720,
      displayHeight: 1080,
    });
    const anamorphic = { ...h264, width: 800, height: 640, sample_aspect_ratio: '1137:800' };
    expect(interpretProbe(output({ streams: [anamorphic] }), '/m/b.mp4')).toMatchObject({
      displayWidth: 1137,
      displayHeight: 640,
    });
  });

  it('measures the duration from the first frame when the header counts from zero', () => {
    // androidx-media bbb_…_firstpts_10_sec.mp4: format says 14 s, the video runs 10 s..14 s.
    const late = { ...h264, start_time: '10.000000', duration: '4.000000' };
    const probe = interpretProbe(
      output({
        streams: [late],
        format: { format_name: MP4, duration: '14.000000', start_time: '10.000000' },
      }),
      '/m/late.mp4',
    );
    expect(probe.durationMs).toBe(4000);
    expect(probe.startTimeMs).toBe(10_000);
  });

  it('flags HDR for PQ and HLG transfers', () => {
    for (const transfer of ['smpte2084', 'arib-std-b67']) {
      const hdr = { ...h264, color_transfer: transfer, pix_fmt: 'yuv420p10le' };
      expect(interpretProbe(output({ streams: [hdr] }), '/m/h.mp4').hdr).toBe(true);
    }
    const sdr = { ...h264, color_transfer: 'bt709' };
    expect(interpretProbe(output({ streams: [sdr] }), '/m/s.mp4').hdr).toBe(false);
  });

  it('treats an image container as a still with duration 0 and no frame rate', () => {
    const png = {
      index: 0,
      codec_type: 'video',
      codec_name: 'png',
      width: 320,
      height: 240,
      avg_frame_rate: '25/1',
      pix_fmt: 'rgb24',
    };
    const probe = interpretProbe(
      output({ streams: [png], format: { format_name: 'png_pipe' } }),
      '/m/p.png',
    );
    expect(probe).toMatchObject({ kind: 'image', durationMs: 0, startTimeMs: 0, hasVideo: true });
    expect(probe.fps).toBeUndefined();
    expect(mediaProbeSchema.safeParse(probe).success).toBe(true);
  });

  it('treats cover art in an audio file as audio, not video', () => {
    const cover = {
      index: 1,
      codec_type: 'video',
      codec_name: 'mjpeg',
      width: 600,
      height: 600,
      disposition: { default: 0, attached_pic: 1 },
    };
    const probe = interpretProbe(
      output({ streams: [{ ...aac, index: 0 }, cover], format: { format_name: 'mp3' } }),
      '/m/song.mp3',
    );
    expect(probe).toMatchObject({ kind: 'audio', hasVideo: false, hasAudio: true });
    expect(probe.width).toBeUndefined();
  });

  it('refuses output without audio or video streams as not-media', () => {
    const subtitleOnly = { index: 0, codec_type: 'subtitle', codec_name: 'subrip' };
    const error = errorOf(() => interpretProbe(output({ streams: [subtitleOnly] }), '/m/subs.mkv'));
    expect(error.code).toBe('not-media');
    expect(error.message).toContain('/m/subs.mkv');
  });

  it('calls an MP4 track without sample description damaged (sample_missing_stsd.mp4)', () => {
    const broken = {
      index: 1,
      codec_type: 'audio',
      codec_tag_string: '[0][0][0][0]',
      codec_tag: '0x0000',
      sample_rate: '0',
      channels: 0,
    };
    const error = errorOf(() =>
      interpretProbe(output({ streams: [h264, broken] }), '/m/stsd.mp4', { isIsoBmff: true }),
    );
    expect(error.code).toBe('truncated');
    expect(error.detail).toBe('audio stream #1 has no sample description');
  });

  it('calls an unknown codec tag or a codec without decoder unsupported', () => {
    const unknown = {
      ...h264,
      codec_name: undefined,
      codec_tag_string: 'zzzz',
      codec_tag: '0x7a7a7a7a',
    };
    const error = errorOf(() =>
      interpretProbe(output({ streams: [unknown] }), '/m/z.mp4', { isIsoBmff: true }),
    );
    expect(error.code).toBe('unsupported-codec');
    expect(error.detail).toContain('"zzzz"');

    const avs2 = { ...h264, codec_name: 'avs2' };
    const noDecoder = errorOf(() =>
      interpretProbe(output({ streams: [avs2] }), '/m/avs.mp4', {
        decodableCodecs: new Set(['h264', 'aac']),
      }),
    );
    expect(noDecoder.code).toBe('unsupported-codec');
    expect(noDecoder.message).toContain('"avs2"');
  });
});

describe('detectVariableFrameRate', () => {
  it('accepts constant rates, B-frame decode order and timestamp rounding', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => i / 30);
    expect(detectVariableFrameRate(thirty)).toBe(false);
    // Decode order of sample.mp4 (B-frames): same rate once sorted.
    expect(
      detectVariableFrameRate([0, 0.066733, 0.033367, 0.2002, 0.133467, 0.1001, 0.166833]),
    ).toBe(false);
    // 29.97 fps in a millisecond time base: 33 and 34 ms gaps.
    const ms = Array.from({ length: 30 }, (_, i) => Math.round((i * 1001) / 30) / 1000);
    expect(detectVariableFrameRate(ms)).toBe(false);
  });

  it('finds a frame held much longer than the others', () => {
    expect(detectVariableFrameRate([0, 0.04, 0.08, 0.2, 0.24])).toBe(true);
  });

  it('needs at least three frames to judge', () => {
    expect(detectVariableFrameRate([0, 1])).toBe(false);
  });
});

describe('parseRational', () => {
  it('parses rates and aspect ratios and refuses unknowns', () => {
    expect(parseRational('25/2')).toBe(12.5);
    expect(parseRational('1137:800')).toBeCloseTo(1.42125);
    expect(parseRational('0/0')).toBeNull();
    expect(parseRational('N/A')).toBeNull();
    expect(parseRational(undefined)).toBeNull();
  });
});
