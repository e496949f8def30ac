import { z } from 'zod';
import { volumeSchema, audioClipSchema } from '../model/clips';
import type { AudioClip } from '../model/clips';
import { idSchema, timeMsSchema } from '../model/common';
import { markerSchema } from '../model/document';
import type { Marker } from '../model/document';
import { issuesFromZodError, summarizeIssues } from '../model/errors';
import { defineCommand, invoke } from './define';
import { invalidArgs } from './errors';
import { replaceAt, requireEntry, withTracks, withoutUndefined } from './update';

/**
 * Field edits the inspector makes that the foundation commands do not cover: an audio clip's
 * timing, gain and fades, and a marker's label and time. Each changes only the fields given,
 * validates the changed item as a whole, and its inverse puts back the old values of exactly
 * those fields.
 */

const hasAField = (args: Record<string, unknown>) =>
  Object.entries(args).some(([key, value]) => key !== 'id' && value !== undefined);

/** The fields of `before` named in `patch`, for an inverse. */
function previousValues<T extends object>(before: T, patch: object): Partial<T> {
  const old: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) old[key] = before[key];
  return old;
}

function validated<T>(schema: z.ZodType<T>, value: T): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = issuesFromZodError(result.error);
    invalidArgs(summarizeIssues(issues), issues);
  }
  return value;
}

const audioUpdateArgs = z
  .object({
    id: idSchema,
    /** Timeline position. */
    start: timeMsSchema.optional(),
    /** Source in and out points. */
    in: timeMsSchema.optional(),
    out: timeMsSchema.optional(),
    volume: volumeSchema.optional(),
    fadeInMs: timeMsSchema.optional(),
    fadeOutMs: timeMsSchema.optional(),
  })
  .refine(hasAField, { message: 'give at least one field to change' });

export const audioUpdate = defineCommand({
  name: 'audio.update',
  label: 'Edit audio clip',
  argsSchema: audioUpdateArgs,
  coalesceKey: ({ id, ...patch }) =>
    `audio.update:${id}:${Object.keys(withoutUndefined(patch)).sort().join(',')}`,
  perform(doc, { id, ...fields }) {
    const { index, item: clip } = requireEntry(doc.tracks.audio, id, 'audio clip');
    const patch = withoutUndefined(fields);
    const updated: AudioClip = validated(audioClipSchema, { ...clip, ...patch });
    return {
      doc: withTracks(doc, { audio: replaceAt(doc.tracks.audio, index, updated) }),
      inverse: invoke('audio.update', audioUpdateArgs, { id, ...previousValues(clip, patch) }),
    };
  },
});

const markerUpdateArgs = z
  .object({
    id: idSchema,
    time: timeMsSchema.optional(),
    label: markerSchema.shape.label.optional(),
  })
  .refine(hasAField, { message: 'give at least one field to change' });

export const markerUpdate = defineCommand({
  name: 'marker.update',
  label: 'Edit marker',
  argsSchema: markerUpdateArgs,
  coalesceKey: ({ id, ...patch }) =>
    `marker.update:${id}:${Object.keys(withoutUndefined(patch)).sort().join(',')}`,
  perform(doc, { id, ...fields }) {
    const { index, item: marker } = requireEntry(doc.markers, id, 'marker');
    const patch = withoutUndefined(fields);
    const updated: Marker = validated(markerSchema, { ...marker, ...patch });
    return {
      doc: { ...doc, markers: replaceAt(doc.markers, index, updated) },
      inverse: invoke('marker.update', markerUpdateArgs, { id, ...previousValues(marker, patch) }),
    };
  },
});
