import { useMemo, type ReactElement } from 'react';
import type { ProjectDocument } from '../../../shared/model';
import { findIdentifiers, type IdentifierFinding } from '../../../shared/privacy/identifiers';
import { describeIdentifierPlace, identifierKindLabel } from './identifier-places';

/** Likely patient identifiers in the text the clip shows or carries; clicking one goes to it. */
export function IdentifierFindings({
  doc,
  onGoTo,
}: {
  doc: ProjectDocument;
  onGoTo(finding: IdentifierFinding): void;
}): ReactElement {
  const findings = useMemo(() => findIdentifiers(doc), [doc]);
  return (
    <section className="privacy-section" aria-labelledby="privacy-text-heading">
      <div className="privacy-section__head">
        <h3 id="privacy-text-heading">Identifiers in text</h3>
        <span className="panel__count" data-testid="identifier-count">
          {findings.length}
        </span>
      </div>
      {findings.length === 0 ? (
        <p className="muted">
          No likely patient identifiers in captions, overlays or source notes.
        </p>
      ) : (
        <ul className="privacy-list" aria-label="Identifier findings">
          {findings.map((finding, index) => {
            const place = describeIdentifierPlace(doc, finding.where);
            const goes = finding.where.type === 'caption' || finding.where.type === 'overlay';
            const body = (
              <>
                <span className="privacy-finding__place">{place}</span>
                <mark className="privacy-finding__text">{finding.text}</mark>
                <span className="muted">looks like {identifierKindLabel(finding.kind)}</span>
              </>
            );
            return (
              <li
                key={`${index}:${finding.where.type}:${finding.where.id}:${finding.start}`}
                className="privacy-finding"
                data-testid="identifier-finding"
                title={finding.message}
              >
                {goes ? (
                  <button
                    type="button"
                    className="privacy-finding__go"
                    onClick={() => onGoTo(finding)}
                  >
                    {body}
                  </button>
                ) : (
                  <div className="privacy-finding__go">{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
