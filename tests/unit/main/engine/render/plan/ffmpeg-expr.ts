/**
 * A small evaluator for the subset of ffmpeg's expression language the export plan writes
 * (numbers, t, + - * /, unary minus, parentheses, if lt gte gt between clip floor pow abs min
 * max). Tests use it to check that an expression gives, frame by frame, the same value as the
 * shared scene code the canvas uses.
 */
type Node = (t: number) => number;

const FUNCTIONS: Record<string, (...args: number[]) => number> = {
  if: (c, a, b = 0) => (c !== 0 ? a : b),
  lt: (a, b) => (a < b ? 1 : 0),
  gt: (a, b) => (a > b ? 1 : 0),
  gte: (a, b) => (a >= b ? 1 : 0),
  between: (x, a, b) => (x >= a && x <= b ? 1 : 0),
  clip: (x, a, b) => Math.min(Math.max(x, a), b),
  floor: Math.floor,
  pow: Math.pow,
  abs: Math.abs,
  min: Math.min,
  max: Math.max,
};

export function evaluateExpression(text: string, t: number): number {
  return compileExpression(text)(t);
}

export function compileExpression(text: string): Node {
  let at = 0;
  const peek = (): string => text[at] ?? '';
  const expect = (char: string): void => {
    if (text[at] !== char) throw new Error(`expected "${char}" at ${at} in ${text}`);
    at += 1;
  };
  const sum = (): Node => {
    let left = product();
    while (peek() === '+' || peek() === '-') {
      const op = text[at++];
      const l = left;
      const r = product();
      left = op === '+' ? (t) => l(t) + r(t) : (t) => l(t) - r(t);
    }
    return left;
  };
  const product = (): Node => {
    let left = unary();
    while (peek() === '*' || peek() === '/') {
      const op = text[at++];
      const l = left;
      const r = unary();
      left = op === '*' ? (t) => l(t) * r(t) : (t) => l(t) / r(t);
    }
    return left;
  };
  const unary = (): Node => {
    if (peek() === '-') {
      at += 1;
      const inner = unary();
      return (t) => -inner(t);
    }
    return primary();
  };
  const primary = (): Node => {
    if (peek() === '(') {
      at += 1;
      const inner = sum();
      expect(')');
      return inner;
    }
    const number = /^\d+(\.\d+)?/.exec(text.slice(at));
    if (number) {
      at += number[0].length;
      const value = Number(number[0]);
      return () => value;
    }
    const name = /^[a-z]+/.exec(text.slice(at));
    if (!name) throw new Error(`unexpected "${peek()}" at ${at} in ${text}`);
    at += name[0].length;
    if (name[0] === 't' && peek() !== '(') return (t) => t;
    const fn = FUNCTIONS[name[0]];
    if (!fn) throw new Error(`unknown function ${name[0]}`);
    expect('(');
    const args: Node[] = [sum()];
    while (peek() === ',') {
      at += 1;
      args.push(sum());
    }
    expect(')');
    return (t) => fn(...args.map((arg) => arg(t)));
  };
  const root = sum();
  if (at !== text.length) throw new Error(`trailing text at ${at} in ${text}`);
  return root;
}
