import { useEffect, useState } from 'react';
import type { ApiClient } from '../../api';

/** How long the output path must stay unchanged before its name is checked again. */
export const GATE_CHECK_DELAY_MS = 300;

/**
 * What the export gate warns about for this project and output file (unreviewed faces, likely
 * patient identifiers), asked when the dialog opens and again once the path stops changing.
 * Warnings never block: when the engine cannot answer, the list is simply empty (render.start
 * checks the gate itself and refuses with its reasons).
 */
export function useGateWarnings(api: ApiClient, projectId: string, outPath: string): string[] {
  const [warnings, setWarnings] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      const trimmed = outPath.trim();
      api.call('privacy.gate', { projectId, ...(trimmed !== '' ? { outPath: trimmed } : {}) }).then(
        (verdict) => {
          if (live) setWarnings(verdict.warnings);
        },
        () => {
          if (live) setWarnings([]);
        },
      );
    }, GATE_CHECK_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, projectId, outPath]);
  return warnings;
}
