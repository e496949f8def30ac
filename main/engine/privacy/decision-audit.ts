import type { ProjectDocument } from '../../../shared/model';
import type { AuditInput, OpKind } from '../store/types';

/**
 * Audit entries for privacy decisions an edit made: a face track's decision or note changed, a
 * scan was applied or replaced, a manual blur region was added, removed, moved or re-timed, a
 * blur style changed. ProjectSession.apply records them beside the review's (one per change).
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
  entries.push(
    ...regionEdits(before, after, kind, actor),
    ...styleChanges(before, after, kind, actor),
  );
  return entries;
}

/** A region kept but moved in time or space: a shorter span or a moved box blurs less. */
function regionEdits(
  before: ProjectDocument,
  after: ProjectDocument,
  kind: OpKind,
  actor: string,
): AuditInput[] {
  const previous = new Map(before.privacy.manualRegions.map((r) => [r.id, r]));
  const entries: AuditInput[] = [];
  for (const region of after.privacy.manualRegions) {
    const old = previous.get(region.id);
    if (old === undefined || old === region) continue;
    const spanChanged = old.startMs !== region.startMs || old.endMs !== region.endMs;
    const keysChanged = JSON.stringify(old.keyframes) !== JSON.stringify(region.keyframes);
    if (!spanChanged && !keysChanged) continue;
    entries.push({
      actor,
      action: 'privacy.editRegion',
      details: {
        kind,
        regionId: region.id,
        mediaId: region.mediaId,
        from: { startMs: old.startMs, endMs: old.endMs, keyframes: old.keyframes.length },
        to: { startMs: region.startMs, endMs: region.endMs, keyframes: region.keyframes.length },
      },
    });
  }
  return entries;
}

/** How a face or region is hidden (a pixelation is weaker than a solid box). */
function styleChanges(
  before: ProjectDocument,
  after: ProjectDocument,
  kind: OpKind,
  actor: string,
): AuditInput[] {
  const styles = (doc: ProjectDocument) =>
    new Map<string, string>([
      ...doc.privacy.faceTracks.map((t): [string, string] => [t.id, t.blurStyle]),
      ...doc.privacy.manualRegions.map((r): [string, string] => [r.id, r.blurStyle]),
    ]);
  const previous = styles(before);
  const entries: AuditInput[] = [];
  for (const [id, style] of styles(after)) {
    const old = previous.get(id);
    if (old === undefined || old === style) continue;
    entries.push({
      actor,
      action: 'privacy.setBlurStyle',
      details: { kind, id, from: old, style },
    });
  }
  return entries;
}
