import { z } from 'zod';
import { idSchema, timeMsSchema } from '../model/common';
import { mediaAssetSchema } from '../model/media';
import type { ProjectDocument } from '../model/document';
import { batchInvocation, defineCommand, performCommand } from './define';
import type { Command, CommandInvocation } from './define';
import { preconditionFailed } from './errors';
import { mediaAdd, mediaRelink } from './media';
import { DEFAULT_IMAGE_CLIP_MS, clipAdd } from './clips';
import { audioAdd } from './audio';

export const mediaImportArgs = z.object({
  asset: mediaAssetSchema,
  /**
   * Id for the clip that puts the media on the timeline: appended to the video track for video
   * and images, at 0 on the audio track for audio. Without it only the asset is added.
   */
  clipId: idSchema.optional(),
  /** Length of the clip made for a still image. */
  imageDurationMs: timeMsSchema.positive().default(DEFAULT_IMAGE_CLIP_MS),
});

/**
 * Import as one undoable step (the `medclip import` CLI and the UI both use it). A file whose
 * content is already in the project reuses that asset (relinking it if it was missing) instead of
 * adding a duplicate, so face scans and decisions stay with the one asset.
 */
export const mediaImport = defineCommand({
  name: 'media.import',
  label: 'Import media',
  argsSchema: mediaImportArgs,
  perform(doc, { asset, clipId, imageDurationMs }) {
    let current: ProjectDocument = doc;
    const inverses: CommandInvocation[] = [];
    const run = <Args extends z.ZodType>(command: Command<string, Args>, args: z.input<Args>) => {
      const outcome = performCommand(command, current, args);
      current = outcome.doc;
      inverses.unshift(outcome.inverse);
    };

    const existing = doc.media.find((candidate) => candidate.contentHash === asset.contentHash);
    const mediaId = existing?.id ?? asset.id;
    if (existing === undefined) {
      run(mediaAdd, { asset });
    } else if (existing.missing === true) {
      const { path, contentHash, sizeBytes, probe } = asset;
      run(mediaRelink, { id: existing.id, path, contentHash, sizeBytes, probe });
    }
    if (clipId !== undefined) {
      const kind = (existing ?? asset).probe.kind;
      if (kind === 'audio') run(audioAdd, { id: clipId, mediaId });
      else if (kind === 'image') run(clipAdd, { id: clipId, mediaId, out: imageDurationMs });
      else run(clipAdd, { id: clipId, mediaId });
    }
    const [only] = inverses;
    if (only === undefined) {
      preconditionFailed(`"${asset.name}" is already in the project as media "${mediaId}"`);
    }
    return { doc: current, inverse: inverses.length === 1 ? only : batchInvocation(inverses) };
  },
});
