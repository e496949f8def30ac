import { useState, useSyncExternalStore, type CSSProperties, type ReactElement } from 'react';
import { Icon } from '../app/ui/icons';
import { Tooltip } from '../app/ui/Tooltip';
import type { PreviewClock, PreviewClockState } from './preview-clock';
import { formatFrameTimecode, parseFrameTimecode } from './timecode';

/** The playhead as `mm:ss.ff`; type a time and press Enter to go there, Escape to leave it. */
function TimecodeField({ clock, state }: { clock: PreviewClock; state: PreviewClockState }) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = formatFrameTimecode(state.timeMs, state.fps);
  const invalid = draft !== null && parseFrameTimecode(draft, state.fps) === null;
  const commit = () => {
    if (draft === null) return;
    const ms = parseFrameTimecode(draft, state.fps);
    if (ms !== null) clock.seek(ms);
    setDraft(null);
  };
  return (
    <input
      className="input transport__timecode"
      aria-label="Playhead time"
      data-testid="preview-timecode"
      spellCheck={false}
      value={draft ?? shown}
      aria-invalid={invalid}
      onFocus={(event) => {
        setDraft(shown);
        event.currentTarget.select();
      }}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          commit();
          event.currentTarget.blur();
        } else if (event.key === 'Escape') {
          setDraft(null);
          event.currentTarget.blur();
        }
      }}
    />
  );
}

/** Play/pause, a scrubber over the whole timeline, and the playhead's timecode. */
export function Transport({ clock }: { clock: PreviewClock }): ReactElement {
  const state = useSyncExternalStore(clock.subscribe, clock.getSnapshot);
  const empty = state.durationMs === 0;
  const label = state.playing ? 'Pause' : 'Play';
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
          { '--progress': `${(state.timeMs / Math.max(state.endMs, 1)) * 100}%` } as CSSProperties
        }
        onChange={(event) => clock.seek(Number(event.target.value))}
      />
      <span className="transport__time">
        <TimecodeField clock={clock} state={state} />
        <span className="transport__duration" data-testid="preview-duration">
          / {formatFrameTimecode(state.durationMs, state.fps)}
        </span>
      </span>
    </div>
  );
}
