import { describe, expect, it } from 'vitest';
import {
  measureAllFaceAdvances,
  measureAllFallbackMetrics,
  measureEmojiAdvance,
} from '../../../../../main/engine/render/font-metrics-source';
import {
  EMOJI_ADVANCE,
  FALLBACK_METRICS,
  FONT_ADVANCES,
} from '../../../../../shared/scene/font-metrics';
import { textWidthPx } from '../../../../../shared/scene/text-measure';
import { createCanvas } from '@napi-rs/canvas';

describe('font metrics table', () => {
  it('matches the installed @fontsource files (regenerate with write-font-metrics.ts)', () => {
    expect(measureAllFaceAdvances()).toEqual(FONT_ADVANCES);
    expect(measureAllFallbackMetrics()).toEqual(FALLBACK_METRICS);
    expect(measureEmojiAdvance()).toBe(EMOJI_ADVANCE);
  });

  it('measures caption text within 2 % of the real shaped width', () => {
    const context = createCanvas(8, 8).getContext('2d');
    const face = { family: 'TikTok Sans', weight: 700 };
    context.font = `700 64px "TikTok Sans"`;
    for (const text of ['Blood pressure above 140/90 raises stroke risk', 'Check it every year']) {
      const real = context.measureText(text).width;
      expect(Math.abs(textWidthPx(text, face, 64) - real) / real).toBeLessThan(0.02);
    }
  });
});
