import { z } from 'zod';
import { idSchema } from '../model/common';
import { absolutePathSchema, contentHashSchema, mediaAssetSchema } from '../model/media';
import type { MediaAsset } from '../model/media';
import { mediaProbeSchema } from '../model/probe';
import type { ProjectDocument } from '../model/document';
import { defineCommand, invoke } from './define';
import { preconditionFailed } from './errors';
import {
  insertAt,
  removeAt,
  replaceAt,
  requireEntry,
  requireIdFree,
  withoutUndefined,
} from './update';

export const mediaAddArgs = z.object({
  asset: mediaAssetSchema,
  /** Position in the media list; appended when absent. */
  index: z.number().int().nonnegative().optional(),
});

export const mediaRemoveArgs = z.object({ id: idSchema });

export const mediaAdd = defineCommand({
  name: 'media.add',
  label: 'Add media',
  argsSchema: mediaAddArgs,
  perform(doc, { asset, index }) {
    requireIdFree(doc.media, asset.id, 'media');
    return {
      doc: { ...doc, media: insertAt(doc.media, index, withoutUndefined(asset)) },
      inverse: invoke('media.remove', mediaRemoveArgs, { id: asset.id }),
    };
  },
});

/** Everything in the document that points at a media asset, counted for the refusal message. */
function mediaUses(doc: ProjectDocument, id: string): string[] {
  const count = (n: number, what: string): string[] =>
    n === 0 ? [] : [`${n} ${what}${n === 1 ? '' : 's'}`];
  const { video, audio, overlays } = doc.tracks;
  const { scans, manualRegions } = doc.privacy;
  return [
    ...count(video.filter((clip) => clip.mediaId === id).length, 'video clip'),
    ...count(audio.filter((clip) => clip.mediaId === id).length, 'audio clip'),
    ...count(
      overlays.filter((overlay) => overlay.kind === 'image' && overlay.mediaId === id).length,
      'image overlay',
    ),
    ...count(doc.brandKit.logoMediaId === id ? 1 : 0, 'brand logo'),
    ...count(scans.filter((scan) => scan.mediaId === id).length, 'face scan'),
    ...count(manualRegions.filter((region) => region.mediaId === id).length, 'blur region'),
  ];
}

export const mediaRemove = defineCommand({
  name: 'media.remove',
  label: 'Remove media',
  argsSchema: mediaRemoveArgs,
  perform(doc, { id }) {
    const { index, item: asset } = requireEntry(doc.media, id, 'media');
    const uses = mediaUses(doc, id);
    if (uses.length > 0) {
      preconditionFailed(`media "${id}" is still used by ${uses.join(', ')}; remove those first`);
    }
    return {
      doc: { ...doc, media: removeAt(doc.media, index) },
      inverse: invoke('media.add', mediaAddArgs, { asset, index }),
    };
  },
});

const relinkArgs = z.object({
  id: idSchema,
  path: absolutePathSchema,
  contentHash: contentHashSchema,
  sizeBytes: z.number().int().nonnegative().optional(),
  probe: mediaProbeSchema.optional(),
  /** The asset's missing flag afterwards; absent means found (the usual case for a relink). */
  missing: z.boolean().optional(),
});

/** Points an asset at a file in a new place (or a re-encoded copy: hence the new hash). */
export const mediaRelink = defineCommand({
  name: 'media.relink',
  label: 'Relink media',
  argsSchema: relinkArgs,
  perform(doc, args) {
    const { index, item: old } = requireEntry(doc.media, args.id, 'media');
    const { missing: _wasMissing, ...rest } = old;
    const relinked: MediaAsset = {
      ...rest,
      path: args.path,
      contentHash: args.contentHash,
      sizeBytes: args.sizeBytes ?? old.sizeBytes,
      probe: args.probe ?? old.probe,
      ...(args.missing === undefined ? {} : { missing: args.missing }),
    };
    return {
      doc: { ...doc, media: replaceAt(doc.media, index, relinked) },
      inverse: invoke(
        'media.relink',
        relinkArgs,
        withoutUndefined({
          id: old.id,
          path: old.path,
          contentHash: old.contentHash,
          sizeBytes: old.sizeBytes,
          probe: old.probe,
          missing: old.missing,
        }),
      ),
    };
  },
});

const setMissingArgs = z.object({ id: idSchema, missing: z.boolean() });

/** Records that a file vanished or came back; not an edit, so it is not undoable. */
export const mediaSetMissing = defineCommand({
  name: 'media.setMissing',
  label: 'Mark media missing',
  argsSchema: setMissingArgs,
  undoable: false,
  perform(doc, { id, missing }) {
    const { index, item: old } = requireEntry(doc.media, id, 'media');
    const { missing: wasMissing, ...rest } = old;
    const updated: MediaAsset = missing ? { ...rest, missing: true } : rest;
    return {
      doc: { ...doc, media: replaceAt(doc.media, index, updated) },
      inverse: invoke('media.setMissing', setMissingArgs, { id, missing: wasMissing ?? false }),
    };
  },
});
