import { expect } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import type { CommandInvocation } from '../../../shared/commands';
import { createDocument, staticTransform, NO_ANIMATION } from '../../../shared/model';
import type { MediaAsset, MediaProbe, ProjectDocument, TextOverlay } from '../../../shared/model';

/** Builders for test documents, and checks every command test uses. */

export function videoProbe(durationMs = 10_000, overrides: Partial<MediaProbe> = {}): MediaProbe {
  return {
    kind: 'video',
    container: 'mov,mp4,m4a,3gp,3g2,mj2',
    durationMs,
    width: 1920,
    height: 1080,
    rotation: 0,
    mirrored: false,
    displayWidth: 1920,
    displayHeight: 1080,
    fps: 30,
    variableFrameRate: false,
    hasVideo: true,
    hasAudio: true,
    videoCodec: 'h264',
    audioCodec: 'aac',
    pixelFormat: 'yuv420p',
    hdr: false,
    audioSampleRate: 48_000,
    audioChannels: 2,
    startTimeMs: 0,
    ...overrides,
  };
}

export function audioProbe(durationMs = 60_000): MediaProbe {
  return {
    kind: 'audio',
    container: 'mp3',
    durationMs,
    rotation: 0,
    mirrored: false,
    variableFrameRate: false,
    hasVideo: false,
    hasAudio: true,
    audioCodec: 'mp3',
    hdr: false,
    audioSampleRate: 44_100,
    audioChannels: 2,
    startTimeMs: 0,
  };
}

export function imageProbe(): MediaProbe {
  return {
    kind: 'image',
    container: 'png_pipe',
    durationMs: 0,
    width: 800,
    height: 600,
    rotation: 0,
    mirrored: false,
    displayWidth: 800,
    displayHeight: 600,
    variableFrameRate: false,
    hasVideo: true,
    hasAudio: false,
    videoCodec: 'png',
    hdr: false,
    startTimeMs: 0,
  };
}

/** A distinct, valid 64-digit hash per seed. */
export function hashOf(seed: string): string {
  let hex = '';
  for (let i = 0; hex.length < 64; i += 1) {
    hex += ((seed.charCodeAt(i % seed.length) * 31 + i * 17) % 256).toString(16).padStart(2, '0');
  }
  return hex;
}

export function asset(
  id: string,
  probe: MediaProbe = videoProbe(),
  name = `${id}.mp4`,
): MediaAsset {
  return {
    id,
    name,
    path: `/footage/${name}`,
    contentHash: hashOf(id),
    sizeBytes: 1_000_000,
    probe,
  };
}

export function emptyDoc(): ProjectDocument {
  return createDocument({ id: 'prj_test', name: 'Test project' });
}

/** Applies invocations one by one, returning the final document. */
export function applyAll(doc: ProjectDocument, invocations: CommandInvocation[]): ProjectDocument {
  return invocations.reduce((current, each) => applyCommand(current, each).doc, doc);
}

/** A document with two videos (10 s, 8 s), a music file, an image and two clips. */
export function sampleDoc(): ProjectDocument {
  return applyAll(emptyDoc(), [
    { name: 'media.add', args: { asset: asset('med_a') } },
    { name: 'media.add', args: { asset: asset('med_b', videoProbe(8_000)) } },
    { name: 'media.add', args: { asset: asset('med_music', audioProbe(), 'music.mp3') } },
    { name: 'media.add', args: { asset: asset('med_logo', imageProbe(), 'logo.png') } },
    { name: 'clip.add', args: { id: 'clip_1', mediaId: 'med_a', in: 1000, out: 5000 } },
    { name: 'clip.add', args: { id: 'clip_2', mediaId: 'med_b' } },
  ]);
}

export function textOverlay(id: string, start = 0, end = 2000): TextOverlay {
  return {
    id,
    kind: 'text',
    start,
    end,
    transform: staticTransform(),
    enter: NO_ANIMATION,
    exit: NO_ANIMATION,
    text: 'Hello',
    fontFamily: 'TikTok Sans',
    fontWeight: 700,
    fontSizePx: 60,
    fill: '#FFFFFF',
    align: 'center',
    maxWidthPx: 900,
  };
}

/** Freezes every nested object and array, so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Applies `invocation`, then its inverse, and checks the original document comes back exactly. */
export function expectInverseRestores(
  doc: ProjectDocument,
  invocation: CommandInvocation,
): ProjectDocument {
  const frozen = deepFreeze(structuredClone(doc));
  const forward = applyCommand(frozen, invocation);
  const back = applyCommand(forward.doc, forward.inverse);
  expect(back.doc).toStrictEqual(doc);
  // The inverse of the inverse repeats the change.
  expect(applyCommand(back.doc, back.inverse).doc).toStrictEqual(forward.doc);
  return forward.doc;
}
