import { useCallback, useState, type ReactElement } from 'react';
import { CaptionsExportDialog } from './CaptionsExportDialog';
import { CaptionsImportDialog } from './CaptionsImportDialog';

export interface CaptionFiles {
  openImport: () => void;
  openExport: () => void;
  /** The open dialog, if any; render it inside the editor. */
  element: ReactElement | null;
}

/** Which caption file dialog is open, and the folder the import picker returns to. */
export function useCaptionFiles(): CaptionFiles {
  const [open, setOpen] = useState<'import' | 'export' | null>(null);
  const [lastDir, setLastDir] = useState<string | null>(null);
  const openImport = useCallback(() => setOpen('import'), []);
  const openExport = useCallback(() => setOpen('export'), []);
  const close = () => setOpen(null);
  const element =
    open === 'import' ? (
      <CaptionsImportDialog onClose={close} lastDir={lastDir} onDirUsed={setLastDir} />
    ) : open === 'export' ? (
      <CaptionsExportDialog onClose={close} />
    ) : null;
  return { openImport, openExport, element };
}
