import { describe, expect, it } from 'vitest';
import { contrastRatio, worstContrast } from '../../../../shared/captions/contrast';

describe('contrastRatio (WCAG 2)', () => {
  it('gives the known ratios', () => {
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // WebAIM's checker: #767676 on white is 4.54:1 (the lightest grey passing AA), #777777 4.48:1.
    expect(contrastRatio('#FFFFFF', '#767676')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#FFFFFF', '#777777')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#FFD60A', '#000000')).toBeCloseTo(14.875, 3);
  });
});

describe('worstContrast', () => {
  it('is the plain ratio when every layer is opaque', () => {
    expect(worstContrast({ color: '#FFFFFF' }, [{ color: '#767676' }])).toBeCloseTo(4.54, 2);
    expect(
      worstContrast({ color: '#FFFFFF' }, [{ color: '#000000' }, { color: '#767676' }]),
    ).toBeCloseTo(4.54, 2);
  });

  it('takes the worst backdrop behind a translucent box', () => {
    // Half-transparent black over a white frame shows as #808080.
    const half = worstContrast({ color: '#FFFFFF' }, [{ color: '#000000', opacity: 0.5 }]);
    expect(half).toBeCloseTo(contrastRatio('#FFFFFF', '#808080'), 10);
    expect(half).toBeCloseTo(3.95, 2);
    const alphaInColour = worstContrast({ color: '#FFFFFF' }, [{ color: '#00000080' }]);
    expect(alphaInColour).toBeCloseTo(contrastRatio('#FFFFFF', '#7F7F7F'), 10);
  });

  it('finds a mid-grey frame that matches a grey text seen through a thin box', () => {
    expect(worstContrast({ color: '#808080' }, [{ color: '#000000', opacity: 0.2 }])).toBeLessThan(
      1.02,
    );
  });

  it('lets translucent text show the backdrop through it', () => {
    // White at 50% over an opaque black box: #808080 on black.
    expect(worstContrast({ color: '#FFFFFF80' }, [{ color: '#000000' }])).toBeCloseTo(
      contrastRatio('#808080', '#000000'),
      10,
    );
  });
});
