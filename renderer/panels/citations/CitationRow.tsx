import type { ReactElement } from 'react';
import type { FormattedReference } from '../../../shared/api/calls/citations';
import type { Citation, ProjectDocument } from '../../../shared/model';
import { citationShortLabel } from '../../../shared/scene/chip-label';
import { citationUses } from './citation-links';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One source: its number in the reference list, on-screen label, full reference, identifiers and where it is used. */
export function CitationRow({
  citation,
  reference,
  doc,
  readOnly,
  onEdit,
  onRemove,
}: {
  citation: Citation;
  /** The engine's formatted reference; undefined while it is being formatted. */
  reference: FormattedReference | undefined;
  doc: ProjectDocument;
  readOnly: boolean;
  onEdit: () => void;
  onRemove: () => void;
}): ReactElement {
  const { csl } = citation;
  const uses = citationUses(doc, citation.id);
  return (
    <li className="citation-row" data-testid="citation-row" data-id={citation.id}>
      <span className="citation-row__number" data-testid="citation-number">
        {reference?.number ?? '–'}
      </span>
      <div className="citation-row__main">
        <p className="citation-row__label" data-testid="citation-label">
          {citationShortLabel(csl)}
        </p>
        <p className="citation-row__reference" data-testid="citation-reference">
          {reference?.text ?? <span className="muted">Formatting…</span>}
        </p>
        <p className="citation-row__meta muted">
          {csl.DOI ? <span className="mono">DOI {csl.DOI}</span> : null}
          {csl.PMID ? <span className="mono">PMID {csl.PMID}</span> : null}
          <span>
            {count(uses.cues, 'caption', 'captions')} · {count(uses.chips, 'chip', 'chips')}
          </span>
        </p>
        <div className="citation-row__actions">
          <button type="button" className="btn btn--ghost" disabled={readOnly} onClick={onEdit}>
            Edit
          </button>
          <button
            type="button"
            className="btn btn--ghost"
            disabled={readOnly}
            title="Also unlinks it from its captions and removes its chips (undo restores them)"
            onClick={onRemove}
          >
            Remove
          </button>
        </div>
      </div>
    </li>
  );
}
