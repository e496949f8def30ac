import { z } from 'zod';
import claimTriggersJson from '../../resources/claim-triggers.json' with { type: 'json' };
import type { CaptionCue } from '../model/captions';
import type { ProjectDocument } from '../model/document';

/**
 * The uncited-claims check: a caption that states a number, a percentage, a dose, a risk or an
 * effect needs a source. The trigger list lives in resources/claim-triggers.json so editors can
 * tune it without a release.
 */

const claimPatternSchema = z
  .object({ label: z.string().min(1).max(40), regex: z.string().min(1).max(500) })
  .strict();

export const claimTriggersSchema = z.object({
  $comment: z.string().optional(),
  phrases: z.array(
    z
      .string()
      .trim()
      .min(1)
      .max(80)
      .regex(/[^*\s]/, 'a phrase needs a word'),
  ),
  patterns: z.array(claimPatternSchema),
});
export type ClaimTriggerTable = z.infer<typeof claimTriggersSchema>;

/** Why the trigger table cannot be used; `path` names the bad entry. */
export class ClaimTriggersError extends Error {
  override readonly name = 'ClaimTriggersError';

  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`resources/claim-triggers.json is invalid at ${path}: ${message}`);
  }
}

/** A compiled matcher: `label` is the phrase itself, or the pattern's label. */
interface Matcher {
  label: string;
  regex: RegExp;
}

/** The table, compiled: what `findClaimTriggers` runs. */
export interface ClaimTriggers {
  readonly matchers: readonly Matcher[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A phrase as a regex: runs of spaces match any white space, a trailing `*` any word ending,
 * and word edges are required only where the phrase has a letter or digit ("% of" may follow
 * a digit).
 */
function phraseRegex(phrase: string): RegExp {
  const wildcard = phrase.endsWith('*');
  const body = wildcard ? phrase.slice(0, -1).trimEnd() : phrase;
  const words = body.split(/\s+/).map(escapeRegex).join('\\s+');
  const first = body.charAt(0);
  const last = body.charAt(body.length - 1);
  const before = WORD_CHAR.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = wildcard ? '[\\p{L}\\p{N}]*' : WORD_CHAR.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${before}${words}${after}`, 'giu');
}

/** Validates and compiles a trigger table, naming the first bad entry. */
export function compileClaimTriggers(raw: unknown): ClaimTriggers {
  const parsed = claimTriggersSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ClaimTriggersError(issue?.path.join('.') || '(root)', issue?.message ?? 'invalid');
  }
  const matchers: Matcher[] = parsed.data.patterns.map(({ label, regex }, index) => {
    try {
      return { label, regex: new RegExp(regex, 'giu') };
    } catch (error) {
      throw new ClaimTriggersError(`patterns.${index}.regex`, (error as Error).message);
    }
  });
  for (const phrase of parsed.data.phrases) {
    matchers.push({ label: phrase, regex: phraseRegex(phrase) });
  }
  return { matchers };
}

let shipped: ClaimTriggers | undefined;
/** The shipped table, checked when first used so a bad edit fails loudly. */
export function shippedClaimTriggers(): ClaimTriggers {
  shipped ??= compileClaimTriggers(claimTriggersJson);
  return shipped;
}

/** One trigger found in a text: the words as written and the rule that found them. */
export interface ClaimTrigger {
  text: string;
  /** The phrase from the table ("reduc*") or the pattern's label ("percentage"). */
  rule: string;
  index: number;
}

/**
 * Every trigger in `text`, in reading order. Patterns run first (in table order), then phrases;
 * a match overlapping an earlier one is dropped, so "40%" is not also reported as "40" and
 * "times more likely" not also as "more likely" (list longer phrases first).
 */
export function findClaimTriggers(
  text: string,
  triggers: ClaimTriggers = shippedClaimTriggers(),
): ClaimTrigger[] {
  const found: ClaimTrigger[] = [];
  for (const { label, regex } of triggers.matchers) {
    regex.lastIndex = 0;
    for (const match of text.matchAll(regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (match[0].trim() === '') continue;
      const covered = found.some((f) => start < f.index + f.text.length && f.index < end);
      if (!covered) found.push({ text: match[0], rule: label, index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A caption that makes a claim and has no source on screen with it. */
export interface UncitedClaim {
  cueId: string;
  start: number;
  end: number;
  text: string;
  /** The words that make it a claim, as written, once each (ignoring case), in reading order. */
  triggers: string[];
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Linked citations, or a citation chip on screen at any time during the cue. */
export function cueHasSource(doc: ProjectDocument, cue: CaptionCue): boolean {
  if (cue.citationIds.length > 0) return true;
  return doc.tracks.overlays.some(
    (overlay) => overlay.kind === 'citationChip' && overlaps(overlay, cue),
  );
}

function uniqueIgnoringCase(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Captions stating a claim with neither a linked citation nor a chip in their time, in time order. */
export function findUncitedClaims(
  doc: ProjectDocument,
  triggers: ClaimTriggers = shippedClaimTriggers(),
): UncitedClaim[] {
  return [...doc.tracks.captions]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .flatMap((cue): UncitedClaim[] => {
      if (cueHasSource(doc, cue)) return [];
      const found = findClaimTriggers(cue.text, triggers);
      if (found.length === 0) return [];
      const words = uniqueIgnoringCase(found.map((trigger) => trigger.text.replace(/\s+/g, ' ')));
      return [{ cueId: cue.id, start: cue.start, end: cue.end, text: cue.text, triggers: words }];
    });
}
