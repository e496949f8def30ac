import type { ProjectDocument } from '../../shared/model';
import { sceneVideoAt } from '../../shared/scene/scene-video';
import { releaseMediaElement } from './media-element';

/**
 * Footage that starts loading the moment a project opens, while React builds the editor and
 * the canvas lays out: fetching the file's header and index and decoding the first picture is
 * the slowest part of opening, and it needs nothing from the editor but the media's URL. The
 * preview's VideoPool adopts a preloaded element for its URL instead of making its own, so the
 * work is never done twice.
 */

const preloads = new Map<string, HTMLVideoElement>();
let container: HTMLElement | null = null;

/** A hidden <video> as the preview uses them: muted, loading eagerly, never picture-in-picture. */
export function createPreviewVideo(mediaId: string): HTMLVideoElement {
  const element = document.createElement('video');
  element.muted = true;
  element.preload = 'auto';
  element.playsInline = true;
  element.disablePictureInPicture = true;
  element.setAttribute('aria-hidden', 'true');
  element.dataset.mediaId = mediaId;
  return element;
}

/**
 * Starts loading the footage the editor shows first: the video clip at the opening playhead
 * (0 ms), at its source time. Earlier preloads nobody adopted are let go. Media the preview
 * cannot play (not video, no picture, missing) is left alone.
 */
export function preloadOpeningFootage(
  doc: ProjectDocument,
  urlFor: (mediaId: string) => string,
): void {
  releasePreloadedVideos();
  const first = sceneVideoAt(doc, 0);
  if (first === null) return;
  const asset = doc.media.find((candidate) => candidate.id === first.mediaId);
  if (!asset || asset.missing || asset.probe.kind !== 'video' || !asset.probe.hasVideo) return;
  const element = createPreviewVideo(first.mediaId);
  // Inside the page like the pool's own elements (detached ones may be throttled).
  container = document.createElement('div');
  container.className = 'preview-videos';
  container.setAttribute('aria-hidden', 'true');
  document.body.appendChild(container);
  const url = urlFor(first.mediaId);
  element.src = url;
  // Set before the metadata arrives, this is where the element starts: no seek later.
  if (first.sourceMs > 0) element.currentTime = first.sourceMs / 1000;
  container.appendChild(element);
  preloads.set(url, element);
}

/** The element preloaded for `url`, handed over once (the caller owns it from then on). */
export function takePreloadedVideo(url: string): HTMLVideoElement | null {
  const element = preloads.get(url);
  if (element === undefined) return null;
  preloads.delete(url);
  return element;
}

/** Stops and removes every preload nobody adopted (the editor closed before its canvas showed). */
export function releasePreloadedVideos(): void {
  for (const element of preloads.values()) releaseMediaElement(element);
  preloads.clear();
  container?.remove();
  container = null;
}
