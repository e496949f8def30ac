import { applyCommand, invocation } from '../../../../shared/commands';
import { createDocument } from '../../../../shared/model';
import type { MediaAsset, MediaProbe, ProjectDocument } from '../../../../shared/model';
import type { ProjectOpened } from '../../../../shared/api';

/** Test documents for the renderer's tests. */

export function videoProbe(overrides: Partial<MediaProbe> = {}): MediaProbe {
  return {
    kind: 'video',
    container: 'mov,mp4,m4a,3gp,3g2,mj2',
    durationMs: 2000,
    width: 320,
    height: 240,
    rotation: 0,
    mirrored: false,
    displayWidth: 320,
    displayHeight: 240,
    fps: 25,
    variableFrameRate: false,
    hasVideo: true,
    hasAudio: true,
    videoCodec: 'h264',
    audioCodec: 'aac',
    pixelFormat: 'yuv420p',
    colorTransfer: 'bt709',
    hdr: false,
    audioSampleRate: 44_100,
    audioChannels: 1,
    startTimeMs: 0,
    bitRate: 250_000,
    ...overrides,
  };
}

export function audioProbe(durationMs = 65_000): MediaProbe {
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
    audioSampleRate: 48_000,
    audioChannels: 2,
    startTimeMs: 0,
  };
}

function hashOf(seed: string): string {
  let hex = '';
  for (let index = 0; hex.length < 64; index += 1) {
    hex += ((seed.charCodeAt(index % seed.length) * 31 + index * 7) % 256)
      .toString(16)
      .padStart(2, '0');
  }
  return hex.slice(0, 64);
}

export function mediaAsset(id: string, overrides: Partial<MediaAsset> = {}): MediaAsset {
  return {
    id,
    name: `${id}.mp4`,
    path: `/footage/${id}.mp4`,
    contentHash: hashOf(id),
    sizeBytes: 123_456,
    probe: videoProbe(),
    ...overrides,
  };
}

export function emptyDocument(name = 'Knee explainer'): ProjectDocument {
  return createDocument({ id: 'prj_test', name });
}

/** A document with the asset in the bin and one clip of it on the video track. */
export function documentWithClip(asset: MediaAsset = mediaAsset('med_a')): ProjectDocument {
  return applyCommand(
    emptyDocument(),
    invocation('media.import', { asset, clipId: `clip_${asset.id}` }),
  ).doc;
}

export function openedProject(document: ProjectDocument = emptyDocument()): ProjectOpened {
  return {
    projectId: 'p1',
    path: '/projects/knee.medclip',
    document,
    seq: 0,
    readOnly: false,
    warnings: [],
  };
}
