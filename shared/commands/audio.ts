import { z } from 'zod';
import { idSchema, timeMsSchema } from '../model/common';
import { volumeSchema } from '../model/clips';
import type { AudioClip } from '../model/clips';
import { defineCommand, invoke } from './define';
import { preconditionFailed } from './errors';
import { insertAt, removeAt, requireEntry, requireIdFree, withTracks } from './update';

export const audioAddArgs = z.object({
  id: idSchema,
  mediaId: idSchema,
  start: timeMsSchema.default(0),
  in: timeMsSchema.default(0),
  /** Source out point; the end of the media when absent. */
  out: timeMsSchema.optional(),
  volume: volumeSchema.default(1),
  fadeInMs: timeMsSchema.default(0),
  fadeOutMs: timeMsSchema.default(0),
  /** Position in the audio list; appended when absent. */
  index: z.number().int().nonnegative().optional(),
});

const audioIdArgs = z.object({ id: idSchema });

export const audioAdd = defineCommand({
  name: 'audio.add',
  label: 'Add audio',
  argsSchema: audioAddArgs,
  perform(doc, { index, ...args }) {
    requireIdFree(doc.tracks.audio, args.id, 'audio clip');
    const { item: asset } = requireEntry(doc.media, args.mediaId, 'media');
    if (!asset.probe.hasAudio) preconditionFailed(`"${asset.name}" has no audio`);
    const clip: AudioClip = { ...args, out: args.out ?? asset.probe.durationMs };
    if (clip.out <= clip.in) {
      preconditionFailed(`out (${clip.out} ms) must be after in (${clip.in} ms)`);
    }
    return {
      doc: withTracks(doc, { audio: insertAt(doc.tracks.audio, index, clip) }),
      inverse: invoke('audio.remove', audioIdArgs, { id: clip.id }),
    };
  },
});

export const audioRemove = defineCommand({
  name: 'audio.remove',
  label: 'Remove audio',
  argsSchema: audioIdArgs,
  perform(doc, { id }) {
    const { index, item: clip } = requireEntry(doc.tracks.audio, id, 'audio clip');
    return {
      doc: withTracks(doc, { audio: removeAt(doc.tracks.audio, index) }),
      inverse: invoke('audio.add', audioAddArgs, { ...clip, index }),
    };
  },
});
