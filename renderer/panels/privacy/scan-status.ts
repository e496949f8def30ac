import type { ProjectDocument, ScanMode, ScanRecord } from '../../../shared/model';
import {
  privacyGate,
  usedPictureMediaIds,
  type ScanProblem,
  type ScanProblemKind,
} from '../../../shared/privacy/gate';

/** What the Privacy panel says about one media file's face scan. */
export type MediaScanState =
  | { kind: 'scanned'; scan: ScanRecord }
  | { kind: 'not-scanned'; message: string }
  | { kind: 'out-of-date'; why: Exclude<ScanProblemKind, 'not-scanned'>; message: string };

export interface MediaScanStatus {
  mediaId: string;
  name: string;
  state: MediaScanState;
}

/** The newest of the scans, by finish time. */
function newest(scans: readonly ScanRecord[]): ScanRecord | undefined {
  return [...scans].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt))[0];
}

/**
 * The problems the engine's gate reported (its `reasons`) that say a media file was scanned
 * with detector settings that have since changed: only the engine knows the current settings,
 * so they are recognised by the gate's own sentence for that case, not by parsing it.
 */
function settingsProblemsIn(doc: ProjectDocument, engineReasons: readonly string[]): ScanProblem[] {
  if (engineReasons.length === 0) return [];
  const reported = new Set(engineReasons);
  // A key no scan has: every current scan reads as made with other settings.
  const everyScanStale = privacyGate(doc, { currentSettingsKey: () => '' });
  return everyScanStale.problems.filter(
    (problem) => problem.kind === 'settings-changed' && reported.has(problem.message),
  );
}

/**
 * Scan status of every media file whose pictures reach the export, by the export gate's own
 * rules (so the panel and the gate never disagree). `currentSettingsKey` is the detector's key
 * per mode when known; with null any recorded key passes here, and `engineReasons` (the
 * engine gate's verdict, `privacy.gate`) adds the files whose detector settings changed.
 */
export function mediaScanStatuses(
  doc: ProjectDocument,
  currentSettingsKey: ((mode: ScanMode) => string) | null,
  engineReasons: readonly string[] = [],
): MediaScanStatus[] {
  const verdict = privacyGate(doc, { currentSettingsKey });
  const problems = new Map(
    [...settingsProblemsIn(doc, engineReasons), ...verdict.problems].map((problem) => [
      problem.mediaId,
      problem,
    ]),
  );
  const names = new Map(doc.media.map((asset) => [asset.id, asset]));
  return usedPictureMediaIds(doc).map((mediaId) => {
    const asset = names.get(mediaId);
    const name = asset?.name ?? mediaId;
    const problem = problems.get(mediaId);
    if (problem !== undefined) {
      const state: MediaScanState =
        problem.kind === 'not-scanned'
          ? { kind: 'not-scanned', message: problem.message }
          : { kind: 'out-of-date', why: problem.kind, message: problem.message };
      return { mediaId, name, state };
    }
    const current = doc.privacy.scans.filter(
      (scan) => scan.mediaId === mediaId && scan.contentHash === asset?.contentHash,
    );
    const scan = newest(current);
    // The gate passed, so a current scan exists; the guard keeps the types honest.
    if (scan === undefined) {
      return { mediaId, name, state: { kind: 'not-scanned', message: `${name} has no scan.` } };
    }
    return { mediaId, name, state: { kind: 'scanned', scan } };
  });
}

const OUT_OF_DATE_SHORT: Record<Exclude<ScanProblemKind, 'not-scanned'>, string> = {
  'content-changed': 'out of date: the file changed',
  'settings-changed': 'out of date: detector settings changed',
  'mode-too-weak': 'out of date: export needs a standard scan',
};

/** One short phrase for the status column. */
export function describeScanState(
  state: MediaScanState,
  formatWhen: (iso: string) => string,
): string {
  switch (state.kind) {
    case 'not-scanned':
      return 'not scanned';
    case 'out-of-date':
      return OUT_OF_DATE_SHORT[state.why];
    case 'scanned':
      return `scanned (${state.scan.mode}, ${formatWhen(state.scan.finishedAt)})`;
  }
}
