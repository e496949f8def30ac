import type { ReactElement } from 'react';
import type { ApiResponse } from '../../../shared/api';
import { describeProblem, type CaptionImportMode } from '../../../shared/captions';
import { baseName } from '../../app/paths';
import {
  FORMAT_NAMES,
  PREVIEW_CUE_COUNT,
  formatCueTime,
  plural,
  problemWhere,
} from './preview-text';

/** What the file holds: format, counts, the first cues, every skipped entry, and the mode. */
export function ImportPreview({
  preview,
  existingCount,
  mode,
  onModeChange,
}: {
  preview: ApiResponse<'captions.previewImport'>;
  existingCount: number;
  mode: CaptionImportMode;
  onModeChange: (mode: CaptionImportMode) => void;
}): ReactElement {
  const { cues, problems } = preview;
  const shown = cues.slice(0, PREVIEW_CUE_COUNT);
  return (
    <>
      <dl className="captions-import__facts">
        <div>
          <dt>File</dt>
          <dd className="mono" title={preview.path}>
            {baseName(preview.path)}
          </dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd data-testid="captions-import-format">{FORMAT_NAMES[preview.format]}</dd>
        </div>
        <div>
          <dt>Cues to import</dt>
          <dd data-testid="captions-import-count">{cues.length}</dd>
        </div>
        <div>
          <dt>Skipped</dt>
          <dd data-testid="captions-import-skipped">{problems.length}</dd>
        </div>
      </dl>

      <section aria-label="First cues">
        <h3 className="captions-import__heading">
          {cues.length > shown.length ? `First ${shown.length} of ${cues.length} cues` : 'Cues'}
        </h3>
        <ol className="captions-import__cues">
          {shown.map((cue, i) => (
            <li key={i} className="captions-import__cue">
              <span className="captions-import__time mono">
                {formatCueTime(cue.start)} → {formatCueTime(cue.end)}
              </span>
              {/* dir="auto": right-to-left lines read in their own direction. */}
              <span className="captions-import__text" dir="auto">
                {cue.text}
              </span>
            </li>
          ))}
        </ol>
      </section>

      {problems.length > 0 ? (
        <section aria-label="Skipped entries" className="captions-import__problems-section">
          <h3 className="captions-import__heading captions-import__heading--warn">
            {plural(problems.length, 'entry', 'entries')} will be skipped
          </h3>
          <ul className="captions-import__problems">
            {problems.map((problem, i) => (
              <li key={i} className="captions-import__problem" title={describeProblem(problem)}>
                <span className="captions-import__line mono">{problemWhere(problem)}</span>
                <span>{problem.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <fieldset className="captions-import__mode">
        <legend>Existing captions ({existingCount})</legend>
        <label>
          <input
            type="radio"
            name="captions-import-mode"
            checked={mode === 'replace'}
            disabled={existingCount === 0}
            onChange={() => onModeChange('replace')}
          />
          Replace them
        </label>
        <label>
          <input
            type="radio"
            name="captions-import-mode"
            checked={mode === 'append'}
            onChange={() => onModeChange('append')}
          />
          Keep them and add these
        </label>
      </fieldset>
    </>
  );
}
