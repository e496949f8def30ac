import { describe, expect, it } from 'vitest';
import { clipVideoChains, fitBlurSigmaPx } from '../../../../../../main/engine/render/plan/video';
import type { Reframe } from '../../../../../../shared/model';
import { interpolateFocus } from '../../../../../../shared/scene/interpolate';
import { asset, clip, rotatedProbe, wideProbe } from './documents';
import { evaluateExpression } from './ffmpeg-expr';

const frame = { width: 1080, height: 1920 };
const HEAD =
  'setpts=PTS-STARTPTS,fps=30,tpad=stop_mode=clone:stop=-1,trim=end_frame=60,format=yuv420p';

function chains(reframe: Reframe, probe = wideProbe(), fields = {}) {
  return clipVideoChains({
    clip: clip('c', 'med_a', { reframe, ...fields }),
    asset: asset('med_a', probe),
    inputIndex: 2,
    frames: 60,
    fps: 30,
    frame,
    tracks: [],
    prefix: 'c0',
  });
}

describe('clipVideoChains', () => {
  it('fill with a fixed focus: crop (before scale) at a constant offset', () => {
    const result = chains({ mode: 'fill', focus: [{ t: 0, x: 0.25, y: 0.5, easing: 'linear' }] });
    expect(result.chains).toEqual([
      `[2:v:0]${HEAD}[c0src]`,
      // 0.25 * 1920 - 606 / 2 = 177 -> even 176.
      "[c0src]crop=w=606:h=1080:x='176':y='0',scale=w=1080:h=1920[c0fill]",
      '[c0fill]setsar=1,format=yuv420p[c0v]',
    ]);
    expect(result.output).toBe('c0v');
  });

  it('fill with moving focus: per-frame x follows the eased keyframes in source time', () => {
    const focus = [
      { t: 1000, x: 0.1, y: 0.5, easing: 'easeInOut' as const },
      { t: 3000, x: 0.9, y: 0.5, easing: 'linear' as const },
    ];
    const result = chains({ mode: 'fill', focus }, wideProbe(), { in: 500, out: 2500 });
    const x = /crop=w=606:h=1080:x='([^']+)'/.exec(result.chains[1]!)![1]!;
    for (let frameIndex = 0; frameIndex < 60; frameIndex += 1) {
      const localS = frameIndex / 30;
      const centre = interpolateFocus(focus, 500 + localS * 1000).x * 1920;
      const expected = Math.min(Math.max(centre - 303, 0), 1920 - 606);
      const actual = evaluateExpression(x, localS);
      expect(actual % 2).toBe(0);
      expect(Math.abs(actual - expected)).toBeLessThan(2);
    }
  });

  it('fit-color: scale to fit, then pad with the colour, centred', () => {
    const result = chains({ mode: 'fit-color', color: '#12a4a0' });
    expect(result.chains).toEqual([
      `[2:v:0]${HEAD}[c0src]`,
      '[c0src]scale=w=1080:h=608,setsar=1[c0fit]',
      '[c0fit]pad=w=1080:h=1920:x=0:y=656:color=0x12a4a0[c0framed]',
      '[c0framed]setsar=1,format=yuv420p[c0v]',
    ]);
  });

  it('fit-blur: bands of the blurred middle (made at 1/8 size) stacked around the fitted picture', () => {
    const result = chains({ mode: 'fit-blur', blurStrength: 40 });
    expect(result.chains).toEqual([
      `[2:v:0]${HEAD}[c0src]`,
      '[c0src]scale=w=1080:h=608,setsar=1[c0fit]',
      '[c0fit]split=2[c0fg][c0bgsrc]',
      '[c0bgsrc]crop=w=342:h=608:x=368:y=0,scale=w=136:h=240:flags=area,gblur=sigma=3.022,split=2[c0b0s][c0b1s]',
      // 656 of 1920 rows above and below the picture: 82 of the 240 small rows each.
      '[c0b0s]crop=w=136:h=82:x=0:y=0,scale=w=1080:h=656:flags=bilinear,setsar=1[c0b0]',
      '[c0b1s]crop=w=136:h=82:x=0:y=158,scale=w=1080:h=656:flags=bilinear,setsar=1[c0b1]',
      '[c0b0][c0fg][c0b1]vstack=inputs=3,setsar=1,format=yuv420p[c0framed]',
      '[c0framed]setsar=1,format=yuv420p[c0v]',
    ]);
    expect(fitBlurSigmaPx(40)).toBe(24);
  });

  it('fit-blur on a picture narrower than 9:16 stacks the bands left and right', () => {
    const tall = wideProbe();
    Object.assign(tall, { width: 1080, height: 2400, displayWidth: 1080, displayHeight: 2400 });
    const result = chains({ mode: 'fit-blur', blurStrength: 10 }, tall);
    expect(result.chains.slice(1)).toEqual([
      '[c0src]scale=w=864:h=1920,setsar=1[c0fit]',
      '[c0fit]split=2[c0fg][c0bgsrc]',
      '[c0bgsrc]crop=w=864:h=1536:x=0:y=192,scale=w=136:h=240:flags=area,gblur=sigma=0.756,split=2[c0b0s][c0b1s]',
      '[c0b0s]crop=w=14:h=240:x=0:y=0,scale=w=108:h=1920:flags=bilinear,setsar=1[c0b0]',
      '[c0b1s]crop=w=14:h=240:x=122:y=0,scale=w=108:h=1920:flags=bilinear,setsar=1[c0b1]',
      '[c0b0][c0fg][c0b1]hstack=inputs=3,setsar=1,format=yuv420p[c0framed]',
      '[c0framed]setsar=1,format=yuv420p[c0v]',
    ]);
  });

  it('turns a rotated source upright first, and a picture that fills the frame needs no background', () => {
    const result = chains({ mode: 'fit-blur', blurStrength: 40 }, rotatedProbe());
    expect(result.chains[0]).toBe(`[2:v:0]${HEAD},transpose=clock[c0src]`);
    expect(result.chains.slice(1)).toEqual([
      '[c0src]scale=w=1080:h=1920,setsar=1[c0fit]',
      '[c0fit]null[c0framed]',
      '[c0framed]setsar=1,format=yuv420p[c0v]',
    ]);
    const mirrored = chains(
      { mode: 'fill', focus: [{ t: 0, x: 0.5, y: 0.5, easing: 'linear' }] },
      wideProbe(10_000),
    );
    expect(mirrored.chains[0]).not.toContain('hflip');
    const flipped = chains(
      { mode: 'fill', focus: [{ t: 0, x: 0.5, y: 0.5, easing: 'linear' }] },
      { ...wideProbe(), mirrored: true },
    );
    expect(flipped.chains[0]).toBe(`[2:v:0]${HEAD},hflip[c0src]`);
  });
});
