import {
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type ReactElement,
} from 'react';
import { Icon } from '../app/ui/icons';
import { Tooltip } from '../app/ui/Tooltip';
import type { PreviewClock, PreviewClockState } from './preview-clock';
import { formatFrameTimecode } from './timecode';
import { parseTypedTime } from './typed-time';
import './transport.css';

/** How long a refused time's explanation stays up after the field is left. */
const REFUSAL_MS = 4000;

/**
 * The playhead as `mm:ss.ff`. Click it, type a time (`00:00:05:12`, `05.12`, `5.5s`, …) and
 * press Enter to go there, Escape to leave it. A time that cannot be read is refused with a
 * reason; the field keeps the text so it can be corrected.
 */
function TimecodeField({ clock, state }: { clock: PreviewClock; state: PreviewClockState }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  // Escape leaves the field without taking what was typed (the blur that follows must not).
  const cancelled = useRef(false);
  const shown = formatFrameTimecode(state.timeMs, state.fps);

  useEffect(() => {
    if (refusal === null || draft !== null) return;
    const timer = setTimeout(() => setRefusal(null), REFUSAL_MS);
    return () => clearTimeout(timer);
  }, [refusal, draft]);

  /** True when the draft was taken (or there was none). */
  const commit = (): boolean => {
    if (draft === null) return true;
    const parsed = parseTypedTime(draft, state.fps);
    if (!parsed.ok) {
      setRefusal(parsed.reason);
      return false;
    }
    clock.seek(parsed.ms);
    setRefusal(null);
    setDraft(null);
    return true;
  };
  return (
    <span className="transport__timecode-wrap">
      <input
        className="input transport__timecode"
        aria-label="Playhead time"
        data-testid="preview-timecode"
        spellCheck={false}
        value={draft ?? shown}
        aria-invalid={refusal !== null}
        aria-errormessage={refusal !== null ? 'transport-time-refusal' : undefined}
        onFocus={(event) => {
          setDraft(shown);
          event.currentTarget.select();
        }}
        onChange={(event) => {
          setDraft(event.target.value);
          setRefusal(null);
        }}
        onBlur={() => {
          if (cancelled.current) {
            cancelled.current = false;
            return;
          }
          // Leaving the field with text that is not a time keeps the playhead where it was.
          if (!commit()) setDraft(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            if (commit()) event.currentTarget.blur();
          } else if (event.key === 'Escape') {
            cancelled.current = true;
            setDraft(null);
            setRefusal(null);
            event.currentTarget.blur();
          }
        }}
      />
      {refusal !== null ? (
        <span
          className="transport__refusal"
          id="transport-time-refusal"
          role="alert"
          data-testid="timecode-refusal"
        >
          {refusal}
        </span>
      ) : null}
    </span>
  );
}

function rateLabel(rate: number): string {
  return rate < 0 ? `◀ ${-rate}×` : `${rate}× ▶`;
}

/** The in/out marks (I/O) as a band on the scrubber's track. */
function markBand(state: PreviewClockState): CSSProperties | null {
  const { markInMs, markOutMs, endMs } = state;
  if (markInMs === null && markOutMs === null) return null;
  const span = Math.max(endMs, 1);
  const from = (markInMs ?? 0) / span;
  const to = (markOutMs ?? endMs) / span;
  return { '--mark-from': String(from), '--mark-to': String(to) } as CSSProperties;
}

/**
 * Play/pause, a scrubber over the whole timeline with the in/out band, the shuttle speed while
 * J/L shuttle, the in/out marks, and the playhead's timecode.
 */
export function Transport({ clock }: { clock: PreviewClock }): ReactElement {
  const state = useSyncExternalStore(clock.subscribe, clock.getSnapshot);
  const empty = state.durationMs === 0;
  const label = state.playing ? 'Pause' : 'Play';
  const band = markBand(state);
  const marked = state.markInMs !== null || state.markOutMs !== null;
  const markText = (ms: number | null) => (ms === null ? '—' : formatFrameTimecode(ms, state.fps));
  return (
    <div className="transport" role="group" aria-label="Playback" data-playing={state.playing}>
      <Tooltip label={`${label}  ·  Space`}>
        {(describedBy) => (
          <button
            type="button"
            className="btn btn--ghost btn--icon transport__play"
            aria-label={label}
            aria-describedby={describedBy}
            disabled={empty}
            onClick={() => clock.toggle()}
          >
            <Icon name={state.playing ? 'pause' : 'play'} />
          </button>
        )}
      </Tooltip>
      {state.playing && state.rate !== 1 ? (
        <span className="transport__rate" data-testid="shuttle-rate" aria-live="polite">
          {rateLabel(state.rate)}
        </span>
      ) : null}
      <span className="transport__track">
        {band ? (
          <span className="transport__marks-band" style={band} data-testid="mark-band" />
        ) : null}
        <input
          type="range"
          className="transport__scrubber"
          aria-label="Scrub through the timeline"
          aria-valuetext={formatFrameTimecode(state.timeMs, state.fps)}
          min={0}
          max={Math.max(state.endMs, 1)}
          step={1}
          value={state.timeMs}
          disabled={empty}
          style={
            {
              '--progress': `${(state.timeMs / Math.max(state.endMs, 1)) * 100}%`,
            } as CSSProperties
          }
          onChange={(event) => clock.seek(Number(event.target.value))}
        />
      </span>
      {marked ? (
        <span className="transport__marks" data-testid="transport-marks">
          <span>
            In <b>{markText(state.markInMs)}</b>
          </span>
          <span>
            Out <b>{markText(state.markOutMs)}</b>
          </span>
          <button
            type="button"
            className="btn btn--ghost btn--icon transport__clear-marks"
            aria-label="Clear in and out marks"
            onClick={() => clock.clearMarks()}
          >
            <Icon name="close" size={12} />
          </button>
        </span>
      ) : null}
      <span className="transport__time">
        <TimecodeField clock={clock} state={state} />
        <span className="transport__duration" data-testid="preview-duration">
          / {formatFrameTimecode(state.durationMs, state.fps)}
        </span>
      </span>
    </div>
  );
}
