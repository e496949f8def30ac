import { z } from 'zod';
import { animationSchema, transformKeyframeSchema } from '../model/animation';
import { captionCueSchema, captionWordSchema } from '../model/captions';
import type { CaptionCue } from '../model/captions';
import type { AudioClip, VideoClip } from '../model/clips';
import { idSchema, timeMsSchema } from '../model/common';
import type { Marker, ProjectDocument } from '../model/document';
import { issuesFromZodError, summarizeIssues } from '../model/errors';
import { overlaySchema } from '../model/overlays';
import type { Overlay } from '../model/overlays';
import { clipEndMs } from '../model/timeline';
import { defineCommand, invoke } from './define';
import { invalidArgs, preconditionFailed } from './errors';
import { fitAnimations, fitPair, windowKeyframes, windowWords } from './timeline-timing';
import { requireEntry, withoutUndefined } from './update';

/**
 * `timeline.retime`: moves and trims any mix of timeline items in one step (a drag of a
 * multi-selection, a trim, a ripple). Video clips are checked against each other only after
 * all changes, so a group can slide past its own old place.
 *
 * Inner timing follows a simple rule: when an overlay's or cue's length is unchanged (a move),
 * its keyframes and word timings move with it; when the length changes (a trim), they keep
 * their place in absolute time, cut at the new edges. Fades and enter/exit animations shrink
 * to fit. Giving `transform`/`words`/fades sets them verbatim instead (the inverse does that).
 */

const clipTiming = z.object({
  kind: z.literal('clip'),
  id: idSchema,
  start: timeMsSchema,
  in: timeMsSchema.optional(),
  out: timeMsSchema.optional(),
});

const audioTiming = z.object({
  kind: z.literal('audio'),
  id: idSchema,
  start: timeMsSchema,
  in: timeMsSchema.optional(),
  out: timeMsSchema.optional(),
  fadeInMs: timeMsSchema.optional(),
  fadeOutMs: timeMsSchema.optional(),
});

const overlayTiming = z.object({
  kind: z.literal('overlay'),
  id: idSchema,
  start: timeMsSchema,
  end: timeMsSchema,
  transform: z.array(transformKeyframeSchema).min(1).optional(),
  enter: animationSchema.optional(),
  exit: animationSchema.optional(),
});

const captionTiming = z.object({
  kind: z.literal('caption'),
  id: idSchema,
  start: timeMsSchema,
  end: timeMsSchema,
  /** `null` removes the word timings. */
  words: z.array(captionWordSchema).nullable().optional(),
});

const markerTiming = z.object({ kind: z.literal('marker'), id: idSchema, time: timeMsSchema });

export const timingChangeSchema = z.discriminatedUnion('kind', [
  clipTiming,
  audioTiming,
  overlayTiming,
  captionTiming,
  markerTiming,
]);
export type TimingChange = z.input<typeof timingChangeSchema>;
type ParsedChange = z.output<typeof timingChangeSchema>;

export const retimeArgs = z.object({ changes: z.array(timingChangeSchema).min(1) });

/** The change that puts an item back exactly as it is now (used for inverses). */
export function restoringChange(
  item:
    | { kind: 'clip'; value: VideoClip }
    | { kind: 'audio'; value: AudioClip }
    | { kind: 'overlay'; value: Overlay }
    | { kind: 'caption'; value: CaptionCue }
    | { kind: 'marker'; value: Marker },
): TimingChange {
  const { kind, value } = item;
  switch (kind) {
    case 'clip':
      return { kind, id: value.id, start: value.start, in: value.in, out: value.out };
    case 'audio':
      return {
        kind,
        id: value.id,
        start: value.start,
        in: value.in,
        out: value.out,
        fadeInMs: value.fadeInMs,
        fadeOutMs: value.fadeOutMs,
      };
    case 'overlay':
      return {
        kind,
        id: value.id,
        start: value.start,
        end: value.end,
        transform: value.transform,
        enter: value.enter,
        exit: value.exit,
      };
    case 'caption':
      return { kind, id: value.id, start: value.start, end: value.end, words: value.words ?? null };
    case 'marker':
      return { kind, id: value.id, time: value.time };
  }
}

function checkSourceRange(id: string, start: number, inMs: number, out: number): void {
  if (out <= inMs)
    preconditionFailed(`clip "${id}": out (${out} ms) must be after in (${inMs} ms)`);
  if (start < 0) preconditionFailed(`clip "${id}" would start before 0`);
}

function retimeVideo(video: readonly VideoClip[], change: z.output<typeof clipTiming>): VideoClip {
  const { item } = requireEntry(video, change.id, 'clip');
  const updated = {
    ...item,
    start: change.start,
    in: change.in ?? item.in,
    out: change.out ?? item.out,
  };
  checkSourceRange(item.id, updated.start, updated.in, updated.out);
  return updated;
}

function retimeAudio(audio: readonly AudioClip[], change: z.output<typeof audioTiming>): AudioClip {
  const { item } = requireEntry(audio, change.id, 'audio clip');
  const inMs = change.in ?? item.in;
  const out = change.out ?? item.out;
  checkSourceRange(item.id, change.start, inMs, out);
  const [fadeInMs, fadeOutMs] =
    change.fadeInMs !== undefined || change.fadeOutMs !== undefined
      ? [change.fadeInMs ?? item.fadeInMs, change.fadeOutMs ?? item.fadeOutMs]
      : fitPair(item.fadeInMs, item.fadeOutMs, out - inMs);
  return { ...item, start: change.start, in: inMs, out, fadeInMs, fadeOutMs };
}

function retimeOverlay(
  overlays: readonly Overlay[],
  change: z.output<typeof overlayTiming>,
): Overlay {
  const { item } = requireEntry(overlays, change.id, 'overlay');
  const length = change.end - change.start;
  if (length <= 0) preconditionFailed(`overlay "${item.id}" must end after it starts`);
  const moved = length === item.end - item.start;
  const from = change.start - item.start;
  const transform =
    change.transform ??
    (moved ? item.transform : windowKeyframes(item.transform, from, from + length));
  const fitted = fitAnimations(change.enter ?? item.enter, change.exit ?? item.exit, length);
  const result = overlaySchema.safeParse({
    ...item,
    start: change.start,
    end: change.end,
    transform,
    enter: change.enter ?? fitted.enter,
    exit: change.exit ?? fitted.exit,
  });
  if (!result.success) invalidArgs(summarizeIssues(issuesFromZodError(result.error)));
  return withoutUndefined(result.data);
}

function retimeCaption(
  captions: readonly CaptionCue[],
  change: z.output<typeof captionTiming>,
): CaptionCue {
  const { item } = requireEntry(captions, change.id, 'caption');
  const length = change.end - change.start;
  if (length <= 0) preconditionFailed(`caption "${item.id}" must end after it starts`);
  const from = change.start - item.start;
  const words =
    change.words !== undefined
      ? (change.words ?? undefined)
      : length === item.end - item.start
        ? item.words
        : windowWords(item.words, from, from + length);
  const { words: _old, ...rest } = item;
  const cue: CaptionCue = {
    ...rest,
    start: change.start,
    end: change.end,
    ...(words ? { words } : {}),
  };
  const result = captionCueSchema.safeParse(cue);
  if (!result.success) invalidArgs(summarizeIssues(issuesFromZodError(result.error)));
  return cue;
}

/** The video track in start order, refusing overlaps (the track is a single layer). */
export function orderVideoTrack(video: readonly VideoClip[]): VideoClip[] {
  const sorted = [...video].sort((a, b) => a.start - b.start);
  for (let index = 1; index < sorted.length; index += 1) {
    const previous = sorted[index - 1]!;
    const clip = sorted[index]!;
    if (clip.start < clipEndMs(previous)) {
      preconditionFailed(
        `clip "${clip.id}" (${clip.start}-${clipEndMs(clip)} ms) would overlap clip "${previous.id}" (${previous.start}-${clipEndMs(previous)} ms)`,
      );
    }
  }
  return sorted;
}

function replaceById<T extends { id: string }>(items: readonly T[], updated: Map<string, T>): T[] {
  return updated.size === 0 ? [...items] : items.map((item) => updated.get(item.id) ?? item);
}

/** Applies timing changes (already parsed) and returns the document with what undoes them. */
export function applyTimingChanges(
  doc: ProjectDocument,
  changes: readonly ParsedChange[],
): { doc: ProjectDocument; restore: TimingChange[] } {
  const seen = new Set<string>();
  const video = new Map<string, VideoClip>();
  const audio = new Map<string, AudioClip>();
  const overlays = new Map<string, Overlay>();
  const captions = new Map<string, CaptionCue>();
  const markers = new Map<string, Marker>();
  const restore: TimingChange[] = [];
  const { tracks } = doc;
  for (const change of changes) {
    const key = `${change.kind}:${change.id}`;
    if (seen.has(key)) invalidArgs(`${change.kind} "${change.id}" is changed twice`);
    seen.add(key);
    switch (change.kind) {
      case 'clip':
        restore.push(
          restoringChange({
            kind: 'clip',
            value: requireEntry(tracks.video, change.id, 'clip').item,
          }),
        );
        video.set(change.id, retimeVideo(tracks.video, change));
        break;
      case 'audio':
        restore.push(
          restoringChange({
            kind: 'audio',
            value: requireEntry(tracks.audio, change.id, 'audio clip').item,
          }),
        );
        audio.set(change.id, retimeAudio(tracks.audio, change));
        break;
      case 'overlay':
        restore.push(
          restoringChange({
            kind: 'overlay',
            value: requireEntry(tracks.overlays, change.id, 'overlay').item,
          }),
        );
        overlays.set(change.id, retimeOverlay(tracks.overlays, change));
        break;
      case 'caption':
        restore.push(
          restoringChange({
            kind: 'caption',
            value: requireEntry(tracks.captions, change.id, 'caption').item,
          }),
        );
        captions.set(change.id, retimeCaption(tracks.captions, change));
        break;
      case 'marker': {
        const { item } = requireEntry(doc.markers, change.id, 'marker');
        restore.push(restoringChange({ kind: 'marker', value: item }));
        markers.set(change.id, { ...item, time: change.time });
        break;
      }
    }
  }
  return {
    doc: {
      ...doc,
      tracks: {
        video: video.size === 0 ? tracks.video : orderVideoTrack(replaceById(tracks.video, video)),
        audio: audio.size === 0 ? tracks.audio : replaceById(tracks.audio, audio),
        overlays: overlays.size === 0 ? tracks.overlays : replaceById(tracks.overlays, overlays),
        captions: captions.size === 0 ? tracks.captions : replaceById(tracks.captions, captions),
      },
      markers: markers.size === 0 ? doc.markers : replaceById(doc.markers, markers),
    },
    restore,
  };
}

export const timelineRetime = defineCommand({
  name: 'timeline.retime',
  label: 'Move or trim',
  argsSchema: retimeArgs,
  perform(doc, { changes }) {
    const outcome = applyTimingChanges(doc, changes);
    return {
      doc: outcome.doc,
      inverse: invoke('timeline.retime', retimeArgs, { changes: outcome.restore }),
    };
  },
});
