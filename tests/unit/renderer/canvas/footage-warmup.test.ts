import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it, vi } from 'vitest';
import { createFootageService } from '../../../../renderer/canvas/footage-protocol';
import { warmUpCompositor, warmUpPlans } from '../../../../renderer/canvas/footage-warmup';
import { VideoCompositor } from '../../../../renderer/canvas/video-compositor';

const napiCompositor = () =>
  new VideoCompositor(() => createCanvas(1, 1) as unknown as HTMLCanvasElement);

describe('warmUpPlans', () => {
  it('takes every compositing path: fill and fit on a blurred backdrop, each blur style', () => {
    const plans = warmUpPlans();
    expect(plans.map((plan) => plan.mode)).toEqual(['fill', 'fit']);
    const fit = plans[1];
    expect(fit?.mode === 'fit' && fit.backdrop.kind).toBe('blur');
    for (const plan of plans) {
      expect(plan.patches.map((patch) => patch.style).sort()).toEqual([
        'gaussian',
        'pixelate',
        'solid',
      ]);
    }
  });
});

describe('warmUpCompositor', () => {
  it('draws each plan from its own picture and closes it', () => {
    const compositor = napiCompositor();
    const draw = vi.spyOn(compositor, 'draw');
    const closes: ReturnType<typeof vi.fn>[] = [];
    warmUpCompositor(compositor, () => {
      const close = vi.fn();
      closes.push(close);
      return Object.assign(createCanvas(64, 36) as unknown as CanvasImageSource, { close });
    });
    expect(draw).toHaveBeenCalledTimes(2);
    expect(closes.every((close) => close.mock.calls.length === 1)).toBe(true);
  });
});

describe('the footage service’s warm-up request', () => {
  it('runs the warm-up, answers nothing, and survives a warm-up that throws', () => {
    const warmUp = vi.fn(() => {
      throw new Error('no VideoFrame here');
    });
    const serve = createFootageService(napiCompositor(), () => 'picture', warmUp);
    expect(serve({ type: 'warmup' })).toBeNull();
    expect(warmUp).toHaveBeenCalledTimes(1);
    serve({ type: 'resolution', frame: { width: 1080, height: 1920 }, scale: 0.25 });
    expect(serve({ type: 'empty', id: 1, background: '#000000' })).toEqual({
      id: 1,
      ok: true,
      picture: 'picture',
    });
  });
});
