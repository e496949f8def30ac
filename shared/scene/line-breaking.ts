import type { LineBreakRules } from './line-break-rules';

/**
 * Balanced line breaking of one paragraph (no typed breaks inside). The paragraph gets the
 * fewest lines that fit `maxWidthPx` (what greedy filling gives); among the ways to break it
 * into that many lines, it takes the one whose line widths are closest to equal, helped by the
 * rules: a break after a clause ending or before a conjunction or preposition costs less, a
 * break that leaves an article or preposition at a line's end costs more.
 */

export interface BreakableParagraph {
  /** Each word's text. */
  words: readonly string[];
  /** Each word's width in pixels. */
  widthsPx: readonly number[];
  spacePx: number;
  maxWidthPx: number;
  /** The font size: costs are in squared ems so they do not depend on the size. */
  emPx: number;
}

/**
 * Widths of every run of words `[i, j)`: `width[i][j]`, summed in reading order so every caller
 * gets bit-identical numbers for the same run.
 */
function runWidths(paragraph: BreakableParagraph): number[][] {
  const { widthsPx, spacePx } = paragraph;
  const count = widthsPx.length;
  return Array.from({ length: count + 1 }, (_, i) => {
    const row = new Array<number>(count + 1).fill(Number.POSITIVE_INFINITY);
    let width = 0;
    for (let j = i + 1; j <= count; j += 1) {
      width = j === i + 1 ? (widthsPx[i] ?? 0) : width + spacePx + (widthsPx[j - 1] ?? 0);
      row[j] = width;
    }
    return row;
  });
}

/** A line may hold `[i, j)` when it fits, or when it is one word too wide for any line. */
function fits(widths: number[][], i: number, j: number, maxWidthPx: number): boolean {
  return j - i === 1 || (widths[i]?.[j] ?? Number.POSITIVE_INFINITY) <= maxWidthPx;
}

/** The fewest lines: greedy filling, which is optimal for this. */
function fewestLines(widths: number[][], count: number, maxWidthPx: number): number {
  let lines = 0;
  let start = 0;
  while (start < count) {
    let end = start + 1;
    while (end < count && fits(widths, start, end + 1, maxWidthPx)) end += 1;
    lines += 1;
    start = end;
  }
  return lines;
}

function bare(word: string, strip: ReadonlySet<string>, fromEnd: boolean): string {
  let text = word;
  const edge = () => (fromEnd ? text.slice(-1) : text.slice(0, 1));
  while (text.length > 1 && strip.has(edge())) {
    text = fromEnd ? text.slice(0, -1) : text.slice(1);
  }
  return text;
}

/** The rules' lists as sets, built once per rules object. */
interface RuleSets {
  clauseEndings: ReadonlySet<string>;
  closers: ReadonlySet<string>;
  openers: ReadonlySet<string>;
  trailing: ReadonlySet<string>;
  breakBefore: ReadonlySet<string>;
  keepWithNext: ReadonlySet<string>;
}

const ruleSetCache = new WeakMap<LineBreakRules, RuleSets>();

function ruleSets(rules: LineBreakRules): RuleSets {
  let sets = ruleSetCache.get(rules);
  if (sets === undefined) {
    sets = {
      clauseEndings: new Set(rules.clauseEndings),
      closers: new Set(rules.closers),
      openers: new Set(rules.openers),
      trailing: new Set([...rules.closers, ...rules.clauseEndings]),
      breakBefore: new Set(rules.breakBeforeWords),
      keepWithNext: new Set(rules.keepWithNextWords),
    };
    ruleSetCache.set(rules, sets);
  }
  return sets;
}

function lettersOf(word: string, sets: RuleSets): string {
  return bare(bare(word, sets.openers, false), sets.trailing, true)
    .toLowerCase()
    .normalize('NFC');
}

/** The cost (negative: a bonus) of breaking between word `at - 1` and word `at`. */
export function breakCost(words: readonly string[], at: number, rules: LineBreakRules): number {
  const before = words[at - 1];
  const after = words[at];
  if (before === undefined || after === undefined) return 0;
  const sets = ruleSets(rules);
  const { weights } = rules;
  let cost = 0;
  const endsClause = sets.clauseEndings.has(bare(before, sets.closers, true).slice(-1));
  if (endsClause) cost -= weights.afterClauseEnding;
  if (sets.breakBefore.has(lettersOf(after, sets))) cost -= weights.beforeBreakWord;
  if (!endsClause && sets.keepWithNext.has(lettersOf(before, sets))) {
    cost += weights.keepWithNext;
  }
  return cost;
}

/** Where each line starts (word indices, the first is 0) for a balanced break. */
export function balancedBreaks(paragraph: BreakableParagraph, rules: LineBreakRules): number[] {
  const { words, maxWidthPx, emPx, spacePx } = paragraph;
  const count = words.length;
  if (count === 0) return [];
  const widths = runWidths(paragraph);
  const lineCount = fewestLines(widths, count, maxWidthPx);
  if (lineCount === 1) return [0];
  // Each break removes a space, so the lines share the words and the remaining spaces.
  const target = ((widths[0]?.[count] ?? 0) - (lineCount - 1) * spacePx) / lineCount;
  const lineCost = (i: number, j: number) => (((widths[i]?.[j] ?? 0) - target) / emPx) ** 2;
  // cost[k][j]: the cheapest way to set words [0, j) in k lines; from[k][j]: where its last starts.
  const cost = Array.from({ length: lineCount + 1 }, () =>
    new Array<number>(count + 1).fill(Number.POSITIVE_INFINITY),
  );
  const from = Array.from({ length: lineCount + 1 }, () => new Array<number>(count + 1).fill(0));
  cost[0]![0] = 0;
  const breakCosts = words.map((_, j) => (j === 0 ? 0 : breakCost(words, j, rules)));
  for (let k = 1; k <= lineCount; k += 1) {
    for (let j = k; j <= count; j += 1) {
      const breakHere = breakCosts[j] ?? 0;
      for (let i = k - 1; i < j; i += 1) {
        const before = cost[k - 1]![i]!;
        if (before === Number.POSITIVE_INFINITY || !fits(widths, i, j, maxWidthPx)) continue;
        const total = before + lineCost(i, j) + breakHere;
        // Strictly cheaper only: on a tie the earlier break (a shorter first line) wins.
        if (total < cost[k]![j]!) {
          cost[k]![j] = total;
          from[k]![j] = i;
        }
      }
    }
  }
  const starts: number[] = [];
  let end = count;
  for (let k = lineCount; k >= 1; k -= 1) {
    const start = from[k]![end]!;
    starts.unshift(start);
    end = start;
  }
  return starts;
}
