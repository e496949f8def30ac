import { describe, expect, it } from 'vitest';
import { fitFrame } from '../../../../renderer/canvas/fit';

describe('fitFrame', () => {
  it('fits a 1080x1920 frame into a wide area by height, centred', () => {
    const fit = fitFrame({ width: 800, height: 600 }, { width: 1080, height: 1920 }, 20);
    expect(fit.scale).toBeCloseTo(560 / 1920);
    expect(fit.height).toBeCloseTo(560);
    expect(fit.width).toBeCloseTo(315);
    expect(fit.x).toBeCloseTo((800 - 315) / 2);
    expect(fit.y).toBeCloseTo(20);
  });

  it('fits a narrow area by width', () => {
    const fit = fitFrame({ width: 300, height: 2000 }, { width: 1080, height: 1920 }, 0);
    expect(fit.scale).toBeCloseTo(300 / 1080);
    expect(fit.x).toBeCloseTo(0);
  });

  it('gives a zero scale when there is no room', () => {
    expect(fitFrame({ width: 10, height: 10 }, { width: 1080, height: 1920 }, 24).scale).toBe(0);
  });
});
