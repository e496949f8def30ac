import { z } from 'zod';
import { idSchema, timeMsSchema } from '../model/common';
import { centredFill, reframeSchema, volumeSchema } from '../model/clips';
import type { VideoClip } from '../model/clips';
import type { ProjectDocument } from '../model/document';
import { clipEndMs, videoTrackEndMs } from '../model/timeline';
import { defineCommand, invoke } from './define';
import { preconditionFailed } from './errors';
import { insertAt, replaceAt, requireEntry, requireIdFree, withTracks } from './update';

/** Length given to a still image put on the video track when no out point is given. */
export const DEFAULT_IMAGE_CLIP_MS = 5000;

/**
 * Puts `clip` (new or changed) into the video track at its start-ordered place, refusing when it
 * would overlap another clip: the video track is a single layer.
 */
function placeVideoClip(video: readonly VideoClip[], clip: VideoClip): VideoClip[] {
  const others = video.filter((other) => other.id !== clip.id);
  const end = clipEndMs(clip);
  const blocker = others.find((other) => other.start < end && clip.start < clipEndMs(other));
  if (blocker !== undefined) {
    preconditionFailed(
      `clip "${clip.id}" (${clip.start}-${end} ms) would overlap clip "${blocker.id}" (${blocker.start}-${clipEndMs(blocker)} ms)`,
    );
  }
  const after = others.findIndex((other) => other.start > clip.start);
  return insertAt(others, after < 0 ? undefined : after, clip);
}

function withVideo(doc: ProjectDocument, video: VideoClip[]): ProjectDocument {
  return withTracks(doc, { video });
}

export const clipAddArgs = z.object({
  id: idSchema,
  mediaId: idSchema,
  /** Timeline position; the end of the video track when absent. */
  start: timeMsSchema.optional(),
  in: timeMsSchema.default(0),
  /** Source out point; the end of the media (or in + 5 s for a still image) when absent. */
  out: timeMsSchema.optional(),
  volume: volumeSchema.default(1),
  muted: z.boolean().default(false),
  reframe: reframeSchema.default(centredFill),
});

const clipIdArgs = z.object({ id: idSchema });

export const clipAdd = defineCommand({
  name: 'clip.add',
  label: 'Add clip',
  argsSchema: clipAddArgs,
  perform(doc, args) {
    requireIdFree(doc.tracks.video, args.id, 'clip');
    const { item: asset } = requireEntry(doc.media, args.mediaId, 'media');
    if (asset.probe.kind === 'audio') {
      preconditionFailed(`"${asset.name}" has no picture; add it to the audio track instead`);
    }
    const out =
      args.out ??
      (asset.probe.kind === 'image' ? args.in + DEFAULT_IMAGE_CLIP_MS : asset.probe.durationMs);
    if (out <= args.in) {
      preconditionFailed(`out (${out} ms) must be after in (${args.in} ms)`);
    }
    const clip: VideoClip = {
      id: args.id,
      mediaId: args.mediaId,
      start: args.start ?? videoTrackEndMs(doc),
      in: args.in,
      out,
      volume: args.volume,
      muted: args.muted,
      reframe: args.reframe,
    };
    return {
      doc: withVideo(doc, placeVideoClip(doc.tracks.video, clip)),
      inverse: invoke('clip.remove', clipIdArgs, { id: clip.id }),
    };
  },
});

export const clipRemove = defineCommand({
  name: 'clip.remove',
  label: 'Remove clip',
  argsSchema: clipIdArgs,
  perform(doc, { id }) {
    const { item: clip } = requireEntry(doc.tracks.video, id, 'clip');
    return {
      doc: withVideo(
        doc,
        doc.tracks.video.filter((other) => other.id !== id),
      ),
      inverse: invoke('clip.add', clipAddArgs, clip),
    };
  },
});

const moveArgs = z.object({ id: idSchema, start: timeMsSchema });

export const clipMove = defineCommand({
  name: 'clip.move',
  label: 'Move clip',
  argsSchema: moveArgs,
  coalesceKey: ({ id }) => `clip.move:${id}`,
  perform(doc, { id, start }) {
    const { item: clip } = requireEntry(doc.tracks.video, id, 'clip');
    return {
      doc: withVideo(doc, placeVideoClip(doc.tracks.video, { ...clip, start })),
      inverse: invoke('clip.move', moveArgs, { id, start: clip.start }),
    };
  },
});

const trimArgs = z
  .object({
    id: idSchema,
    in: timeMsSchema.optional(),
    out: timeMsSchema.optional(),
    /** Trimming the head usually moves the start too, keeping the rest in place. */
    start: timeMsSchema.optional(),
  })
  .refine((args) => args.in !== undefined || args.out !== undefined || args.start !== undefined, {
    message: 'give in, out or start',
  });

export const clipTrim = defineCommand({
  name: 'clip.trim',
  label: 'Trim clip',
  argsSchema: trimArgs,
  coalesceKey: ({ id }) => `clip.trim:${id}`,
  perform(doc, args) {
    const { item: clip } = requireEntry(doc.tracks.video, args.id, 'clip');
    const trimmed: VideoClip = {
      ...clip,
      in: args.in ?? clip.in,
      out: args.out ?? clip.out,
      start: args.start ?? clip.start,
    };
    if (trimmed.out <= trimmed.in) {
      preconditionFailed(`out (${trimmed.out} ms) must be after in (${trimmed.in} ms)`);
    }
    return {
      doc: withVideo(doc, placeVideoClip(doc.tracks.video, trimmed)),
      inverse: invoke('clip.trim', trimArgs, {
        id: clip.id,
        in: clip.in,
        out: clip.out,
        start: clip.start,
      }),
    };
  },
});

const setReframeArgs = z.object({ id: idSchema, reframe: reframeSchema });

export const clipSetReframe = defineCommand({
  name: 'clip.setReframe',
  label: 'Change reframe',
  argsSchema: setReframeArgs,
  coalesceKey: ({ id }) => `clip.setReframe:${id}`,
  perform(doc, { id, reframe }) {
    const { index, item: clip } = requireEntry(doc.tracks.video, id, 'clip');
    return {
      doc: withVideo(doc, replaceAt(doc.tracks.video, index, { ...clip, reframe })),
      inverse: invoke('clip.setReframe', setReframeArgs, { id, reframe: clip.reframe }),
    };
  },
});

const setVolumeArgs = z
  .object({ id: idSchema, volume: volumeSchema.optional(), muted: z.boolean().optional() })
  .refine((args) => args.volume !== undefined || args.muted !== undefined, {
    message: 'give volume or muted',
  });

export const clipSetVolume = defineCommand({
  name: 'clip.setVolume',
  label: 'Change clip volume',
  argsSchema: setVolumeArgs,
  coalesceKey: ({ id }) => `clip.setVolume:${id}`,
  perform(doc, { id, volume, muted }) {
    const { index, item: clip } = requireEntry(doc.tracks.video, id, 'clip');
    const updated = { ...clip, volume: volume ?? clip.volume, muted: muted ?? clip.muted };
    return {
      doc: withVideo(doc, replaceAt(doc.tracks.video, index, updated)),
      inverse: invoke('clip.setVolume', setVolumeArgs, {
        id,
        volume: clip.volume,
        muted: clip.muted,
      }),
    };
  },
});
