import { invocation, type CommandInvocation } from '../../../../shared/commands';
import type { ProjectDocument } from '../../../../shared/model';
import {
  imagePresetOverlay,
  shapePresetOverlay,
  type ShapePresetKind,
} from '../../../../shared/overlays/shape-presets';

/** What the Shapes section dispatches, as command invocations (one undo step each). */

export function addShapePlan(
  doc: ProjectDocument,
  kind: ShapePresetKind,
  atMs: number,
  id: string,
): CommandInvocation {
  return invocation('overlay.add', { overlay: shapePresetOverlay(doc, kind, { id, atMs }) });
}

/**
 * An image media as an overlay at the playhead. Importing a file also appends it to the video
 * track (the import's shape for every file); when `importedJustNow` says the image came in for
 * this overlay, that clip (the last one of the media on the track) is taken off again, in the
 * same undo step, so the picture is an overlay only.
 */
export function addImagePlan(
  doc: ProjectDocument,
  mediaId: string,
  atMs: number,
  id: string,
  importedJustNow = false,
): CommandInvocation[] {
  const plan: CommandInvocation[] = [];
  let working = doc;
  if (importedJustNow) {
    const clips = doc.tracks.video.filter((clip) => clip.mediaId === mediaId);
    const appended = clips.reduce<(typeof clips)[number] | undefined>(
      (latest, clip) => (latest === undefined || clip.start > latest.start ? clip : latest),
      undefined,
    );
    if (appended !== undefined) {
      plan.push(invocation('clip.remove', { id: appended.id }));
      // Place the overlay on the timeline as it will be once the clip is gone.
      const others = doc.tracks.video.filter((clip) => clip.id !== appended.id);
      working = { ...doc, tracks: { ...doc.tracks, video: others } };
    }
  }
  plan.push(
    invocation('overlay.add', { overlay: imagePresetOverlay(working, mediaId, { id, atMs }) }),
  );
  return plan;
}

/** The project's still images, newest last, that can become image overlays. */
export function imageMedia(doc: ProjectDocument): { id: string; name: string }[] {
  return doc.media
    .filter((asset) => asset.probe.kind === 'image' && asset.missing !== true)
    .map((asset) => ({ id: asset.id, name: asset.name }));
}
