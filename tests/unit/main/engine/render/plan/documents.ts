import { createDocument } from '../../../../../../shared/model';
import type {
  MediaAsset,
  MediaProbe,
  ProjectDocument,
  Reframe,
  VideoClip,
} from '../../../../../../shared/model';
import { hashOf, videoProbe } from '../../../../shared/fixtures';

/** Small documents for the plan builders: media with given probes, clips where asked. */

export function asset(id: string, probe: MediaProbe, path = `/media/${id}.mp4`): MediaAsset {
  return { id, name: `${id}.mp4`, path, contentHash: hashOf(id), sizeBytes: 1000, probe };
}

export function clip(
  id: string,
  mediaId: string,
  fields: Partial<Omit<VideoClip, 'id' | 'mediaId'>> & { reframe?: Reframe } = {},
): VideoClip {
  return {
    id,
    mediaId,
    start: 0,
    in: 0,
    out: 2000,
    volume: 1,
    muted: false,
    reframe: { mode: 'fill', focus: [{ t: 0, x: 0.5, y: 0.5, easing: 'linear' }] },
    ...fields,
  };
}

export function documentWith(
  media: MediaAsset[],
  video: VideoClip[],
  change: (doc: ProjectDocument) => void = () => {},
): ProjectDocument {
  const doc = createDocument({ id: 'prj_test', name: 'Knee explainer' });
  doc.media.push(...media);
  doc.tracks.video.push(...video);
  change(doc);
  return doc;
}

export const wideProbe = (durationMs = 10_000): MediaProbe => videoProbe(durationMs);

/** An iPhone-style portrait clip: coded 1920x1080, shown turned 90° clockwise. */
export const rotatedProbe = (durationMs = 10_000): MediaProbe =>
  videoProbe(durationMs, { rotation: 90, displayWidth: 1080, displayHeight: 1920 });
