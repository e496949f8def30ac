import { applyCommand, invocation } from '../../../../../shared/commands';
import type {
  FaceTrack,
  PixelBox,
  ProjectDocument,
  ScanMode,
  ScanRecord,
} from '../../../../../shared/model';
import { documentWithClip, mediaAsset, videoProbe } from '../../support/documents';

/** Privacy panel test documents: a 10 s clip of med_a on the timeline, scanned or not. */

export const BOX: PixelBox = { x: 10, y: 20, width: 40, height: 50 };

export function faceTrack(
  id: string,
  times: readonly number[],
  overrides: Partial<FaceTrack> = {},
): FaceTrack {
  return {
    id,
    mediaId: 'med_a',
    scanId: 'scan_a',
    samples: times.map((t, index) => ({ t, box: BOX, score: 0.5 + index * 0.1 })),
    decision: 'unreviewed',
    blurStyle: 'gaussian',
    ...overrides,
  };
}

export function clipDoc(): ProjectDocument {
  return documentWithClip(mediaAsset('med_a', { probe: videoProbe({ durationMs: 10_000 }) }));
}

export function scanRecord(
  doc: ProjectDocument,
  tracks: readonly FaceTrack[],
  overrides: Partial<ScanRecord> = {},
): ScanRecord {
  const asset = doc.media.find((m) => m.id === 'med_a');
  if (asset === undefined) throw new Error('no med_a');
  return {
    id: 'scan_a',
    mediaId: 'med_a',
    contentHash: asset.contentHash,
    mode: 'standard' as ScanMode,
    settingsKey: 'standard v1',
    sampleRate: 5,
    finishedAt: '2026-11-26T10:00:00.000Z',
    trackIds: tracks.map((t) => t.id),
    ...overrides,
  };
}

/** The clip with a scan of three tracks: 1–2 s, 4–5 s and 7 s (one sample). */
export function scannedDoc(tracks?: FaceTrack[]): ProjectDocument {
  const doc = clipDoc();
  const list = tracks ?? [
    faceTrack('face_1', [1000, 1200, 1400, 1600, 1800, 2000]),
    faceTrack('face_2', [4000, 4200, 5000]),
    faceTrack('face_3', [7000]),
  ];
  return applyCommand(
    doc,
    invocation('privacy.applyScan', { record: scanRecord(doc, list), tracks: list }),
  ).doc;
}
