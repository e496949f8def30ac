import { describe, expect, it } from 'vitest';
import { checkExport, type ExportProbe } from '../../../../../main/engine/render/verify';

const expected = {
  width: 1080,
  height: 1920,
  fps: 30,
  durationMs: 3500,
  sampleRate: 48000,
  channels: 2,
};

function goodProbe(): ExportProbe {
  return {
    streams: [
      {
        index: 0,
        codec_type: 'video',
        codec_name: 'h264',
        profile: 'High',
        pix_fmt: 'yuv420p',
        width: 1080,
        height: 1920,
        r_frame_rate: '30/1',
        avg_frame_rate: '30/1',
        tags: {
          language: 'und',
          handler_name: 'VideoHandler',
          vendor_id: '[0][0][0][0]',
          encoder: 'Lavc libx264',
        },
      },
      {
        index: 1,
        codec_type: 'audio',
        codec_name: 'aac',
        profile: 'LC',
        sample_rate: '48000',
        channels: 2,
        tags: { language: 'und', handler_name: 'SoundHandler', vendor_id: '[0][0][0][0]' },
      },
    ],
    format: {
      duration: '3.521000',
      tags: { major_brand: 'isom', minor_version: '512', compatible_brands: 'isomiso2avc1mp41' },
    },
    chapters: [],
  };
}

const fastStart = ['ftyp', 'moov', 'free', 'mdat'];

describe('checkExport', () => {
  it('passes a file that meets the preset and carries only harmless tags', () => {
    const report = checkExport(goodProbe(), fastStart, expected);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({
      ok: true,
      durationMs: 3521,
      fastStart: true,
      video: { profile: 'High', width: 1080, height: 1920, frameRate: '30/1' },
      audio: { codec: 'aac', sampleRate: 48000, channels: 2 },
    });
  });

  it('names every way a file can miss the preset', () => {
    const probe = goodProbe();
    Object.assign(probe.streams[0]!, {
      profile: 'Main',
      pix_fmt: 'yuv444p',
      width: 720,
      r_frame_rate: '25/1',
    });
    Object.assign(probe.streams[1]!, { sample_rate: '44100', channels: 1 });
    probe.format!.duration = '4.0';
    const report = checkExport(probe, ['ftyp', 'mdat', 'moov'], expected);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      'H.264 profile is Main, expected High',
      'pixel format is yuv444p, expected yuv420p',
      'width is 720, expected 1080',
      'frame rate is 25/1, expected 30/1',
      'audio sample rate is 44100, expected 48000',
      'audio channels is 1, expected 2',
      'the file lasts 4000 ms, expected 3500 ms',
      'the index (moov) does not come before the media (boxes: ftyp, mdat, moov)',
    ]);
  });

  it('refuses location, device and date tags, chapters and a leftover rotation', () => {
    const probe = goodProbe();
    probe.format!.tags = {
      ...probe.format!.tags,
      location: '+48.8577+002.2950/',
      creation_time: '2020-01-01T00:00:00.000000Z',
    };
    probe.streams[0]!.tags = {
      ...probe.streams[0]!.tags,
      'com.apple.quicktime.make': 'Apple',
      handler_name: 'Core Media Video',
    };
    probe.streams[0]!.side_data_list = [{ side_data_type: 'Display Matrix' }];
    probe.chapters = [{ id: 0 }];
    const report = checkExport(probe, fastStart, expected);
    expect(report.problems).toEqual([
      'the video carries a rotation (display matrix); players would turn it',
      'file metadata "location=+48.8577+002.2950/" was kept',
      'file metadata "creation_time=2020-01-01T00:00:00.000000Z" was kept',
      'stream 0 has the handler name "Core Media Video"',
      'stream 0 metadata "com.apple.quicktime.make=Apple" was kept',
      '1 chapter(s) were kept',
    ]);
  });

  it('needs exactly one video and one audio stream', () => {
    const probe = goodProbe();
    probe.streams.push({ index: 2, codec_type: 'data' });
    probe.streams.splice(1, 1);
    expect(checkExport(probe, fastStart, expected).problems.slice(0, 2)).toEqual([
      'expected 1 audio stream, found 0',
      'unexpected data stream(s)',
    ]);
  });
});
