import { describe, expect, it } from 'vitest';
import {
  decimal,
  easeExpr,
  evenClamped,
  num,
  piecewise,
  quoted,
  seconds,
} from '../../../../../../main/engine/render/plan/expr';
import { easingSchema, type FocusKeyframe } from '../../../../../../shared/model';
import { ease, interpolateFocus } from '../../../../../../shared/scene/interpolate';
import { compileExpression, evaluateExpression } from './ffmpeg-expr';

describe('number formatting', () => {
  it('writes fixed point without exponents and parenthesises negatives in expressions', () => {
    expect(decimal(1.5)).toBe('1.5');
    expect(decimal(2)).toBe('2');
    expect(decimal(1e-9)).toBe('0');
    expect(decimal(-0.00001)).toBe('0');
    expect(decimal(123456789.123456)).toBe('123456789.1235');
    expect(num(-5)).toBe('(-5)');
    expect(num(0.33333333, 2)).toBe('0.33');
    expect(seconds(1001)).toBe('1.001');
    expect(() => decimal(Number.NaN)).toThrow(RangeError);
  });

  it('quotes expressions for the filtergraph and refuses a quote inside', () => {
    expect(quoted('if(lt(t,1),0,1)')).toBe("'if(lt(t,1),0,1)'");
    expect(() => quoted("a'b")).toThrow();
  });
});

describe('easeExpr', () => {
  it('matches shared/scene ease() for every easing', () => {
    for (const easing of easingSchema.options) {
      for (const p of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1]) {
        const value = evaluateExpression(easeExpr(easing, '(t)'), p);
        expect(value, `${easing} at ${p}`).toBeCloseTo(ease(easing, p), 9);
      }
    }
  });
});

describe('piecewise', () => {
  it('is a constant for one key and a clipped segment for two', () => {
    expect(piecewise([{ t: 1, v: 7 }])).toBe('7');
    expect(
      piecewise([
        { t: 0, v: 10 },
        { t: 2, v: 30 },
      ]),
    ).toBe('10+20*clip((t-0)/2,0,1)');
  });

  it('holds the end values and follows the eased path exactly, as interpolateFocus does', () => {
    const focus: FocusKeyframe[] = [
      { t: 500, x: 0.2, y: 0.5, easing: 'easeIn' },
      { t: 1500, x: 0.8, y: 0.5, easing: 'hold' },
      { t: 2000, x: 0.3, y: 0.5, easing: 'easeInOut' },
      { t: 3100, x: 0.9, y: 0.5, easing: 'linear' },
      { t: 4000, x: 0.1, y: 0.5, easing: 'easeOut' },
    ];
    const expression = piecewise(focus.map((k) => ({ t: k.t / 1000, v: k.x, easing: k.easing })));
    for (let frame = 0; frame <= 150; frame += 1) {
      const ms = (frame * 1000) / 30;
      expect(evaluateExpression(expression, ms / 1000), `frame ${frame}`).toBeCloseTo(
        interpolateFocus(focus, ms).x,
        4,
      );
    }
  });

  it('stays shallow for hundreds of keys (a balanced tree, not a chain)', () => {
    const keys = Array.from({ length: 512 }, (_, i) => ({ t: i / 15, v: (i * 37) % 101 }));
    const expression = piecewise(keys);
    let depth = 0;
    let deepest = 0;
    for (const char of expression) {
      if (char === '(') deepest = Math.max(deepest, ++depth);
      if (char === ')') depth -= 1;
    }
    expect(deepest).toBeLessThan(60);
    const valueAt = compileExpression(expression);
    for (const i of [0, 1, 100, 255, 256, 510]) {
      const a = keys[i]!;
      const b = keys[i + 1]!;
      expect(valueAt((a.t + b.t) / 2)).toBeCloseTo((a.v + b.v) / 2, 3);
    }
    expect(valueAt(1000)).toBe(keys[511]!.v);
    expect(valueAt(-1)).toBe(keys[0]!.v);
  });

  it('refuses keys that do not move forward in time', () => {
    expect(() => piecewise([])).toThrow(RangeError);
    expect(() =>
      piecewise([
        { t: 1, v: 0 },
        { t: 1, v: 1 },
      ]),
    ).toThrow(/increase/);
  });
});

describe('evenClamped', () => {
  it('clamps into 0..max and rounds down to an even integer', () => {
    const expression = evenClamped('t*10', 100);
    expect(expression).toBe('2*floor(clip(t*10,0,100)/2)');
    expect(evaluateExpression(expression, -3)).toBe(0);
    expect(evaluateExpression(expression, 3.37)).toBe(32);
    expect(evaluateExpression(expression, 50)).toBe(100);
  });
});
