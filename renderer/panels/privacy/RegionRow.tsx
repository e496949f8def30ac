import { useState, type ReactElement } from 'react';
import { BlurStyleSelect } from './BlurStyleSelect';
import type { BlurStyle, ManualRegion } from '../../../shared/model';
import { formatFrameTimecode } from '../../canvas/timecode';
import type { PlacedSpan } from './timeline-span';

export interface RegionRowProps {
  region: ManualRegion;
  number: number;
  mediaName: string;
  span: PlacedSpan;
  fps: number;
  selected: boolean;
  readOnly: boolean;
  onSelect(): void;
  onSeek(timelineMs: number): void;
  onLabel(label: string): void;
  onStyle(style: BlurStyle): void;
  onRemove(): void;
}

/** One hand-drawn blur region; selecting it shows its handles on the canvas. */
export function RegionRow(props: RegionRowProps): ReactElement {
  const { region, number, span, fps, readOnly } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const name = region.label ?? `Region ${number}`;
  const keyframes = region.keyframes.length;
  const spanText = `${formatFrameTimecode(span.startMs, fps)}–${formatFrameTimecode(span.endMs, fps)}`;

  const commitLabel = () => {
    if (draft === null) return;
    const next = draft.trim();
    setDraft(null);
    if (next !== (region.label ?? '')) props.onLabel(next);
  };

  return (
    <li
      className="privacy-region"
      data-testid="blur-region"
      data-id={region.id}
      aria-selected={props.selected}
      onClick={props.onSelect}
    >
      <input
        className="input privacy-region__label"
        aria-label={`Label of ${name}`}
        placeholder={`Region ${number} (e.g. name badge)`}
        value={draft ?? region.label ?? ''}
        disabled={readOnly}
        maxLength={200}
        onFocus={props.onSelect}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commitLabel}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
          if (event.key === 'Escape') {
            setDraft(null);
            event.currentTarget.blur();
          }
        }}
      />
      <div className="privacy-region__facts muted">
        <span>{props.mediaName}</span> ·{' '}
        {span.where === 'timeline' ? (
          <button
            type="button"
            className="privacy-link"
            title="Move the playhead to this region"
            onClick={(event) => {
              event.stopPropagation();
              props.onSelect();
              props.onSeek(span.startMs);
            }}
          >
            {spanText}
          </button>
        ) : (
          <span>{spanText} (source)</span>
        )}{' '}
        · {keyframes} keyframe{keyframes === 1 ? '' : 's'}
      </div>
      <div className="privacy-region__controls">
        <BlurStyleSelect
          label={name}
          value={region.blurStyle}
          disabled={readOnly}
          onChange={props.onStyle}
        />
        <button
          type="button"
          className="btn btn--ghost privacy-delete"
          aria-label={`Delete ${name}`}
          disabled={readOnly}
          onClick={(event) => {
            event.stopPropagation();
            props.onRemove();
          }}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
