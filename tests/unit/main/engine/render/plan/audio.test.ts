import { describe, expect, it } from 'vitest';
import {
  clipAudioChain,
  extraAudioChain,
  mixChain,
  samplesForFrames,
  silenceChain,
} from '../../../../../../main/engine/render/plan/audio';

const loudness = { integratedLufs: -14, truePeakDbtp: -1, rangeLu: 11 };

describe('audio chains', () => {
  it('counts whole samples per frame for every supported rate', () => {
    expect([24, 25, 30, 50, 60].map((fps) => samplesForFrames(fps, fps))).toEqual([
      48000, 48000, 48000, 48000, 48000,
    ]);
    expect(samplesForFrames(45, 30)).toBe(72000);
    expect(() => samplesForFrames(1, 29.97)).toThrow(RangeError);
  });

  it('pads or cuts a clip’s sound to its exact length, at its volume', () => {
    expect(clipAudioChain(1, 0.8, 72000, 's1a')).toBe(
      '[1:a:0]asetpts=PTS-STARTPTS,aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,volume=0.8,apad,atrim=end_sample=72000[s1a]',
    );
    expect(silenceChain(1600, 's0a')).toBe(
      'anullsrc=r=48000:cl=stereo,atrim=end_sample=1600,aformat=sample_fmts=fltp:channel_layouts=stereo[s0a]',
    );
  });

  it('fades and delays an extra audio clip to its place on the timeline', () => {
    const chain = extraAudioChain(
      {
        id: 'aud',
        mediaId: 'm',
        start: 1500,
        in: 200,
        out: 2200,
        volume: 0.5,
        fadeInMs: 300,
        fadeOutMs: 400,
      },
      4,
      'x0',
    );
    expect(chain).toBe(
      '[4:a:0]asetpts=PTS-STARTPTS,aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,volume=0.5,atrim=end_sample=96000,afade=t=in:st=0:d=0.3,afade=t=out:st=1.6:d=0.4,adelay=delays=1500:all=1[x0]',
    );
    const plain = extraAudioChain(
      { id: 'aud', mediaId: 'm', start: 0, in: 0, out: 1000, volume: 1, fadeInMs: 0, fadeOutMs: 0 },
      4,
      'x0',
    );
    expect(plain).not.toMatch(/afade|adelay/);
  });

  it('mixes at unity gain, normalises loudness, and returns to 48 kHz at the exact length', () => {
    expect(mixChain(['clipsound', 'x0', 'x1'], 168000, loudness, 'sound')).toBe(
      '[clipsound][x0][x1]amix=inputs=3:duration=first:dropout_transition=0:normalize=0,' +
        'loudnorm=I=-14:TP=-1:LRA=11,aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,apad,atrim=end_sample=168000[sound]',
    );
    expect(
      mixChain(
        ['clipsound'],
        480,
        { integratedLufs: -16, truePeakDbtp: -1.5, rangeLu: 7 },
        'sound',
      ),
    ).toBe(
      '[clipsound]loudnorm=I=-16:TP=-1.5:LRA=7,aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,apad,atrim=end_sample=480[sound]',
    );
  });
});
