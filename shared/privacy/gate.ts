import type { MediaAsset, ProjectDocument, ScanMode, ScanRecord } from '../model';

/**
 * The export gate's privacy rules, fail closed: every media file whose pictures reach the
 * export (video clips and stills on the timeline, image overlays) needs a finished face scan of
 * its current bytes, at the detector's current settings, in the required mode or a stronger one.
 * Faces nobody reviewed are blurred by the render, so they warn instead of blocking.
 */

export type ScanProblemKind =
  'not-scanned' | 'content-changed' | 'settings-changed' | 'mode-too-weak';

export interface ScanProblem {
  kind: ScanProblemKind;
  mediaId: string;
  mediaName: string;
  /** One sentence saying what is wrong and what to do. */
  message: string;
}

export interface PrivacyGateOptions {
  /**
   * The detector's settings key for a mode (model, thresholds, passes): a scan made with any
   * other key is stale. Null while no detector is wired in, which accepts any non-empty key.
   */
  currentSettingsKey: ((mode: ScanMode) => string) | null;
  /** The weakest mode whose scans count; 'standard' unless the caller says otherwise. */
  requiredMode?: ScanMode;
}

export interface PrivacyGateVerdict {
  blocked: boolean;
  problems: ScanProblem[];
  /** One sentence per problem, in media order. */
  reasons: string[];
  /** Worth knowing before export but not a block. */
  warnings: string[];
}

const MODE_STRENGTH: Record<ScanMode, number> = { fast: 0, standard: 1, thorough: 2 };

/** Whether a scan in `mode` is good enough where `required` is asked for. */
export function modeSatisfies(mode: ScanMode, required: ScanMode): boolean {
  return MODE_STRENGTH[mode] >= MODE_STRENGTH[required];
}

/** Ids of the media whose pictures the export draws, in first-use order. */
export function usedPictureMediaIds(doc: ProjectDocument): string[] {
  const ids = new Set<string>();
  for (const clip of doc.tracks.video) ids.add(clip.mediaId);
  for (const overlay of doc.tracks.overlays) {
    if (overlay.kind === 'image') ids.add(overlay.mediaId);
  }
  return [...ids];
}

const SCAN_HINT = '(Privacy panel or `medclip scan`)';

function problemFor(
  asset: MediaAsset,
  scans: readonly ScanRecord[],
  options: PrivacyGateOptions,
  required: ScanMode,
): ScanProblem | null {
  const name = asset.name;
  const base = { mediaId: asset.id, mediaName: name };
  const keyIsCurrent = (scan: ScanRecord): boolean =>
    options.currentSettingsKey === null
      ? scan.settingsKey.trim() !== ''
      : scan.settingsKey === options.currentSettingsKey(scan.mode);
  const ofThisFile = scans.filter((scan) => scan.contentHash === asset.contentHash);
  const strongEnough = ofThisFile.filter((scan) => modeSatisfies(scan.mode, required));
  if (strongEnough.some(keyIsCurrent)) return null;
  if (scans.length === 0) {
    return {
      ...base,
      kind: 'not-scanned',
      message: `${name} has not been scanned for faces. Scan faces in ${name} ${SCAN_HINT}.`,
    };
  }
  if (ofThisFile.length === 0) {
    return {
      ...base,
      kind: 'content-changed',
      message: `${name} has changed since its face scan. Scan faces in ${name} again ${SCAN_HINT}.`,
    };
  }
  if (strongEnough.length === 0) {
    return {
      ...base,
      kind: 'mode-too-weak',
      message: `${name} was only scanned in ${ofThisFile.map((s) => s.mode).join('/')} mode; export needs ${required} or stronger. Scan faces in ${name} in ${required} mode ${SCAN_HINT}.`,
    };
  }
  return {
    ...base,
    kind: 'settings-changed',
    message: `${name} was scanned with face detector settings that have since changed. Scan faces in ${name} again ${SCAN_HINT}.`,
  };
}

/** Pure: the same document and options always give the same verdict. */
export function privacyGate(doc: ProjectDocument, options: PrivacyGateOptions): PrivacyGateVerdict {
  const required = options.requiredMode ?? 'standard';
  const media = new Map(doc.media.map((asset) => [asset.id, asset]));
  const problems: ScanProblem[] = [];
  for (const mediaId of usedPictureMediaIds(doc)) {
    const asset = media.get(mediaId);
    // The document invariants reject dangling ids; a missing entry cannot be vouched for.
    if (asset === undefined) {
      problems.push({
        kind: 'not-scanned',
        mediaId,
        mediaName: mediaId,
        message: `Media "${mediaId}" is not in the project, so it cannot have been scanned for faces.`,
      });
      continue;
    }
    const scans = doc.privacy.scans.filter((scan) => scan.mediaId === mediaId);
    const problem = problemFor(asset, scans, options, required);
    if (problem !== null) problems.push(problem);
  }
  const used = new Set(usedPictureMediaIds(doc));
  const unreviewed = doc.privacy.faceTracks.filter(
    (track) => track.decision === 'unreviewed' && used.has(track.mediaId),
  ).length;
  const warnings =
    unreviewed === 0
      ? []
      : [
          `${unreviewed} face track${unreviewed === 1 ? ' has' : 's have'} not been reviewed; ${unreviewed === 1 ? 'it' : 'they'} will be blurred.`,
        ];
  return {
    blocked: problems.length > 0,
    problems,
    reasons: problems.map((problem) => problem.message),
    warnings,
  };
}
