import { z } from 'zod';
import type { CaptionCue } from '../model/captions';
import type { AudioClip, VideoClip } from '../model/clips';
import { idSchema, timeMsSchema } from '../model/common';
import type { ProjectDocument } from '../model/document';
import type { Overlay } from '../model/overlays';
import { clipEndMs } from '../model/timeline';
import { batchInvocation, defineCommand, invoke } from './define';
import type { CommandInvocation } from './define';
import { invalidArgs, preconditionFailed } from './errors';
import {
  applyTimingChanges,
  orderVideoTrack,
  restoringChange,
  retimeArgs,
} from './timeline-retime';
import type { TimingChange } from './timeline-retime';
import {
  fitAnimations,
  fitPair,
  rippleShift,
  windowKeyframes,
  windowWords,
} from './timeline-timing';
import type { Span } from './timeline-timing';
import { requireEntry, requireIdFree } from './update';

export { timelineRetime, timingChangeSchema, retimeArgs, restoringChange } from './timeline-retime';
export type { TimingChange } from './timeline-retime';

/**
 * Timeline edits a video editor expects, each one command with an exact inverse: split at a
 * time, ripple delete (remove and close the gap on each item's own track) and duplicate.
 * Moves and trims are `timeline.retime` (timeline-retime.ts). New ids come from the caller,
 * so the same edit always gives the same document.
 */

/** The four tracks of the timeline. */
export const trackItemKindSchema = z.enum(['clip', 'audio', 'overlay', 'caption']);
export type TrackItemKind = z.infer<typeof trackItemKindSchema>;

type TrackKey = 'video' | 'audio' | 'overlays' | 'captions';
const TRACK_OF: Record<TrackItemKind, TrackKey> = {
  clip: 'video',
  audio: 'audio',
  overlay: 'overlays',
  caption: 'captions',
};
const NAME_OF: Record<TrackItemKind, string> = {
  clip: 'clip',
  audio: 'audio clip',
  overlay: 'overlay',
  caption: 'caption',
};

type AnyItem = VideoClip | AudioClip | Overlay | CaptionCue;

/** Where an item of any kind sits on the timeline. */
export function itemSpan(kind: TrackItemKind, item: AnyItem): Span {
  if (kind === 'clip' || kind === 'audio') {
    const clip = item as VideoClip | AudioClip;
    return { start: clip.start, end: clipEndMs(clip) };
  }
  const timed = item as Overlay | CaptionCue;
  return { start: timed.start, end: timed.end };
}

function removeInvocation(kind: TrackItemKind, id: string): CommandInvocation {
  return { name: `${kind === 'clip' ? 'clip' : kind}.remove`, args: { id } };
}

/** The invocation that adds `item` back at `index` of its track (the inverse of a remove). */
function readdInvocation(kind: TrackItemKind, item: AnyItem, index: number): CommandInvocation {
  switch (kind) {
    case 'clip':
      return { name: 'clip.add', args: { ...item } };
    case 'audio':
      return { name: 'audio.add', args: { ...item, index } };
    case 'overlay':
      return { name: 'overlay.add', args: { overlay: item, index } };
    case 'caption':
      return { name: 'caption.add', args: { ...item, index } };
  }
}

function trackItems(doc: ProjectDocument, kind: TrackItemKind): readonly AnyItem[] {
  return doc.tracks[TRACK_OF[kind]];
}

function withTrack(doc: ProjectDocument, kind: TrackItemKind, items: AnyItem[]): ProjectDocument {
  return { ...doc, tracks: { ...doc.tracks, [TRACK_OF[kind]]: items } };
}

const itemRef = z.object({ kind: trackItemKindSchema, id: idSchema });
const newItemRef = itemRef.extend({ newId: idSchema });

function refuseRepeats(items: readonly { kind: string; id: string }[]): void {
  const keys = new Set<string>();
  for (const { kind, id } of items) {
    if (keys.has(`${kind}:${id}`)) invalidArgs(`${kind} "${id}" is listed twice`);
    keys.add(`${kind}:${id}`);
  }
}

/** The two halves of `item` cut at `at` (timeline ms, strictly inside it). */
function splitItem(
  kind: TrackItemKind,
  item: AnyItem,
  at: number,
  newId: string,
): [AnyItem, AnyItem] {
  const span = itemSpan(kind, item);
  const offset = at - span.start;
  const length = span.end - span.start;
  if (kind === 'clip' || kind === 'audio') {
    const clip = item as VideoClip | AudioClip;
    const cut = clip.in + offset;
    const left = { ...clip, out: cut };
    const right = { ...clip, id: newId, start: at, in: cut };
    if (kind === 'audio') {
      const audio = clip as AudioClip;
      const [fadeIn] = fitPair(audio.fadeInMs, 0, offset);
      const [, fadeOut] = fitPair(0, audio.fadeOutMs, length - offset);
      return [
        { ...(left as AudioClip), fadeInMs: fadeIn, fadeOutMs: 0 },
        { ...(right as AudioClip), fadeInMs: 0, fadeOutMs: fadeOut },
      ];
    }
    return [left, right];
  }
  if (kind === 'overlay') {
    const overlay = item as Overlay;
    // The cut is a continuation: no exit on the left half, no enter on the right one.
    const leftAnimations = fitAnimations(
      overlay.enter,
      { ...overlay.exit, type: 'none', durationMs: 0 },
      offset,
    );
    const rightAnimations = fitAnimations(
      { ...overlay.enter, type: 'none', durationMs: 0 },
      overlay.exit,
      length - offset,
    );
    return [
      {
        ...overlay,
        end: at,
        transform: windowKeyframes(overlay.transform, 0, offset),
        ...leftAnimations,
      },
      {
        ...overlay,
        id: newId,
        start: at,
        transform: windowKeyframes(overlay.transform, offset, length),
        ...rightAnimations,
      },
    ];
  }
  const cue = item as CaptionCue;
  const { words: _words, ...rest } = cue;
  const leftWords = windowWords(cue.words, 0, offset);
  const rightWords = windowWords(cue.words, offset, length);
  // With word timings each half says its own words; without them both keep the whole text.
  const textOf = (words: typeof leftWords) =>
    words === undefined || cue.words === undefined ? cue.text : words.map((w) => w.text).join(' ');
  return [
    { ...rest, end: at, text: textOf(leftWords), ...(leftWords ? { words: leftWords } : {}) },
    {
      ...rest,
      id: newId,
      start: at,
      text: textOf(rightWords),
      ...(rightWords ? { words: rightWords } : {}),
    },
  ];
}

const splitArgs = z.object({ at: timeMsSchema, items: z.array(newItemRef).min(1) });

export const timelineSplit = defineCommand({
  name: 'timeline.split',
  label: 'Split',
  argsSchema: splitArgs,
  perform(doc, { at, items }) {
    refuseRepeats(items);
    let current = doc;
    const removes: CommandInvocation[] = [];
    const readds: { kind: TrackItemKind; index: number; invocation: CommandInvocation }[] = [];
    for (const { kind, id, newId } of items) {
      const list = trackItems(current, kind);
      requireIdFree(list, newId, NAME_OF[kind]);
      const { item } = requireEntry(list, id, NAME_OF[kind]);
      const span = itemSpan(kind, item);
      if (at <= span.start || at >= span.end) {
        preconditionFailed(
          `${NAME_OF[kind]} "${id}" (${span.start}-${span.end} ms) is not under ${at} ms`,
        );
      }
      const originalIndex = trackItems(doc, kind).findIndex((each) => each.id === id);
      const [left, right] = splitItem(kind, item, at, newId);
      const index = list.indexOf(item);
      current = withTrack(current, kind, [
        ...list.slice(0, index),
        left,
        right,
        ...list.slice(index + 1),
      ]);
      removes.push(removeInvocation(kind, newId), removeInvocation(kind, id));
      readds.push({
        kind,
        index: originalIndex,
        invocation: readdInvocation(kind, item, originalIndex),
      });
    }
    readds.sort((a, b) => (a.kind === b.kind ? a.index - b.index : a.kind < b.kind ? -1 : 1));
    return {
      doc: current,
      inverse: batchInvocation([...removes.reverse(), ...readds.map((each) => each.invocation)]),
    };
  },
});

const rippleArgs = z.object({ items: z.array(itemRef).min(1) });

export const timelineRippleDelete = defineCommand({
  name: 'timeline.rippleDelete',
  label: 'Ripple delete',
  argsSchema: rippleArgs,
  perform(doc, { items }) {
    refuseRepeats(items);
    const readds: { kind: TrackItemKind; index: number; invocation: CommandInvocation }[] = [];
    const changes: TimingChange[] = [];
    let current = doc;
    for (const kind of trackItemKindSchema.options) {
      const ids = new Set(items.filter((each) => each.kind === kind).map((each) => each.id));
      if (ids.size === 0) continue;
      const list = trackItems(doc, kind);
      for (const id of ids) requireEntry(list, id, NAME_OF[kind]);
      const removed: Span[] = [];
      list.forEach((item, index) => {
        if (!ids.has(item.id)) return;
        removed.push(itemSpan(kind, item));
        readds.push({ kind, index, invocation: readdInvocation(kind, item, index) });
      });
      const kept = list.filter((item) => !ids.has(item.id));
      for (const item of kept) {
        const span = itemSpan(kind, item);
        const shift = rippleShift(removed, span.start);
        if (shift === 0) continue;
        changes.push(
          kind === 'clip' || kind === 'audio'
            ? { kind, id: item.id, start: span.start - shift }
            : { kind, id: item.id, start: span.start - shift, end: span.end - shift },
        );
      }
      current = withTrack(current, kind, kept);
    }
    const retimed =
      changes.length > 0
        ? applyTimingChanges(current, retimeArgs.parse({ changes }).changes)
        : null;
    return {
      doc: retimed?.doc ?? current,
      inverse: batchInvocation([
        ...(retimed ? [invoke('timeline.retime', retimeArgs, { changes: retimed.restore })] : []),
        ...readds.map((each) => each.invocation),
      ]),
    };
  },
});

const duplicateArgs = z.object({ items: z.array(newItemRef).min(1) });

/**
 * Copies each item right after itself. On the video track (a single layer) the clips after
 * the copy move right just enough to make room; other tracks may overlap, so nothing moves.
 */
export const timelineDuplicate = defineCommand({
  name: 'timeline.duplicate',
  label: 'Duplicate',
  argsSchema: duplicateArgs,
  perform(doc, { items }) {
    refuseRepeats(items);
    let current = doc;
    const removes: CommandInvocation[] = [];
    const ordered = [...items].sort((a, b) => {
      const startOf = (ref: typeof a) =>
        itemSpan(ref.kind, requireEntry(trackItems(doc, ref.kind), ref.id, NAME_OF[ref.kind]).item)
          .start;
      return startOf(a) - startOf(b);
    });
    for (const { kind, id, newId } of ordered) {
      const list = trackItems(current, kind);
      requireIdFree(list, newId, NAME_OF[kind]);
      const { item, index } = requireEntry(list, id, NAME_OF[kind]);
      const span = itemSpan(kind, item);
      const length = span.end - span.start;
      if (kind === 'clip') {
        const copy: VideoClip = { ...(item as VideoClip), id: newId, start: span.end };
        const next = (list as VideoClip[]).find((clip) => clip.start >= span.end);
        const push = next === undefined ? 0 : Math.max(0, span.end + length - next.start);
        const shifted = (list as VideoClip[]).map((clip) =>
          clip.start >= span.end && push > 0 ? { ...clip, start: clip.start + push } : clip,
        );
        current = withTrack(current, kind, orderVideoTrack([...shifted, copy]));
      } else {
        const copy =
          kind === 'audio'
            ? { ...(item as AudioClip), id: newId, start: span.end }
            : {
                ...(item as Overlay | CaptionCue),
                id: newId,
                start: span.end,
                end: span.end + length,
              };
        current = withTrack(current, kind, [
          ...list.slice(0, index + 1),
          copy,
          ...list.slice(index + 1),
        ]);
      }
      removes.push(removeInvocation(kind, newId));
    }
    // Video clips that made room go back to where they were.
    const moved = doc.tracks.video
      .filter((clip) => current.tracks.video.find((c) => c.id === clip.id)?.start !== clip.start)
      .map((clip) => restoringChange({ kind: 'clip', value: clip }));
    return {
      doc: current,
      inverse: batchInvocation([
        ...removes.reverse(),
        ...(moved.length > 0 ? [invoke('timeline.retime', retimeArgs, { changes: moved })] : []),
      ]),
    };
  },
});
