import { useId, type ReactElement } from 'react';
import type { ExportPresetInfo } from '../../../shared/api/calls/render';
import { OutputField } from './OutputField';
import { PresetChoice } from './PresetChoice';
import type { ExportForm } from './useExportForm';

/** Platform, output file and cover time: what one export is made of. */
export function ExportSettings({
  form,
  presets,
}: {
  form: ExportForm;
  presets: readonly ExportPresetInfo[];
}): ReactElement {
  const coverId = useId();
  const coverHintId = useId();
  const { problems, attempted } = form;
  return (
    <div className="export-settings">
      <div className="field">
        <span className="field__label">Platform</span>
        <PresetChoice
          presets={presets}
          value={form.preset?.name ?? null}
          onChange={form.choosePreset}
        />
        {problems.preset ? (
          <p className="field__error" role="alert">
            {problems.preset}
          </p>
        ) : null}
      </div>
      <OutputField
        path={form.path}
        problem={attempted ? problems.path : null}
        onPathChosen={form.typePath}
        onFolderChosen={form.chooseFolder}
      />
      <div className="field export-settings__cover">
        <label className="field__label" htmlFor={coverId}>
          Cover frame at
        </label>
        <input
          id={coverId}
          className="input mono"
          value={form.coverText}
          placeholder="e.g. 0:03"
          inputMode="decimal"
          spellCheck={false}
          aria-describedby={coverHintId}
          aria-invalid={attempted && problems.cover !== null}
          onChange={(event) => form.setCoverText(event.target.value)}
        />
        <p id={coverHintId} className="field__hint">
          Optional. Left empty, the cover is the first frame with a caption.
        </p>
        {attempted && problems.cover ? <p className="field__error">{problems.cover}</p> : null}
      </div>
    </div>
  );
}
