import { describe, expect, it } from 'vitest';
import {
  audioClipSchema,
  centredFill,
  reframeSchema,
  videoClipSchema,
} from '../../../../shared/model/clips';
import type { VideoClip } from '../../../../shared/model/clips';

const clip: VideoClip = {
  id: 'clip_1',
  mediaId: 'med_a',
  start: 0,
  in: 0,
  out: 1000,
  volume: 1,
  muted: false,
  reframe: centredFill(),
};

describe('reframeSchema', () => {
  it('accepts the three modes', () => {
    expect(reframeSchema.parse(centredFill()).mode).toBe('fill');
    expect(reframeSchema.parse({ mode: 'fit-blur', blurStrength: 40 }).mode).toBe('fit-blur');
    expect(reframeSchema.parse({ mode: 'fit-color', color: '#112233' }).mode).toBe('fit-color');
  });

  it('refuses unknown modes, out-of-frame focus and focus times that go back', () => {
    expect(reframeSchema.safeParse({ mode: 'stretch' }).success).toBe(false);
    expect(
      reframeSchema.safeParse({ mode: 'fill', focus: [{ t: 0, x: 1.2, y: 0.5, easing: 'linear' }] })
        .success,
    ).toBe(false);
    const backwards = reframeSchema.safeParse({
      mode: 'fill',
      focus: [
        { t: 500, x: 0.2, y: 0.5, easing: 'linear' },
        { t: 500, x: 0.8, y: 0.5, easing: 'linear' },
      ],
    });
    expect(backwards.error?.issues[0]).toMatchObject({ path: ['focus', 1, 't'] });
    expect(reframeSchema.safeParse({ mode: 'fill', focus: [] }).success).toBe(false);
    expect(reframeSchema.safeParse({ mode: 'fit-blur', blurStrength: 0 }).success).toBe(false);
  });
});

describe('videoClipSchema', () => {
  it('accepts a valid clip', () => {
    expect(videoClipSchema.parse(clip)).toEqual(clip);
  });

  it('needs out after in', () => {
    const result = videoClipSchema.safeParse({ ...clip, in: 1000, out: 1000 });
    expect(result.error?.issues[0]).toMatchObject({ path: ['out'] });
  });

  it('wants integer, non-negative times and volume within 0..2', () => {
    expect(videoClipSchema.safeParse({ ...clip, start: 1.5 }).success).toBe(false);
    expect(videoClipSchema.safeParse({ ...clip, start: -1 }).success).toBe(false);
    expect(videoClipSchema.safeParse({ ...clip, volume: 2.5 }).success).toBe(false);
    expect(videoClipSchema.safeParse({ ...clip, volume: 2 }).success).toBe(true);
  });
});

describe('audioClipSchema', () => {
  const audio = {
    id: 'a',
    mediaId: 'm',
    start: 0,
    in: 0,
    out: 1000,
    volume: 1,
    fadeInMs: 200,
    fadeOutMs: 300,
  };

  it('accepts fades that fit', () => {
    expect(audioClipSchema.parse(audio)).toEqual(audio);
  });

  it('refuses fades longer than the clip', () => {
    const result = audioClipSchema.safeParse({ ...audio, fadeInMs: 600, fadeOutMs: 600 });
    expect(result.error?.issues[0]?.message).toMatch(/fade/);
  });
});
