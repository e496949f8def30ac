import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it, vi } from 'vitest';
import { createFootageService } from '../../../../renderer/canvas/footage-protocol';
import {
  steppedWarmUp,
  warmUpPlans,
  warmUpSteps,
} from '../../../../renderer/canvas/footage-warmup';
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

describe('warmUpSteps', () => {
  it('sizes the throwaway compositor, then draws each plan from its own picture and closes it', () => {
    const compositor = napiCompositor();
    const draw = vi.spyOn(compositor, 'draw');
    const closes: ReturnType<typeof vi.fn>[] = [];
    const steps = warmUpSteps(compositor, () => {
      const close = vi.fn();
      closes.push(close);
      return Object.assign(createCanvas(64, 36) as unknown as CanvasImageSource, { close });
    });
    expect(steps).toHaveLength(3);
    for (const step of steps) step();
    expect(draw).toHaveBeenCalledTimes(2);
    expect(closes.every((close) => close.mock.calls.length === 1)).toBe(true);
  });

  it('stages one picture as real frames are, and closes it once the copy has finished', async () => {
    let finish: () => void = () => undefined;
    const stage = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    const close = vi.fn();
    const steps = warmUpSteps(
      napiCompositor(),
      () => Object.assign(createCanvas(64, 36) as unknown as CanvasImageSource, { close }),
      stage,
    );
    expect(steps).toHaveLength(4);
    steps[3]!();
    expect(stage).toHaveBeenCalledWith(expect.anything(), warmUpPlans()[0], {
      width: 64,
      height: 36,
    });
    expect(close).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1));
  });
});

describe('steppedWarmUp', () => {
  /** A scheduler the test runs by hand, one task at a time. */
  function manual() {
    const tasks: (() => void)[] = [];
    return {
      schedule: (run: () => void) => void tasks.push(run),
      runOne: () => tasks.shift()?.(),
      get queued() {
        return tasks.length;
      },
    };
  }

  it('runs one step per task, and stops between steps when asked', () => {
    const ran: number[] = [];
    const tasks = manual();
    const warmUp = steppedWarmUp(
      () => [1, 2, 3].map((n) => () => void ran.push(n)),
      tasks.schedule,
    );
    warmUp.start();
    expect(ran).toEqual([]);
    tasks.runOne();
    expect(ran).toEqual([1]);
    warmUp.stop();
    while (tasks.queued > 0) tasks.runOne();
    expect(ran).toEqual([1]);
  });

  it('runs to the end unless stopped, once at a time, and ends quietly on a step that throws', () => {
    const ran: number[] = [];
    const tasks = manual();
    const warmUp = steppedWarmUp(
      () => [
        () => void ran.push(1),
        () => {
          throw new Error('no VideoFrame here');
        },
        () => void ran.push(3),
      ],
      tasks.schedule,
    );
    warmUp.start();
    warmUp.start();
    expect(tasks.queued).toBe(1);
    while (tasks.queued > 0) tasks.runOne();
    expect(ran).toEqual([1]);
  });
});

describe('the footage service’s warm-up request', () => {
  it('starts the warm-up and answers nothing; any other request stops it and is served', async () => {
    const warmUp = { start: vi.fn(), stop: vi.fn() };
    const serve = createFootageService(napiCompositor(), () => 'picture', warmUp);
    expect(await serve({ type: 'warmup' })).toBeNull();
    expect(warmUp.start).toHaveBeenCalledTimes(1);
    expect(warmUp.stop).not.toHaveBeenCalled();
    await serve({ type: 'resolution', frame: { width: 1080, height: 1920 }, scale: 0.25 });
    expect(warmUp.stop).toHaveBeenCalledTimes(1);
    expect(await serve({ type: 'empty', id: 1, background: '#000000' })).toEqual({
      id: 1,
      ok: true,
      picture: 'picture',
    });
  });
});
