import path from 'node:path';
import type { ProjectDocument, ScanMode } from '../../../shared/model';
import { privacyGate, type ScanProblem } from '../../../shared/privacy/gate';
import { findIdentifiers } from '../../../shared/privacy/identifiers';
import { scanSettings, scanSettingsKey } from '../privacy/detect/modes';

export interface ExportGateVerdict {
  blocked: boolean;
  /** Why, one sentence each, for the export dialog and the CLI (exit 3). */
  reasons: string[];
  /** The blocking problems, one per media file. */
  problems: ScanProblem[];
  /** Not a block: unreviewed faces (blurred anyway), likely patient identifiers in the text. */
  warnings: string[];
}

/**
 * The face detector's settings key per scan mode, which a scan must match to count: a scan made
 * with other detectors, thresholds or sample rate (or an older detector build) is stale.
 */
export const currentScanSettingsKey: ((mode: ScanMode) => string) | null = (mode) =>
  scanSettingsKey(scanSettings(mode));

export interface ExportGateOptions {
  /** The file being written: its name is checked for identifiers too. */
  outPath?: string;
  /** For tests and a future per-project setting; the default is 'standard'. */
  requiredMode?: ScanMode;
  currentSettingsKey?: ((mode: ScanMode) => string) | null;
}

/**
 * Whether the project may be exported. Every export path (the render.start call, the queue,
 * runExport) asks this before any work. Fail closed: used footage without a current face scan
 * blocks; only a recorded override (see privacy-override.ts) gets past it.
 */
export function exportGate(
  doc: ProjectDocument,
  options: ExportGateOptions = {},
): ExportGateVerdict {
  const verdict = privacyGate(doc, {
    currentSettingsKey:
      options.currentSettingsKey === undefined
        ? currentScanSettingsKey
        : options.currentSettingsKey,
    ...(options.requiredMode !== undefined ? { requiredMode: options.requiredMode } : {}),
  });
  const identifiers = findIdentifiers(
    doc,
    options.outPath !== undefined ? { outputFileName: path.basename(options.outPath) } : {},
  );
  return {
    blocked: verdict.blocked,
    reasons: verdict.reasons,
    problems: verdict.problems,
    warnings: [...verdict.warnings, ...identifiers.map((finding) => finding.message)],
  };
}
