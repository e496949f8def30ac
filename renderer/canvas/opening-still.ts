import type { ProjectOpened } from '../../shared/api';
import { sceneVideoAt } from '../../shared/scene/scene-video';
import type { ApiClient } from '../api';

/**
 * The opening picture, decoded by the engine: a project's first footage frame as a still, so
 * the canvas shows the right picture while its video element is still fetching the file's index
 * and decoding (the slowest part of opening; longer still when the file's index sits at its
 * end). The preview paints it only while the element has nothing to show, and only for the
 * exact clip and source time it was made for.
 */

export interface OpeningStill {
  projectId: string;
  mediaId: string;
  /** The source time the preview asked for (the clip's source time at the opening playhead). */
  sourceMs: number;
  picture: ImageBitmap;
  width: number;
  height: number;
}

type StillApi = Pick<ApiClient, 'call'>;

let current: OpeningStill | null = null;
/** Bumped by every prefetch and release: a late answer for an older open is dropped. */
let generation = 0;

/**
 * Decodes a base64 image data: URL (not fetched: the page's CSP allows no data: connections).
 * WebCodecs' ImageDecoder where there is one: it decodes the bytes in place, while
 * createImageBitmap(Blob) first hands the blob to the browser process and back, which took
 * up to a second while the editor was being built. The type comes from the URL.
 */
export async function decodeImageDataUrl(url: string): Promise<ImageBitmap> {
  const comma = url.indexOf(',');
  const type = /^data:([^;,]+)/.exec(url)?.[1] ?? 'image/jpeg';
  const binary = atob(url.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  if (typeof ImageDecoder === 'function' && (await ImageDecoder.isTypeSupported(type))) {
    const decoder = new ImageDecoder({ data: bytes, type });
    try {
      const { image } = await decoder.decode();
      try {
        return await createImageBitmap(image);
      } finally {
        image.close();
      }
    } finally {
      decoder.close();
    }
  }
  return createImageBitmap(new Blob([bytes], { type }));
}

/**
 * Asks the engine for the frame at the opening playhead (0 ms) of a video clip, if there is
 * one the preview can play. Failures are quiet: the video element shows the picture anyway.
 * `onAnswered` is called once the engine has answered (or there is nothing to ask), just
 * before the decode starts.
 */
export function prefetchOpeningStill(
  api: StillApi,
  opened: ProjectOpened,
  decodeUrl: (url: string) => Promise<ImageBitmap> = decodeImageDataUrl,
  onAnswered: () => void = () => undefined,
): Promise<void> {
  releaseOpeningStill();
  const mine = generation;
  const none = () => {
    onAnswered();
    return Promise.resolve();
  };
  if (typeof createImageBitmap !== 'function' && decodeUrl === decodeImageDataUrl) return none();
  const doc = opened.document;
  const first = sceneVideoAt(doc, 0);
  if (first === null) return none();
  const asset = doc.media.find((candidate) => candidate.id === first.mediaId);
  if (!asset || asset.missing || asset.probe.kind !== 'video' || !asset.probe.hasVideo) {
    return none();
  }
  const sourceMs = Math.round(first.sourceMs);
  return api
    .call('media.previewStill', { projectId: opened.projectId, mediaId: first.mediaId, sourceMs })
    .finally(onAnswered)
    .then(async ({ url }) => {
      const picture = await decodeUrl(url);
      if (mine !== generation) {
        picture.close();
        return;
      }
      current = {
        projectId: opened.projectId,
        mediaId: first.mediaId,
        sourceMs: first.sourceMs,
        picture,
        width: picture.width,
        height: picture.height,
      };
      for (const listener of listeners) listener();
    })
    .catch((error: unknown) => console.warn(`opening still: ${String(error)}`));
}

const listeners = new Set<() => void>();

/** Called when a still arrives (the preview redraws). */
export function onOpeningStill(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The still for exactly this media and source time of this project, if it has arrived. */
export function openingStillFor(
  projectId: string,
  mediaId: string,
  sourceMs: number,
): OpeningStill | null {
  const still = current;
  if (still === null) return null;
  return still.projectId === projectId &&
    still.mediaId === mediaId &&
    Math.abs(still.sourceMs - sourceMs) < 0.5
    ? still
    : null;
}

/** Lets the still go: the video element has shown a picture, or the project closed. */
export function releaseOpeningStill(): void {
  generation += 1;
  current?.picture.close();
  current = null;
}
