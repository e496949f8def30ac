import type { Easing } from '../../../../shared/model';

/**
 * Builders for ffmpeg's expression language (libavutil/eval), used by per-frame filter options
 * (crop x/y, overlay x/y/enable). Expressions here never contain ':' or '=' and are always
 * wrapped in single quotes in the graph (see `quoted`), so the filtergraph parser keeps their
 * commas. Times inside expressions are seconds; the frame's time is the variable `t`.
 */

/** A number as plain option text: fixed point (never an exponent), at most `decimals` places. */
export function decimal(value: number, decimals = 4): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** A number inside an expression: as `decimal`, with negatives in parentheses ("a-(-5)"). */
export function num(value: number, decimals = 4): string {
  const text = decimal(value, decimals);
  return text.startsWith('-') ? `(${text})` : text;
}

/** Milliseconds as option seconds ("1.5"). */
export function seconds(ms: number): string {
  return decimal(ms / 1000, 6);
}

/** Wraps an expression for use as a filter option value inside a filtergraph. */
export function quoted(expression: string): string {
  if (expression.includes("'")) throw new Error(`expression contains a quote: ${expression}`);
  return `'${expression}'`;
}

/**
 * The eased fraction for progress `p` (0..1), the same curves as shared/scene's `ease`:
 * cubic ins and outs, `hold` a step at the end of the span.
 */
export function easeExpr(easing: Easing, p: string): string {
  switch (easing) {
    case 'linear':
      return p;
    case 'easeIn':
      return `pow(${p},3)`;
    case 'easeOut':
      return `(1-pow(1-${p},3))`;
    case 'easeInOut':
      return `if(lt(${p},0.5),4*pow(${p},3),1-pow(2-2*${p},3)/2)`;
    case 'hold':
      return `gte(${p},1)`;
  }
}

export interface ExprKey {
  /** Seconds, on the same clock as the expression's time variable. */
  t: number;
  v: number;
  /** The curve from this key to the next; linear when absent. */
  easing?: Easing;
}

/**
 * The value at time `time` of keys joined by their easing curves, holding the first value before
 * the first key and the last value after the last (as shared/scene's `bracketKeyframes`).
 * The segments form a balanced tree of `if(lt(time,tSplit),…,…)`, so a face track with hundreds
 * of samples stays a shallow expression that costs a few comparisons per frame.
 */
export function piecewise(keys: readonly ExprKey[], time = 't'): string {
  const first = keys[0];
  if (first === undefined) throw new RangeError('piecewise needs at least one key');
  if (keys.length === 1) return num(first.v);
  for (let index = 1; index < keys.length; index += 1) {
    if (!((keys[index] as ExprKey).t > (keys[index - 1] as ExprKey).t)) {
      throw new RangeError('key times must increase');
    }
  }
  // Segment i runs from keys[i] to keys[i + 1]; each clips its progress to 0..1, so the first
  // holds before the first key and the last holds after the last.
  const build = (low: number, high: number): string => {
    if (low === high) return segment(keys[low] as ExprKey, keys[low + 1] as ExprKey, time);
    const middle = (low + high) >> 1;
    const split = (keys[middle + 1] as ExprKey).t;
    return `if(lt(${time},${num(split, 6)}),${build(low, middle)},${build(middle + 1, high)})`;
  };
  return build(0, keys.length - 2);
}

function segment(from: ExprKey, to: ExprKey, time: string): string {
  if (from.v === to.v) return num(from.v);
  // Clipped so the first segment also holds before the first key.
  const progress = `clip((${time}-${num(from.t, 6)})/${num(to.t - from.t, 6)},0,1)`;
  return `${num(from.v)}+${num(to.v - from.v)}*${easeExpr(from.easing ?? 'linear', progress)}`;
}

/**
 * `value` clamped to 0..max and rounded down to an even integer. crop rounds its x/y to the
 * nearest integer and overlay truncates, and both then drop to even for 4:2:0 chroma: an even
 * integer is the one value both read the same, so a crop and the overlay that puts it back
 * line up to the pixel.
 */
export function evenClamped(value: string, max: number): string {
  return `2*floor(clip(${value},0,${num(Math.max(0, max))})/2)`;
}
