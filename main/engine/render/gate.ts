import type { ProjectDocument } from '../../../shared/model';

export interface ExportGateVerdict {
  blocked: boolean;
  /** Why, one sentence each, for the export dialog and the CLI (exit 3). */
  reasons: string[];
}

/**
 * Whether the project may be exported. Every export path (the render.start call, the queue,
 * runExport) asks this before any work. The privacy rules (unreviewed faces, unscanned footage,
 * recorded overrides) belong to the privacy issue; until it adds them nothing blocks.
 */
export function exportGate(_doc: ProjectDocument): ExportGateVerdict {
  return { blocked: false, reasons: [] };
}
