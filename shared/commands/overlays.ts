import { z } from 'zod';
import { idSchema } from '../model/common';
import { overlaySchema } from '../model/overlays';
import type { Overlay } from '../model/overlays';
import { issuesFromZodError, summarizeIssues } from '../model/errors';
import { defineCommand, invoke } from './define';
import { invalidArgs } from './errors';
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

export const overlayAddArgs = z.object({
  overlay: overlaySchema,
  /** Position in the stacking order (0 is at the back); on top when absent. */
  index: z.number().int().nonnegative().optional(),
});

const overlayIdArgs = z.object({ id: idSchema });

export const overlayAdd = defineCommand({
  name: 'overlay.add',
  label: 'Add overlay',
  argsSchema: overlayAddArgs,
  perform(doc, { overlay, index }) {
    requireIdFree(doc.tracks.overlays, overlay.id, 'overlay');
    return {
      doc: withTracks(doc, {
        overlays: insertAt(doc.tracks.overlays, index, withoutUndefined(overlay)),
      }),
      inverse: invoke('overlay.remove', overlayIdArgs, { id: overlay.id }),
    };
  },
});

/**
 * Any fields of the overlay's kind; `null` deletes an optional field. The id and the kind cannot
 * change (remove and add instead). The merged overlay is validated as a whole.
 */
const overlayUpdateArgs = z.object({
  id: idSchema,
  patch: z
    .record(z.string(), z.unknown())
    .refine((patch) => Object.keys(patch).length > 0, 'give at least one field to change'),
});

export const overlayUpdate = defineCommand({
  name: 'overlay.update',
  label: 'Edit overlay',
  argsSchema: overlayUpdateArgs,
  coalesceKey: ({ id, patch }) => `overlay.update:${id}:${Object.keys(patch).sort().join(',')}`,
  perform(doc, { id, patch }) {
    const { index, item: overlay } = requireEntry(doc.tracks.overlays, id, 'overlay');
    const { id: patchId, kind: patchKind, ...changes } = patch;
    if (patchId !== undefined && patchId !== id) invalidArgs('the id of an overlay cannot change');
    if (patchKind !== undefined && patchKind !== overlay.kind) {
      invalidArgs(
        `a ${overlay.kind} overlay cannot become another kind; remove it and add a new one`,
      );
    }
    if (Object.keys(changes).length === 0) invalidArgs('give at least one field to change');
    const result = overlaySchema.safeParse(applyPatch(overlay, changes));
    if (!result.success) {
      const issues = issuesFromZodError(result.error);
      invalidArgs(summarizeIssues(issues), issues);
    }
    // The parsed value, so unknown keys in the patch are dropped rather than stored.
    const updated: Overlay = withoutUndefined(result.data);
    return {
      doc: withTracks(doc, { overlays: replaceAt(doc.tracks.overlays, index, updated) }),
      inverse: invoke('overlay.update', overlayUpdateArgs, {
        id,
        patch: inversePatch(overlay, changes),
      }),
    };
  },
});

export const overlayRemove = defineCommand({
  name: 'overlay.remove',
  label: 'Remove overlay',
  argsSchema: overlayIdArgs,
  perform(doc, { id }) {
    const { index, item: overlay } = requireEntry(doc.tracks.overlays, id, 'overlay');
    return {
      doc: withTracks(doc, { overlays: removeAt(doc.tracks.overlays, index) }),
      inverse: invoke('overlay.add', overlayAddArgs, { overlay, index }),
    };
  },
});
