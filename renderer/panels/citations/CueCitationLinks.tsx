import type { ReactElement } from 'react';
import type { CaptionCue, Citation } from '../../../shared/model';
import { citationShortLabel } from '../../../shared/scene/chip-label';
import { formatFrameTimecode } from '../../canvas/timecode';

/**
 * The selected caption and a checkbox per source: ticking links the cue to the source and
 * places its chip for the cue's time, unticking unlinks it and removes that chip.
 */
export function CueCitationLinks({
  cue,
  citations,
  fps,
  readOnly,
  onToggle,
}: {
  cue: CaptionCue | undefined;
  citations: readonly Citation[];
  fps: number;
  readOnly: boolean;
  onToggle: (cue: CaptionCue, citationId: string, link: boolean) => void;
}): ReactElement {
  if (cue === undefined) {
    return (
      <section className="citations-links" aria-label="Selected caption">
        <p className="muted">
          Select a caption (timeline, captions list or a claim below) to link sources to it.
        </p>
      </section>
    );
  }
  return (
    <section
      className="citations-links"
      aria-label="Selected caption"
      data-testid="citation-links"
      data-cue-id={cue.id}
    >
      <p className="citations-links__cue">
        <span className="citations-links__time">{formatFrameTimecode(cue.start, fps)}</span>
        <span className="citations-links__text">{cue.text}</span>
      </p>
      {citations.length === 0 ? (
        <p className="muted">Add a source first.</p>
      ) : (
        <ul className="citations-links__list">
          {citations.map((citation) => {
            const linked = cue.citationIds.includes(citation.id);
            return (
              <li key={citation.id}>
                <label className="citations-links__item">
                  <input
                    type="checkbox"
                    checked={linked}
                    disabled={readOnly}
                    data-testid="citation-link-toggle"
                    data-citation-id={citation.id}
                    onChange={() => onToggle(cue, citation.id, !linked)}
                  />
                  {citationShortLabel(citation.csl)}
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
