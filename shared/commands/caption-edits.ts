import { z } from 'zod';
import { idSchema, timeMsSchema } from '../model/common';
import { captionCueSchema, captionWordSchema } from '../model/captions';
import type { CaptionCue, CaptionWord } from '../model/captions';
import { issuesFromZodError, summarizeIssues } from '../model/errors';
import { tokenize } from '../scene/caption-layout';
import {
  frameTimeMs,
  nearestFrame,
  planReplacements,
  timeNeighbours,
  wordsForText,
  wordsMatchText,
} from './caption-text';
import { batchInvocation, defineCommand, invoke } from './define';
import { invalidArgs, preconditionFailed } from './errors';
import {
  indexOfId,
  insertAt,
  removeAt,
  replaceAt,
  requireEntry,
  requireIdFree,
  withTracks,
  withoutUndefined,
} from './update';

/**
 * Caption editing from the captions panel: split at the text cursor, merge with the next cue,
 * nudge an edge by frames, find and replace across all cues, and add a cue at the playhead.
 * Each is one undo step; inverses restore the cues exactly (text, times, word timings).
 */

const cueIdArgs = z.object({ id: idSchema });

/** What caption.update takes to put a cue's text, times and words back. */
const cueRestoreArgs = z.object({
  id: idSchema,
  text: z.string().optional(),
  start: timeMsSchema.optional(),
  end: timeMsSchema.optional(),
  words: z.array(captionWordSchema).nullable().optional(),
  citationIds: z.array(idSchema).optional(),
});

/** Refuses a cue that is invalid on its own (blank text, words past the end…). */
function checkCue(cue: CaptionCue): CaptionCue {
  const result = captionCueSchema.safeParse(cue);
  if (!result.success) {
    const issues = issuesFromZodError(result.error);
    invalidArgs(summarizeIssues(issues), issues);
  }
  return cue;
}

/** `cue` with `words`, or without the key when there are none. */
function withWords(cue: CaptionCue, words: CaptionWord[] | undefined): CaptionCue {
  const { words: _dropped, ...rest } = cue;
  return words === undefined || words.length === 0 ? rest : { ...rest, words };
}

/** Word timings that fit a cue of `lengthMs` in order, or undefined when clamping broke them. */
function fittedWords(words: CaptionWord[], lengthMs: number): CaptionWord[] | undefined {
  const fitted = words.map((word) => ({
    ...word,
    start: Math.max(0, word.start),
    end: Math.min(lengthMs, word.end),
  }));
  let previousEnd = 0;
  for (const word of fitted) {
    if (word.end <= word.start || word.start < previousEnd) return undefined;
    previousEnd = word.end;
  }
  return fitted;
}

/** The shortest a cue may become by nudging: one frame (rounded down to whole ms). */
function frameLengthMs(fps: number): number {
  return Math.floor(1000 / fps);
}

export const captionSplitArgs = z.object({
  id: idSchema,
  /** Where the text splits, in UTF-16 code units (a textarea's selectionStart). */
  offset: z.number().int().nonnegative(),
  /** Id for the second half. */
  newId: idSchema,
  /**
   * Where the time splits. When absent: at the first word's timing if word timings line up with
   * the text, otherwise in proportion to the characters before and after the offset.
   */
  atMs: timeMsSchema.optional(),
});

function splitTime(cue: CaptionCue, before: string, after: string, atMs?: number): number {
  if (atMs !== undefined) {
    if (atMs <= cue.start || atMs >= cue.end) {
      preconditionFailed(
        `split time ${atMs} ms is not inside the caption (${cue.start}–${cue.end} ms)`,
      );
    }
    return atMs;
  }
  const firstWordAfter = cue.words?.[tokenize(before).length];
  if (cue.words !== undefined && wordsMatchText(cue.words, cue.text) && firstWordAfter) {
    const at = cue.start + firstWordAfter.start;
    if (at > cue.start && at < cue.end) return at;
  }
  if (cue.end - cue.start < 2) preconditionFailed('the caption is too short to split');
  const share = before.length / (before.length + after.length);
  const at = cue.start + Math.round((cue.end - cue.start) * share);
  return Math.min(cue.end - 1, Math.max(cue.start + 1, at));
}

/** The word timings of each half: by word count when they match the text, else by time. */
function splitWords(
  cue: CaptionCue,
  before: string,
  splitRel: number,
): { first: CaptionWord[] | undefined; second: CaptionWord[] | undefined } {
  const words = cue.words;
  if (words === undefined) return { first: undefined, second: undefined };
  const count = wordsMatchText(words, cue.text)
    ? tokenize(before).length
    : words.filter((word) => (word.start + word.end) / 2 < splitRel).length;
  const first = fittedWords(words.slice(0, count), splitRel);
  const second = fittedWords(
    words.slice(count).map((word) => ({
      ...word,
      start: word.start - splitRel,
      end: word.end - splitRel,
    })),
    cue.end - cue.start - splitRel,
  );
  return { first, second };
}

export const captionSplit = defineCommand({
  name: 'caption.split',
  label: 'Split caption',
  argsSchema: captionSplitArgs,
  perform(doc, { id, offset, newId, atMs }) {
    const { index, item: cue } = requireEntry(doc.tracks.captions, id, 'caption');
    requireIdFree(doc.tracks.captions, newId, 'caption');
    if (offset > cue.text.length) {
      invalidArgs(`offset ${offset} is past the end of the text (${cue.text.length} characters)`);
    }
    const before = cue.text.slice(0, offset).trimEnd();
    const after = cue.text.slice(offset).trimStart();
    if (before === '' || after === '') {
      preconditionFailed('put the text cursor between words: one half would have no text');
    }
    const at = splitTime(cue, before, after, atMs);
    const words = splitWords(cue, before, at - cue.start);
    const first = checkCue(withWords({ ...cue, text: before, end: at }, words.first));
    const second = checkCue(
      withWords(
        { ...cue, id: newId, text: after, start: at, citationIds: [...cue.citationIds] },
        words.second,
      ),
    );
    const captions = insertAt(replaceAt(doc.tracks.captions, index, first), index + 1, second);
    return {
      doc: withTracks(doc, { captions }),
      inverse: batchInvocation([
        invoke('caption.remove', cueIdArgs, { id: newId }),
        invoke('caption.update', cueRestoreArgs, {
          id,
          text: cue.text,
          end: cue.end,
          words: cue.words ?? null,
        }),
      ]),
    };
  },
});

function mergedWords(first: CaptionCue, second: CaptionCue): CaptionWord[] | undefined {
  if (first.words === undefined || second.words === undefined) return undefined;
  const offset = second.start - first.start;
  const shifted = second.words.map((word) => ({
    ...word,
    start: word.start + offset,
    end: word.end + offset,
  }));
  return fittedWords([...first.words, ...shifted], Math.max(first.end, second.end) - first.start);
}

export const captionMerge = defineCommand({
  name: 'caption.merge',
  label: 'Merge captions',
  argsSchema: cueIdArgs,
  perform(doc, { id }) {
    const { index, item: first } = requireEntry(doc.tracks.captions, id, 'caption');
    const second = timeNeighbours(doc.tracks.captions, id).next;
    if (second === undefined) preconditionFailed('this is the last caption: nothing to merge with');
    const secondIndex = indexOfId(doc.tracks.captions, second.id);
    const text = `${first.text.trimEnd()} ${second.text.trimStart()}`;
    const citationIds = [...new Set([...first.citationIds, ...second.citationIds])];
    const merged = checkCue(
      withWords(
        { ...first, text, end: Math.max(first.end, second.end), citationIds },
        mergedWords(first, second),
      ),
    );
    const captions = removeAt(replaceAt(doc.tracks.captions, index, merged), secondIndex);
    return {
      doc: withTracks(doc, { captions }),
      inverse: batchInvocation([
        invoke('caption.update', cueRestoreArgs, {
          id,
          text: first.text,
          end: first.end,
          words: first.words ?? null,
          citationIds: first.citationIds,
        }),
        { name: 'caption.add', args: { ...second, index: secondIndex } },
      ]),
    };
  },
});

export const captionNudgeArgs = z.object({
  id: idSchema,
  edge: z.enum(['start', 'end']),
  /** Frames at the project's rate; negative moves earlier. */
  frames: z
    .number()
    .int()
    .min(-10_000)
    .max(10_000)
    .refine((frames) => frames !== 0, 'nudge by at least one frame'),
});

/**
 * Moves one edge to the frame `frames` away on the project's frame grid (an edge between frames
 * counts from its nearest frame). The edge stops where it would overlap the neighbouring cue
 * (touching is allowed) or make the cue shorter than one frame; a nudge that cannot move at all
 * is refused with the reason.
 */
export const captionNudge = defineCommand({
  name: 'caption.nudge',
  label: 'Nudge caption',
  argsSchema: captionNudgeArgs,
  perform(doc, { id, edge, frames }) {
    const { index, item: cue } = requireEntry(doc.tracks.captions, id, 'caption');
    const { fps } = doc.format;
    const { previous, next } = timeNeighbours(doc.tracks.captions, id);
    const minLength = frameLengthMs(fps);
    const current = cue[edge];
    const target = frameTimeMs(nearestFrame(current, fps) + frames, fps);
    let lower: number;
    let upper: number;
    if (edge === 'start') {
      lower = previous === undefined ? 0 : Math.min(cue.start, previous.end);
      upper = Math.max(cue.start, cue.end - minLength);
    } else {
      lower = Math.min(cue.end, cue.start + minLength);
      upper = next === undefined ? Number.MAX_SAFE_INTEGER : Math.max(cue.end, next.start);
    }
    const moved = Math.min(upper, Math.max(lower, target));
    if (moved === current) {
      const earlier = frames < 0;
      const reason =
        edge === 'start' && earlier
          ? previous === undefined
            ? 'it is at the start of the timeline'
            : 'it already meets the previous caption'
          : edge === 'end' && !earlier
            ? 'it already meets the next caption'
            : 'the caption would be shorter than a frame';
      preconditionFailed(
        `cannot move the caption's ${edge} ${earlier ? 'earlier' : 'later'}: ${reason}`,
      );
    }
    const updated = checkCue({ ...cue, [edge]: moved });
    return {
      doc: withTracks(doc, { captions: replaceAt(doc.tracks.captions, index, updated) }),
      inverse: invoke('caption.update', cueRestoreArgs, { id, [edge]: current }),
    };
  },
});

export const captionReplaceAllArgs = z.object({
  /** Literal text (no patterns). */
  find: z.string().min(1).max(1000),
  replace: z.string().max(1000),
  caseSensitive: z.boolean().default(false),
  wholeWord: z.boolean().default(false),
});

/** Replaces every match in every cue as one step; word timings stay while the word count does. */
export const captionReplaceAll = defineCommand({
  name: 'caption.replaceAll',
  label: 'Replace in captions',
  argsSchema: captionReplaceAllArgs,
  perform(doc, { find, replace, caseSensitive, wholeWord }) {
    const plan = planReplacements(doc.tracks.captions, { find, caseSensitive, wholeWord }, replace);
    if (plan.length === 0) preconditionFailed(`no caption contains "${find}"`);
    let captions = doc.tracks.captions;
    for (const { cue, text } of plan) {
      if (text.trim() === '')
        preconditionFailed(`replacing would leave caption "${cue.id}" with no text`);
      const updated = checkCue(withWords({ ...cue, text }, wordsForText(cue.words, text)));
      captions = replaceAt(captions, indexOfId(captions, cue.id), updated);
    }
    return {
      doc: withTracks(doc, { captions }),
      inverse: batchInvocation(
        plan.map(({ cue }) =>
          invoke('caption.update', cueRestoreArgs, {
            id: cue.id,
            text: cue.text,
            words: cue.words ?? null,
          }),
        ),
      ),
    };
  },
});

export const DEFAULT_NEW_CUE_MS = 2000;

export const captionAddAtArgs = z.object({
  id: idSchema,
  /** The playhead. */
  at: timeMsSchema,
  durationMs: z.number().int().positive().max(60_000).default(DEFAULT_NEW_CUE_MS),
  text: captionCueSchema.shape.text.default('New caption'),
  /** The project's first caption style when absent. */
  styleId: idSchema.optional(),
});

/** A new cue from the playhead, shortened so it ends where the next cue starts. */
export const captionAddAt = defineCommand({
  name: 'caption.addAt',
  label: 'Add caption',
  argsSchema: captionAddAtArgs,
  perform(doc, { id, at, durationMs, text, styleId }) {
    const cues = doc.tracks.captions;
    requireIdFree(cues, id, 'caption');
    const covering = cues.find((cue) => cue.start <= at && at < cue.end);
    if (covering !== undefined) {
      preconditionFailed(`a caption already plays at ${at} ms ("${covering.text.slice(0, 40)}")`);
    }
    const next = cues
      .filter((cue) => cue.start > at)
      .reduce<CaptionCue | undefined>(
        (best, cue) => (best && best.start <= cue.start ? best : cue),
        undefined,
      );
    const end = Math.min(at + durationMs, next?.start ?? Number.MAX_SAFE_INTEGER);
    if (end - at < frameLengthMs(doc.format.fps)) {
      preconditionFailed('there is less than a frame before the next caption');
    }
    const resolvedStyleId = styleId ?? doc.captionStyles[0]?.id;
    if (resolvedStyleId === undefined) preconditionFailed('the project has no caption style');
    const cue = checkCue({ id, start: at, end, text, styleId: resolvedStyleId, citationIds: [] });
    const index = next === undefined ? undefined : indexOfId(cues, next.id);
    return {
      doc: withTracks(doc, { captions: insertAt(cues, index, withoutUndefined(cue)) }),
      inverse: invoke('caption.remove', cueIdArgs, { id }),
    };
  },
});
