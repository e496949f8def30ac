import type { ReactElement } from 'react';
import type { UncitedClaim } from '../../../shared/citations/claims';
import { formatFrameTimecode } from '../../canvas/timecode';

/** Captions that state a claim with no source, with the words that make them one. */
export function UncitedClaimsList({
  claims,
  fps,
  onSelect,
}: {
  claims: readonly UncitedClaim[];
  fps: number;
  onSelect: (claim: UncitedClaim) => void;
}): ReactElement {
  return (
    <details className="citations-claims" open aria-label="Uncited claims">
      <summary>
        Uncited claims{' '}
        <span className="panel__count" data-testid="uncited-claim-count">
          {claims.length}
        </span>
      </summary>
      {claims.length === 0 ? (
        <p className="muted">
          Every caption that states a number, dose, risk or effect has a source.
        </p>
      ) : (
        <ul>
          {claims.map((claim) => (
            <li key={claim.cueId}>
              <button
                type="button"
                className="citations-claim"
                data-testid="uncited-claim"
                data-cue-id={claim.cueId}
                onClick={() => onSelect(claim)}
              >
                <span className="citations-claim__time">
                  {formatFrameTimecode(claim.start, fps)}
                </span>
                <span className="citations-claim__text">{claim.text}</span>
                <span className="citations-claim__triggers">
                  {claim.triggers.map((word) => (
                    <mark key={word} className="citations-claim__trigger">
                      {word}
                    </mark>
                  ))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
