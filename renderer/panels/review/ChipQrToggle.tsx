import type { ReactElement } from 'react';
import type { CitationChipOverlay, ProjectDocument } from '../../../shared/model';
import { citationDoiUrl } from '../../../shared/scene/chip-qr';
import { ToggleField } from '../inspector/fields';
import { useOverlayPatcher } from '../inspector/useOverlayPatcher';

/** A chip's "QR code of the DOI link" switch, saying when the source has no DOI to link. */
export function ChipQrToggle({
  overlay,
  doc,
  disabled,
}: {
  overlay: CitationChipOverlay;
  doc: ProjectDocument;
  disabled: boolean;
}): ReactElement {
  const patch = useOverlayPatcher(overlay);
  const url = citationDoiUrl(doc.citations.find((c) => c.id === overlay.citationId));
  return (
    <>
      <ToggleField
        label="QR code"
        checked={overlay.qr === true}
        disabled={disabled}
        testId="chip-qr"
        onCommit={(on, step) =>
          patch({ qr: on ? true : null }, step, on ? 'Show QR code' : 'Hide QR code')
        }
      />
      <p className="insp-field__hint" data-testid="chip-qr-hint">
        {url === null ? 'This source has no DOI, so no QR code is drawn.' : `Links to ${url}`}
      </p>
    </>
  );
}
