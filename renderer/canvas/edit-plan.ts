import { invocation, transformKeyframeAt } from '../../shared/commands';
import type { CommandInvocation } from '../../shared/commands';
import type { FocusKeyframe, Overlay, ProjectDocument, VideoClip } from '../../shared/model';
import { clipEndMs } from '../../shared/model/timeline';
import { focusOnFrame } from '../../shared/scene/focus-pan';
import { interpolateFocus } from '../../shared/scene/interpolate';
import { orientedPicture, type PictureShape } from '../../shared/scene/reframe-geometry';
import { resolvedCaptionStyle } from '../../shared/scene/scene-captions';
import type { SelectedItem } from '../editor/selection';

/**
 * What a canvas gesture or the keyframe toggle changes, as command invocations. An overlay with
 * one keyframe is still: moving it moves that keyframe. An animated one (two or more) gets a
 * keyframe at the playhead, updated when one is within half a frame, created otherwise (like a
 * compositor with the stopwatch on). A fill clip's focus point works the same way in source time.
 */

export interface OverlayChange {
  id: string;
  /** Frame pixels. */
  dx: number;
  dy: number;
  /** Multiplies the scale. */
  scaleFactor: number;
  /** Degrees added. */
  rotationDelta: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
const tidy = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** Half a frame: a keyframe this close to the playhead is "at" it. */
export function keyframeToleranceMs(fps: number): number {
  return 500 / fps;
}

/** The keyframe nearest to `t` within `toleranceMs`, if any. */
export function keyframeNear<K extends { t: number }>(
  keyframes: readonly K[],
  t: number,
  toleranceMs: number,
): K | undefined {
  let best: K | undefined;
  for (const keyframe of keyframes) {
    const distance = Math.abs(keyframe.t - t);
    if (distance > toleranceMs) continue;
    if (best === undefined || distance < Math.abs(best.t - t)) best = keyframe;
  }
  return best;
}

export function overlayShowsAt(overlay: Overlay, playheadMs: number): boolean {
  return playheadMs >= overlay.start && playheadMs < overlay.end;
}

/** The overlay's own time at the playhead, inside its span. */
export function overlayLocalMs(overlay: Overlay, playheadMs: number): number {
  return clamp(Math.round(playheadMs - overlay.start), 0, overlay.end - overlay.start);
}

/** Which keyframe a canvas edit of the overlay writes (see the module comment). */
export function overlayEditTime(overlay: Overlay, playheadMs: number, fps: number): number {
  const first = overlay.transform[0];
  if (overlay.transform.length === 1 && first !== undefined) return first.t;
  const local = overlayLocalMs(overlay, playheadMs);
  return keyframeNear(overlay.transform, local, keyframeToleranceMs(fps))?.t ?? local;
}

export function overlayChangeInvocation(
  doc: ProjectDocument,
  change: OverlayChange,
  playheadMs: number,
): CommandInvocation | null {
  const overlay = doc.tracks.overlays.find((item) => item.id === change.id);
  if (overlay === undefined) return null;
  const t = overlayEditTime(overlay, playheadMs, doc.format.fps);
  const base = transformKeyframeAt(overlay, t);
  return invocation('overlay.setKeyframe', {
    id: overlay.id,
    t,
    x: tidy(clamp(base.x + change.dx / doc.format.width, -1, 2), 5),
    y: tidy(clamp(base.y + change.dy / doc.format.height, -1, 2), 5),
    scale: tidy(clamp(base.scale * change.scaleFactor, 0.01, 20), 4),
    rotation: tidy(clamp(base.rotation + change.rotationDelta, -3600, 3600), 2),
  });
}

/** Moves a caption cue by its own position override (its style stays as it is). */
export function captionMoveInvocation(
  doc: ProjectDocument,
  id: string,
  dx: number,
  dy: number,
): CommandInvocation | null {
  const cue = doc.tracks.captions.find((item) => item.id === id);
  if (cue === undefined) return null;
  const { position } = resolvedCaptionStyle(doc, cue);
  return invocation('caption.update', {
    id,
    overrides: {
      ...cue.overrides,
      position: {
        x: tidy(clamp(position.x + dx / doc.format.width, 0, 1), 5),
        y: tidy(clamp(position.y + dy / doc.format.height, 0, 1), 5),
      },
    },
  });
}

/** The video clip under the playhead. */
export function clipAt(doc: ProjectDocument, playheadMs: number): VideoClip | undefined {
  return doc.tracks.video.find((clip) => playheadMs >= clip.start && playheadMs < clipEndMs(clip));
}

export function clipSourceMs(clip: VideoClip, playheadMs: number): number {
  return clamp(Math.round(clip.in + (playheadMs - clip.start)), clip.in, clip.out);
}

/** Which focus keyframe a canvas drag of the clip's focus writes. */
export function focusEditTime(
  focus: readonly FocusKeyframe[],
  sourceMs: number,
  fps: number,
): number {
  const first = focus[0];
  if (focus.length === 1 && first !== undefined) return first.t;
  return keyframeNear(focus, sourceMs, keyframeToleranceMs(fps))?.t ?? sourceMs;
}

/** The focus the clip shows at the playhead. */
export function focusAtPlayhead(clip: VideoClip, playheadMs: number): { x: number; y: number } {
  if (clip.reframe.mode !== 'fill') return { x: 0.5, y: 0.5 };
  return interpolateFocus(clip.reframe.focus, clipSourceMs(clip, playheadMs));
}

export function focusChangeInvocation(
  doc: ProjectDocument,
  clipId: string,
  focus: { x: number; y: number },
  playheadMs: number,
): CommandInvocation | null {
  const clip = doc.tracks.video.find((item) => item.id === clipId);
  if (clip === undefined || clip.reframe.mode !== 'fill') return null;
  const t = focusEditTime(clip.reframe.focus, clipSourceMs(clip, playheadMs), doc.format.fps);
  return invocation('clip.setFocusKeyframe', {
    id: clipId,
    t,
    x: tidy(clamp(focus.x, 0, 1), 5),
    y: tidy(clamp(focus.y, 0, 1), 5),
  });
}

/**
 * What "Add / Remove Keyframe" does at the playhead: for each selected overlay showing there, a
 * keyframe within half a frame is removed (unless it is the only one) and otherwise one is
 * added; without overlays, the same for the focus of a selected fill clip under the playhead.
 * Empty when there is nothing to do.
 */
export function keyframeTogglePlan(
  doc: ProjectDocument,
  selection: readonly SelectedItem[],
  playheadMs: number,
): CommandInvocation[] {
  const tolerance = keyframeToleranceMs(doc.format.fps);
  const plan: CommandInvocation[] = [];
  const at = Math.round(playheadMs);
  for (const item of selection) {
    if (item.kind !== 'overlay') continue;
    const overlay = doc.tracks.overlays.find((candidate) => candidate.id === item.id);
    if (overlay === undefined || !overlayShowsAt(overlay, at)) continue;
    const local = overlayLocalMs(overlay, at);
    const near = keyframeNear(overlay.transform, local, tolerance);
    if (near === undefined)
      plan.push(invocation('overlay.setKeyframe', { id: overlay.id, t: local }));
    else if (overlay.transform.length > 1) {
      plan.push(invocation('overlay.removeKeyframe', { id: overlay.id, t: near.t }));
    }
  }
  if (plan.length > 0) return plan;
  for (const item of selection) {
    if (item.kind !== 'clip') continue;
    const clip = doc.tracks.video.find((candidate) => candidate.id === item.id);
    if (clip === undefined || clip.reframe.mode !== 'fill') continue;
    if (at < clip.start || at >= clipEndMs(clip)) continue;
    const source = clipSourceMs(clip, at);
    const near = keyframeNear(clip.reframe.focus, source, tolerance);
    if (near === undefined)
      plan.push(invocation('clip.setFocusKeyframe', { id: clip.id, t: source }));
    else if (clip.reframe.focus.length > 1) {
      plan.push(invocation('clip.removeFocusKeyframe', { id: clip.id, t: near.t }));
    }
  }
  return plan;
}

/** A media file's picture as the reframe sees it, or null when it has none. */
export function pictureOf(doc: ProjectDocument, mediaId: string): PictureShape | null {
  const asset = doc.media.find((candidate) => candidate.id === mediaId);
  if (asset === undefined) return null;
  try {
    return orientedPicture(asset.probe, asset.name);
  } catch {
    return null;
  }
}

/** Where the focus crosshair goes: a selected fill clip under the playhead, in frame pixels. */
export function selectedFocusPoint(
  doc: ProjectDocument,
  selection: readonly SelectedItem[],
  playheadMs: number,
): { x: number; y: number } | null {
  const clip = clipAt(doc, playheadMs);
  if (clip === undefined || clip.reframe.mode !== 'fill') return null;
  if (!selection.some((item) => item.kind === 'clip' && item.id === clip.id)) return null;
  const picture = pictureOf(doc, clip.mediaId);
  if (picture === null) return null;
  return focusOnFrame(picture, doc.format, focusAtPlayhead(clip, playheadMs));
}

const KEYFRAME_REMOVALS = new Set(['overlay.removeKeyframe', 'clip.removeFocusKeyframe']);

/** The history label of a keyframe toggle. */
export function keyframeToggleLabel(plan: readonly CommandInvocation[]): string {
  const removals = plan.filter((step) => KEYFRAME_REMOVALS.has(step.name)).length;
  if (removals === plan.length) return 'Remove keyframe';
  if (removals === 0) return 'Add keyframe';
  return 'Add / remove keyframes';
}

/** A selected callout's leader tip, in frame pixels, where the canvas shows its drag handle. */
export interface CalloutTip {
  id: string;
  x: number;
  y: number;
}

/** The leader tips of the selected callouts showing at the playhead. */
export function calloutTips(
  doc: ProjectDocument,
  selection: readonly SelectedItem[],
  playheadMs: number,
): CalloutTip[] {
  const selected = new Set(
    selection.filter((item) => item.kind === 'overlay').map((item) => item.id),
  );
  const tips: CalloutTip[] = [];
  for (const overlay of doc.tracks.overlays) {
    if (overlay.kind !== 'callout' || !selected.has(overlay.id)) continue;
    if (!overlayShowsAt(overlay, playheadMs)) continue;
    tips.push({
      id: overlay.id,
      x: overlay.target.x * doc.format.width,
      y: overlay.target.y * doc.format.height,
    });
  }
  return tips;
}

/** A callout target (fractions of the frame) for a point in frame pixels, kept in the frame. */
export function calloutTarget(
  doc: ProjectDocument,
  point: { x: number; y: number },
): { x: number; y: number } {
  return {
    x: tidy(clamp(point.x / doc.format.width, 0, 1), 5),
    y: tidy(clamp(point.y / doc.format.height, 0, 1), 5),
  };
}

/**
 * Points a callout's leader at `point` (frame pixels), kept inside the frame: the tip marks
 * something on the footage. The target is not keyframed, so the time does not matter.
 */
export function calloutTipInvocation(
  doc: ProjectDocument,
  id: string,
  point: { x: number; y: number },
): CommandInvocation | null {
  const overlay = doc.tracks.overlays.find((item) => item.id === id);
  if (overlay === undefined || overlay.kind !== 'callout') return null;
  const target = calloutTarget(doc, point);
  if (target.x === overlay.target.x && target.y === overlay.target.y) return null;
  return invocation('overlay.update', { id, patch: { target } });
}
