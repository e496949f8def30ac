import { currentScanSettingsKey } from '../../main/engine/render/gate';
import type { MediaAsset, ProjectDocument, ScanMode, ScanRecord } from '../../shared/model';
import { usedPictureMediaIds } from '../../shared/privacy/gate';

/**
 * Scan records for test fixtures whose footage is made by lavfi (test patterns, no people), so
 * that exporting them passes the fail-closed privacy gate. The settings key is the engine's
 * current one once a detector is wired into main/engine/render/gate.ts.
 */

export const FIXTURE_SCAN_TIME = '2026-01-01T00:00:00.000Z';

export function fixtureScanRecord(asset: MediaAsset, mode: ScanMode = 'standard'): ScanRecord {
  return {
    id: `scn_${asset.id}_${mode}`,
    mediaId: asset.id,
    contentHash: asset.contentHash,
    mode,
    settingsKey: currentScanSettingsKey?.(mode) ?? 'test-fixture (no faces in lavfi footage)',
    sampleRate: 5,
    finishedAt: FIXTURE_SCAN_TIME,
    trackIds: [],
  };
}

/** Adds a current scan (no faces found) for every used media file that has none. */
export function withCurrentScans(doc: ProjectDocument): ProjectDocument {
  const scanned = new Set(doc.privacy.scans.map((scan) => scan.mediaId));
  for (const mediaId of usedPictureMediaIds(doc)) {
    const asset = doc.media.find((m) => m.id === mediaId);
    if (asset && !scanned.has(mediaId)) doc.privacy.scans.push(fixtureScanRecord(asset));
  }
  return doc;
}

/**
 * For tests that import lavfi footage through the engine or the CLI, where no command can
 * record a scan yet: the documented way past the gate, recorded in the project's audit log.
 */
export const FIXTURE_OVERRIDE_REASON = 'lavfi test pattern: no people in this footage';
