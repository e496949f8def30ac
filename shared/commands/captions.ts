import { z } from 'zod';
import { idSchema, timeMsSchema } from '../model/common';
import { captionCueSchema, captionOverridesSchema, captionWordSchema } from '../model/captions';
import type { CaptionCue } from '../model/captions';
import { issuesFromZodError, summarizeIssues } from '../model/errors';
import { defineCommand, invoke } from './define';
import { invalidArgs, preconditionFailed } from './errors';
import {
  applyPatch,
  insertAt,
  inversePatch,
  removeAt,
  replaceAt,
  requireEntry,
  requireIdFree,
  withTracks,
  withoutUndefined,
} from './update';

const cueTextSchema = captionCueSchema.shape.text;

export const captionAddArgs = z.object({
  id: idSchema,
  start: timeMsSchema,
  end: timeMsSchema,
  text: cueTextSchema,
  words: z.array(captionWordSchema).optional(),
  /** The project's first caption style when absent. */
  styleId: idSchema.optional(),
  citationIds: z.array(idSchema).default([]),
  overrides: captionOverridesSchema.optional(),
  /** Position in the cue list; appended when absent. */
  index: z.number().int().nonnegative().optional(),
});

const captionIdArgs = z.object({ id: idSchema });

/** Refuses a cue that is invalid on its own (end before start, words past the end…). */
function checkCue(cue: CaptionCue): CaptionCue {
  const result = captionCueSchema.safeParse(cue);
  if (!result.success) {
    const issues = issuesFromZodError(result.error);
    invalidArgs(summarizeIssues(issues), issues);
  }
  return cue;
}

export const captionAdd = defineCommand({
  name: 'caption.add',
  label: 'Add caption',
  argsSchema: captionAddArgs,
  perform(doc, { index, styleId, ...fields }) {
    requireIdFree(doc.tracks.captions, fields.id, 'caption');
    const resolvedStyleId = styleId ?? doc.captionStyles[0]?.id;
    if (resolvedStyleId === undefined) preconditionFailed('the project has no caption style');
    const cue = checkCue(withoutUndefined({ ...fields, styleId: resolvedStyleId }));
    return {
      doc: withTracks(doc, { captions: insertAt(doc.tracks.captions, index, cue) }),
      inverse: invoke('caption.remove', captionIdArgs, { id: cue.id }),
    };
  },
});

/** `null` clears an optional field (word timings, overrides). */
const captionUpdateArgs = z
  .object({
    id: idSchema,
    text: cueTextSchema.optional(),
    start: timeMsSchema.optional(),
    end: timeMsSchema.optional(),
    styleId: idSchema.optional(),
    citationIds: z.array(idSchema).optional(),
    words: z.array(captionWordSchema).nullable().optional(),
    overrides: captionOverridesSchema.nullable().optional(),
  })
  .refine(
    (args) => Object.entries(args).some(([key, value]) => key !== 'id' && value !== undefined),
    {
      message: 'give at least one field to change',
    },
  );

export const captionUpdate = defineCommand({
  name: 'caption.update',
  label: 'Edit caption',
  argsSchema: captionUpdateArgs,
  coalesceKey: ({ id, ...patch }) =>
    `caption.update:${id}:${Object.keys(withoutUndefined(patch)).sort().join(',')}`,
  perform(doc, { id, ...patch }) {
    const { index, item: cue } = requireEntry(doc.tracks.captions, id, 'caption');
    const updated = checkCue(applyPatch(cue, patch));
    return {
      doc: withTracks(doc, { captions: replaceAt(doc.tracks.captions, index, updated) }),
      inverse: invoke('caption.update', captionUpdateArgs, {
        id,
        ...(inversePatch(cue, patch) as Partial<z.input<typeof captionUpdateArgs>>),
      }),
    };
  },
});

export const captionRemove = defineCommand({
  name: 'caption.remove',
  label: 'Remove caption',
  argsSchema: captionIdArgs,
  perform(doc, { id }) {
    const { index, item: cue } = requireEntry(doc.tracks.captions, id, 'caption');
    return {
      doc: withTracks(doc, { captions: removeAt(doc.tracks.captions, index) }),
      inverse: invoke('caption.add', captionAddArgs, { ...cue, index }),
    };
  },
});
