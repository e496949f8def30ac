import type { ReactElement } from 'react';
import type { ExportPresetInfo, ExportPresetName } from '../../../shared/api/calls/render';
import { formatMaxDuration, formatMegabits } from './job-text';

/** The platform presets as a row of radio cards, each with its key facts. */
export function PresetChoice({
  presets,
  value,
  onChange,
}: {
  presets: readonly ExportPresetInfo[];
  value: ExportPresetName | null;
  onChange: (name: ExportPresetName) => void;
}): ReactElement {
  return (
    <div className="export-presets" role="radiogroup" aria-label="Platform">
      {presets.map((preset) => {
        const checked = preset.name === value;
        return (
          <label
            key={preset.name}
            className="export-preset"
            data-checked={checked}
            data-problem={preset.problem !== null}
          >
            <input
              type="radio"
              name="export-preset"
              className="export-preset__radio"
              value={preset.name}
              checked={checked}
              onChange={() => onChange(preset.name)}
            />
            <span className="export-preset__name">{preset.label}</span>
            <span className="export-preset__facts">
              <span>
                {preset.width}×{preset.height} · {preset.fps} fps
              </span>
              <span>Up to {formatMaxDuration(preset.maxDurationMs)}</span>
              <span className="export-preset__rates">
                {`Video ≤ ${formatMegabits(preset.videoMaxrateKbps)} · AAC ${preset.audioBitrateKbps} kb/s`}
              </span>
            </span>
          </label>
        );
      })}
    </div>
  );
}
