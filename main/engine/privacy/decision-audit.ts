import type { ProjectDocument } from '../../../shared/model';
import type { AuditInput, OpKind } from '../store/types';

/**
 * Audit entries for privacy decisions an edit made: a face track's decision or note changed, a
 * scan was applied or replaced, a manual blur region was added or removed. The lead wires this
 * beside reviewAuditEntry in ProjectSession.apply (one entry per change).
 */
export function privacyAuditEntries(
  before: ProjectDocument,
  after: ProjectDocument,
  kind: OpKind,
  actor: string,
): AuditInput[] {
  if (before.privacy === after.privacy) return [];
  const entries: AuditInput[] = [];
  const previousTracks = new Map(before.privacy.faceTracks.map((t) => [t.id, t]));
  for (const track of after.privacy.faceTracks) {
    const old = previousTracks.get(track.id);
    if (old === undefined || (old.decision === track.decision && old.note === track.note)) continue;
    entries.push({
      actor,
      action: 'privacy.decide',
      details: {
        kind,
        trackId: track.id,
        mediaId: track.mediaId,
        from: old.decision,
        decision: track.decision,
        ...(track.note !== undefined ? { note: track.note } : {}),
      },
    });
  }
  const previousScans = new Set(before.privacy.scans.map((s) => s.id));
  for (const scan of after.privacy.scans) {
    if (previousScans.has(scan.id)) continue;
    entries.push({
      actor,
      action: 'privacy.scan',
      details: {
        kind,
        scanId: scan.id,
        mediaId: scan.mediaId,
        mode: scan.mode,
        tracks: scan.trackIds.length,
      },
    });
  }
  const regionIds = (doc: ProjectDocument): Set<string> =>
    new Set(doc.privacy.manualRegions.map((r) => r.id));
  const beforeRegions = regionIds(before);
  const afterRegions = regionIds(after);
  for (const id of afterRegions) {
    if (!beforeRegions.has(id))
      entries.push({ actor, action: 'privacy.addRegion', details: { kind, regionId: id } });
  }
  for (const id of beforeRegions) {
    if (!afterRegions.has(id))
      entries.push({ actor, action: 'privacy.removeRegion', details: { kind, regionId: id } });
  }
  return entries;
}
