import { describe, expect, it } from 'vitest';
import { formatProgressLine } from '../../../../../main/cli/commands/render-progress';

describe('formatProgressLine', () => {
  it('draws the bar, the percentage, the ETA and the speed', () => {
    expect(formatProgressLine({ progress: 0.5, etaMs: 72_400, fps: 47.6 }, 10)).toBe(
      '[#####-----]  50%  ETA 1:12  48 fps',
    );
    expect(formatProgressLine({ progress: 0, etaMs: null, fps: null }, 4)).toBe(
      '[----]   0%  ETA --:--',
    );
    expect(formatProgressLine({ progress: 1.3, etaMs: 0, fps: null }, 4)).toBe(
      '[####] 100%  ETA 0:00',
    );
  });
});
