import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  iconSvgPath,
  listIcons,
  parseIconId,
  readIconSvg,
} from '../../../../../main/engine/render/icons';

describe('healthicons', () => {
  it('resolves "category/name" to the filled SVG and "outline/…" to the outline one', () => {
    expect(iconSvgPath('body/heart_organ')).toMatch(
      /healthicons\/public\/icons\/svg\/filled\/body\/heart_organ\.svg$/,
    );
    expect(iconSvgPath('outline/body/lungs')).toMatch(/svg\/outline\/body\/lungs\.svg$/);
    expect(parseIconId('filled/body/liver-alt')).toEqual({
      style: 'filled',
      category: 'body',
      name: 'liver-alt',
    });
  });

  it('reads SVGs whose paths take currentColor, ready to recolour', () => {
    const svg = readIconSvg('body/heart_organ');
    expect(svg).toContain('viewBox="0 0 48 48"');
    expect(svg).toContain('fill="currentColor"');
    expect(svg).toBe(readFileSync(iconSvgPath('body/heart_organ'), 'utf8'));
  });

  it('says which id is wrong, and whether it is malformed or unknown', () => {
    expect(() => iconSvgPath('body/no_such_organ')).toThrow(
      expect.objectContaining({
        code: 'icon-not-found',
        message: expect.stringContaining('body/no_such_organ'),
      }),
    );
    expect(() => iconSvgPath('../etc/passwd')).toThrow(
      expect.objectContaining({ code: 'icon-invalid-id' }),
    );
    expect(() => iconSvgPath('heart')).toThrow(
      expect.objectContaining({ code: 'icon-invalid-id' }),
    );
  });

  it('lists the package catalogue with ids that resolve', () => {
    const icons = listIcons();
    expect(icons.length).toBeGreaterThan(600);
    const heart = icons.find((icon) => icon.id === 'body/heart_organ');
    expect(heart).toMatchObject({ category: 'body', title: 'Heart' });
    expect(heart?.tags).toContain('Cardiology');
    for (const icon of icons.slice(0, 50)) expect(() => iconSvgPath(icon.id)).not.toThrow();
  });
});
