import { describe, expect, it } from 'vitest';
import { overlaySchema } from '../../../../shared/model/overlays';
import type { Overlay } from '../../../../shared/model/overlays';
import { NO_ANIMATION, staticTransform } from '../../../../shared/model/animation';
import { textOverlay } from '../fixtures';

const base = {
  id: 'ovl_1',
  start: 1000,
  end: 4000,
  transform: staticTransform(0.5, 0.4),
  enter: { type: 'pop', durationMs: 300, easing: 'easeOut' },
  exit: { type: 'fade', durationMs: 300, easing: 'easeIn' },
} as const;

const examples: Overlay[] = [
  { ...base, kind: 'icon', iconId: 'body/lungs', fill: '#FFFFFF', outline: '#000000', sizePx: 240 },
  {
    ...base,
    kind: 'callout',
    text: 'Left ventricle',
    target: { x: 0.4, y: 0.5 },
    arrow: true,
    fontSizePx: 48,
    textColor: '#FFFFFF',
    background: '#0B5FA5',
    lineColor: '#FFFFFF',
    lineWidthPx: 4,
  },
  {
    ...base,
    kind: 'shape',
    shape: 'badge',
    number: 2,
    widthPx: 96,
    heightPx: 96,
    stroke: '#FFFFFF',
    strokeWidthPx: 4,
    fill: '#E11D48',
  },
  {
    ...base,
    kind: 'shape',
    shape: 'ring',
    widthPx: 300,
    heightPx: 300,
    stroke: '#FFD60A',
    strokeWidthPx: 8,
  },
  { ...base, kind: 'image', mediaId: 'med_logo', widthPx: 300 },
  textOverlay('ovl_text', 1000, 4000),
  { ...base, kind: 'citationChip', citationId: 'cit_1' },
];

describe('overlaySchema', () => {
  it.each(examples.map((overlay) => [overlay.kind, overlay] as const))(
    'accepts a %s overlay',
    (_kind, overlay) => {
      expect(overlaySchema.parse(overlay)).toEqual(overlay);
    },
  );

  it('refuses an unknown kind', () => {
    expect(overlaySchema.safeParse({ ...base, kind: 'sticker' }).success).toBe(false);
  });

  it('needs the end after the start', () => {
    const result = overlaySchema.safeParse({ ...textOverlay('o'), start: 500, end: 500 });
    expect(result.error?.issues[0]?.path).toEqual(['end']);
  });

  it('keeps keyframes in order and inside the overlay (times relative to its start)', () => {
    const [first] = staticTransform();
    if (first === undefined) throw new Error('no keyframe');
    const late = overlaySchema.safeParse({
      ...textOverlay('o', 1000, 3000),
      transform: [first, { ...first, t: 2500 }],
    });
    expect(late.error?.issues[0]?.path).toEqual(['transform', 1, 't']);
    const inside = overlaySchema.safeParse({
      ...textOverlay('o', 1000, 3000),
      transform: [first, { ...first, t: 2000 }],
    });
    expect(inside.success).toBe(true);
    const unordered = overlaySchema.safeParse({
      ...textOverlay('o'),
      transform: [
        { ...first, t: 100 },
        { ...first, t: 50 },
      ],
    });
    expect(unordered.error?.issues[0]?.message).toMatch(/increase/);
    expect(overlaySchema.safeParse({ ...textOverlay('o'), transform: [] }).success).toBe(false);
  });

  it('refuses out-of-range transform values and unknown easings', () => {
    const [first] = staticTransform();
    expect(
      overlaySchema.safeParse({ ...textOverlay('o'), transform: [{ ...first, opacity: 1.5 }] })
        .success,
    ).toBe(false);
    expect(
      overlaySchema.safeParse({ ...textOverlay('o'), transform: [{ ...first, scale: 0 }] }).success,
    ).toBe(false);
    expect(
      overlaySchema.safeParse({ ...textOverlay('o'), transform: [{ ...first, easing: 'bounce' }] })
        .success,
    ).toBe(false);
  });

  it('needs enter and exit to fit inside the overlay', () => {
    const result = overlaySchema.safeParse({
      ...textOverlay('o', 0, 1000),
      enter: { type: 'fade', durationMs: 600, easing: 'linear' },
      exit: { type: 'wipe', durationMs: 600, easing: 'linear' },
    });
    expect(result.error?.issues[0]?.path).toEqual(['exit', 'durationMs']);
    expect(
      overlaySchema.safeParse({ ...textOverlay('o'), enter: { ...NO_ANIMATION, type: 'spin' } })
        .success,
    ).toBe(false);
  });

  it('needs a number on a badge and a healthicons-style icon id', () => {
    const badge = examples[2];
    if (badge?.kind !== 'shape') throw new Error('fixture order');
    const { number: _number, ...withoutNumber } = badge;
    expect(overlaySchema.safeParse(withoutNumber).error?.issues[0]?.path).toEqual(['number']);
    expect(overlaySchema.safeParse({ ...examples[0], iconId: 'Body Lungs' }).success).toBe(false);
  });
});
