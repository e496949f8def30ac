import { describe, expect, it } from 'vitest';
import { defaultFormat, formatSchema } from '../../../../shared/model/format';

describe('formatSchema', () => {
  it('defaults to 1080x1920 at 30 fps on black', () => {
    expect(defaultFormat()).toEqual({ width: 1080, height: 1920, fps: 30, background: '#000000' });
    expect(formatSchema.parse(defaultFormat(60)).fps).toBe(60);
  });

  it.each([24, 25, 30, 50, 60])('accepts %i fps', (fps) => {
    expect(formatSchema.safeParse({ ...defaultFormat(), fps }).success).toBe(true);
  });

  it.each([23.976, 29.97, 0, 120])('refuses %s fps', (fps) => {
    expect(formatSchema.safeParse({ ...defaultFormat(), fps }).success).toBe(false);
  });

  it('accepts other 9:16 sizes and refuses other shapes and odd sizes', () => {
    expect(formatSchema.safeParse({ ...defaultFormat(), width: 720, height: 1280 }).success).toBe(
      true,
    );
    const square = formatSchema.safeParse({ ...defaultFormat(), width: 1080, height: 1080 });
    expect(square.error?.issues[0]?.message).toMatch(/9:16/);
    expect(formatSchema.safeParse({ ...defaultFormat(), width: 1081 }).success).toBe(false);
  });

  it('refuses colours that are not #rrggbb(aa)', () => {
    expect(formatSchema.safeParse({ ...defaultFormat(), background: 'black' }).success).toBe(false);
    expect(formatSchema.safeParse({ ...defaultFormat(), background: '#00000080' }).success).toBe(
      true,
    );
  });
});
