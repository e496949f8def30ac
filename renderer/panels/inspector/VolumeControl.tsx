import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import { FieldRow } from './fields';
import { useFieldDraft } from './fields/useFieldDraft';
import type { CommitHandler } from './useInspectorEdits';
import { MAX_GAIN, dbToGain, formatDb, formatGainPercent, gainToDb, parseDb } from './volume';
import { SLIDER_KEYS } from '../../editor/shortcuts';

/**
 * Clip gain as a slider (0–200 %) and a level typed in dB. The slider shows its position while
 * dragged and commits once when released (one undo step); the dB field commits on Enter/blur
 * and nudges 0.5 dB with the arrow keys (Shift: 5 dB).
 */
export function VolumeControl({
  gain,
  onCommit,
  disabled,
}: {
  gain: number;
  onCommit: CommitHandler<number>;
  disabled: boolean;
}): ReactElement {
  const sliderId = useId();
  const [dragging, setDragging] = useState<number | null>(null);
  const [sliderError, setSliderError] = useState<string | null>(null);
  const slider = useRef<HTMLInputElement>(null);
  const latest = useRef({ gain, onCommit });
  latest.current = { gain, onCommit };

  // The native `change` fires once on release (and once per key step): that is the commit.
  useEffect(() => {
    const input = slider.current;
    if (input === null) return;
    const onChange = () => {
      const next = Number(input.value) / 100;
      setDragging(null);
      if (next === latest.current.gain) return;
      setSliderError(latest.current.onCommit(next, 'own'));
    };
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, []);

  const shown = dragging ?? gain;
  const db = useFieldDraft({
    value: shown,
    format: formatDb,
    parse: parseDb,
    onCommit,
    nudge: (current, direction, modifiers) => {
      const from = gainToDb(current);
      const step = (modifiers.shiftKey ? 5 : 0.5) * direction;
      return from === -Infinity
        ? direction > 0
          ? dbToGain(-60)
          : 0
        : Math.min(MAX_GAIN, Math.max(0, dbToGain(from + step)));
    },
  });
  const error = db.error ?? sliderError;
  return (
    <FieldRow label="Volume" htmlFor={sliderId} error={error} errorId={db.errorId}>
      <input
        id={sliderId}
        ref={slider}
        className="insp-slider"
        type="range"
        min={0}
        max={MAX_GAIN * 100}
        step={1}
        value={Math.round(shown * 100)}
        disabled={disabled}
        aria-valuetext={`${formatGainPercent(shown)}, ${formatDb(shown)}`}
        data-testid="volume-slider"
        onChange={(event) => setDragging(Number(event.target.value) / 100)}
        onKeyDown={(event) => {
          if (SLIDER_KEYS.has(event.key)) event.stopPropagation();
        }}
      />
      <input
        className="input insp-input insp-input--db mono"
        type="text"
        aria-label="Volume in dB"
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        data-testid="volume-db"
        {...db.inputProps}
        aria-invalid={error !== null}
        onChange={(event) => {
          setSliderError(null);
          db.inputProps.onChange(event);
        }}
      />
    </FieldRow>
  );
}
