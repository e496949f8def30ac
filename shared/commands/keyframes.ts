import { z } from 'zod';
import { transformKeyframeSchema } from '../model/animation';
import type { TransformKeyframe } from '../model/animation';
import { focusKeyframeSchema, reframeSchema } from '../model/clips';
import type { FocusKeyframe, VideoClip } from '../model/clips';
import { idSchema, timeMsSchema } from '../model/common';
import type { ProjectDocument } from '../model/document';
import { issuesFromZodError, summarizeIssues } from '../model/errors';
import { overlaySchema } from '../model/overlays';
import type { Overlay } from '../model/overlays';
import { interpolateFocus, interpolateTransform } from '../scene/interpolate';
import { defineCommand, invoke } from './define';
import { invalidArgs, preconditionFailed } from './errors';
import { replaceAt, requireEntry, withTracks, withoutUndefined } from './update';

/**
 * Keyframe edits: add or change one keyframe at a time, or remove one. An overlay's transform
 * keyframes are timed from the overlay's start; a fill clip's focus keyframes in source-media
 * time (see shared/model). A keyframe added between others takes the values the animation has
 * there, so adding one never moves anything until a value is changed.
 */

const transformValuesSchema = transformKeyframeSchema.omit({ t: true }).partial();
const focusValuesSchema = focusKeyframeSchema.omit({ t: true }).partial();

export const overlaySetKeyframeArgs = z.object({
  id: idSchema,
  /** Milliseconds from the overlay's start. */
  t: timeMsSchema,
  ...transformValuesSchema.shape,
});

export const overlayRemoveKeyframeArgs = z.object({ id: idSchema, t: timeMsSchema });

export const clipSetFocusKeyframeArgs = z.object({
  id: idSchema,
  /** Source-media time in milliseconds. */
  t: timeMsSchema,
  ...focusValuesSchema.shape,
});

export const clipRemoveFocusKeyframeArgs = z.object({ id: idSchema, t: timeMsSchema });

/** The keyframes with `keyframe` put in place: replacing one at the same time, else in order. */
export function withKeyframe<K extends { t: number }>(keyframes: readonly K[], keyframe: K): K[] {
  const others = keyframes.filter((existing) => existing.t !== keyframe.t);
  const after = others.findIndex((existing) => existing.t > keyframe.t);
  return after < 0
    ? [...others, keyframe]
    : [...others.slice(0, after), keyframe, ...others.slice(after)];
}

function givenValues<T extends object>(values: T): Partial<T> {
  return withoutUndefined(values);
}

function checked<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = issuesFromZodError(result.error);
    invalidArgs(summarizeIssues(issues), issues);
  }
  return result.data;
}

/** The transform an overlay has at `t` (from its start), as a keyframe there. */
export function transformKeyframeAt(overlay: Overlay, t: number): TransformKeyframe {
  const existing = overlay.transform.find((keyframe) => keyframe.t === t);
  if (existing !== undefined) return existing;
  const values = interpolateTransform(overlay.transform, t);
  // Easing applies from a keyframe to the next: a new one continues the span it splits.
  const before = [...overlay.transform].reverse().find((keyframe) => keyframe.t < t);
  return { t, ...values, easing: before?.easing ?? overlay.transform[0]?.easing ?? 'linear' };
}

/** A fill clip's focus at source time `t`, as a keyframe there. */
export function focusKeyframeAt(focus: readonly FocusKeyframe[], t: number): FocusKeyframe {
  const existing = focus.find((keyframe) => keyframe.t === t);
  if (existing !== undefined) return existing;
  const before = [...focus].reverse().find((keyframe) => keyframe.t < t);
  return {
    t,
    ...interpolateFocus(focus, t),
    easing: before?.easing ?? focus[0]?.easing ?? 'linear',
  };
}

function replaceOverlay(doc: ProjectDocument, index: number, overlay: Overlay): ProjectDocument {
  return withTracks(doc, { overlays: replaceAt(doc.tracks.overlays, index, overlay) });
}

export const overlaySetKeyframe = defineCommand({
  name: 'overlay.setKeyframe',
  label: 'Set keyframe',
  argsSchema: overlaySetKeyframeArgs,
  coalesceKey: ({ id, t, ...values }) =>
    `overlay.setKeyframe:${id}:${t}:${Object.keys(givenValues(values)).sort().join(',')}`,
  perform(doc, { id, t, ...values }) {
    const { index, item: overlay } = requireEntry(doc.tracks.overlays, id, 'overlay');
    const length = overlay.end - overlay.start;
    if (t > length) {
      preconditionFailed(`a keyframe at ${t} ms is past the end of overlay "${id}" (${length} ms)`);
    }
    const previous = overlay.transform.find((keyframe) => keyframe.t === t);
    const changes = givenValues(values);
    if (previous !== undefined && Object.keys(changes).length === 0) {
      preconditionFailed(`overlay "${id}" already has a keyframe at ${t} ms`);
    }
    const keyframe: TransformKeyframe = { ...transformKeyframeAt(overlay, t), ...changes };
    const updated = checked(overlaySchema, {
      ...overlay,
      transform: withKeyframe(overlay.transform, keyframe),
    });
    return {
      doc: replaceOverlay(doc, index, updated),
      inverse:
        previous === undefined
          ? invoke('overlay.removeKeyframe', overlayRemoveKeyframeArgs, { id, t })
          : invoke('overlay.setKeyframe', overlaySetKeyframeArgs, { id, ...previous }),
    };
  },
});

export const overlayRemoveKeyframe = defineCommand({
  name: 'overlay.removeKeyframe',
  label: 'Remove keyframe',
  argsSchema: overlayRemoveKeyframeArgs,
  perform(doc, { id, t }) {
    const { index, item: overlay } = requireEntry(doc.tracks.overlays, id, 'overlay');
    const removed = overlay.transform.find((keyframe) => keyframe.t === t);
    if (removed === undefined) preconditionFailed(`overlay "${id}" has no keyframe at ${t} ms`);
    if (overlay.transform.length === 1) {
      preconditionFailed(`the only keyframe of overlay "${id}" holds its place and cannot go`);
    }
    const updated: Overlay = {
      ...overlay,
      transform: overlay.transform.filter((keyframe) => keyframe !== removed),
    };
    return {
      doc: replaceOverlay(doc, index, updated),
      inverse: invoke('overlay.setKeyframe', overlaySetKeyframeArgs, { id, ...removed }),
    };
  },
});

/** The clip and its focus keyframes; only a fill reframe has a focus. */
function fillClip(
  doc: ProjectDocument,
  id: string,
): { index: number; clip: VideoClip; focus: FocusKeyframe[] } {
  const { index, item: clip } = requireEntry(doc.tracks.video, id, 'clip');
  if (clip.reframe.mode !== 'fill') {
    preconditionFailed(
      `clip "${id}" is reframed with ${clip.reframe.mode}; only a fill reframe has a focus point`,
    );
  }
  return { index, clip, focus: clip.reframe.focus };
}

function withFocus(
  doc: ProjectDocument,
  index: number,
  clip: VideoClip,
  focus: FocusKeyframe[],
): ProjectDocument {
  const reframe = checked(reframeSchema, { mode: 'fill', focus });
  return withTracks(doc, { video: replaceAt(doc.tracks.video, index, { ...clip, reframe }) });
}

export const clipSetFocusKeyframe = defineCommand({
  name: 'clip.setFocusKeyframe',
  label: 'Set focus keyframe',
  argsSchema: clipSetFocusKeyframeArgs,
  coalesceKey: ({ id, t }) => `clip.setFocusKeyframe:${id}:${t}`,
  perform(doc, { id, t, ...values }) {
    const { index, clip, focus } = fillClip(doc, id);
    const previous = focus.find((keyframe) => keyframe.t === t);
    const changes = givenValues(values);
    if (previous !== undefined && Object.keys(changes).length === 0) {
      preconditionFailed(`clip "${id}" already has a focus keyframe at ${t} ms`);
    }
    const keyframe: FocusKeyframe = { ...focusKeyframeAt(focus, t), ...changes };
    return {
      doc: withFocus(doc, index, clip, withKeyframe(focus, keyframe)),
      inverse:
        previous === undefined
          ? invoke('clip.removeFocusKeyframe', clipRemoveFocusKeyframeArgs, { id, t })
          : invoke('clip.setFocusKeyframe', clipSetFocusKeyframeArgs, { id, ...previous }),
    };
  },
});

export const clipRemoveFocusKeyframe = defineCommand({
  name: 'clip.removeFocusKeyframe',
  label: 'Remove focus keyframe',
  argsSchema: clipRemoveFocusKeyframeArgs,
  perform(doc, { id, t }) {
    const { index, clip, focus } = fillClip(doc, id);
    const removed = focus.find((keyframe) => keyframe.t === t);
    if (removed === undefined) preconditionFailed(`clip "${id}" has no focus keyframe at ${t} ms`);
    if (focus.length === 1) {
      preconditionFailed(`the only focus point of clip "${id}" cannot go`);
    }
    return {
      doc: withFocus(
        doc,
        index,
        clip,
        focus.filter((keyframe) => keyframe !== removed),
      ),
      inverse: invoke('clip.setFocusKeyframe', clipSetFocusKeyframeArgs, { id, ...removed }),
    };
  },
});
