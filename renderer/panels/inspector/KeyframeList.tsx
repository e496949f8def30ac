import { useId, useState, type ReactElement } from 'react';
import type { CommandInvocation } from '../../../shared/commands';
import type { Easing } from '../../../shared/model';
import { formatTimecode, parseTimecode } from './fields/parse';
import { useFieldDraft } from './fields/useFieldDraft';
import {
  keyframeIndexAt,
  keyTolerance,
  refuseInsert,
  refuseRemove,
  refuseRetime,
  type Keyed,
} from './keyframes';
import { EASING_OPTIONS } from './Section';
import type { ItemTime } from './target';
import type { CommitHandler } from './useInspectorEdits';

export interface KeyframeListProps<K extends Keyed> {
  /** What is keyed, for labels: "transform", "focus". */
  subject: string;
  keyframes: readonly K[];
  fps: number;
  /** The keyframes at, before and after the playhead (-1 when none), kept live by the section. */
  neighbours: { at: number; previous: number; next: number };
  /** Whether the playhead is over the item now. */
  inside: boolean;
  /** The item's own time at the playhead, read when a button is pressed. */
  playhead: () => ItemTime;
  /** The keyframe commands: set (add, or change values at) the keyframe at `t`, remove it. */
  setKeyframe: (t: number, values: Partial<Omit<K, 't'>>) => CommandInvocation;
  removeKeyframe: (t: number) => CommandInvocation;
  /** Item time <-> timeline time. */
  toTimeline: (t: number) => number;
  fromTimeline: (ms: number) => number;
  /** Item times a keyframe may take. */
  minT: number;
  maxT: number;
  onCommit: (change: CommandInvocation[], label: string) => string | null;
  onSeek: (timelineMs: number) => void;
  disabled: boolean;
}

/**
 * An item's keyframes: add or remove one at the playhead, step the playhead between them, and
 * per keyframe its time (timeline timecode), the easing to the next one, and remove.
 */
export function KeyframeList<K extends Keyed>(props: KeyframeListProps<K>): ReactElement {
  const { keyframes, fps, neighbours, disabled, subject } = props;
  const activeIndex = neighbours.at;
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const commit = (refusal: string | null, change: () => CommandInvocation[], label: string) =>
    refusal ?? props.onCommit(change(), label);

  const removeAt = (index: number) =>
    commit(
      refuseRemove(keyframes, index),
      () => [props.removeKeyframe(keyframes[index]?.t ?? 0)],
      'Remove keyframe',
    );

  const toggleAtPlayhead = () => {
    const { t, inside } = props.playhead();
    if (!inside) {
      setError(`Move the playhead over the item to key its ${subject}.`);
      return;
    }
    const index = keyframeIndexAt(keyframes, t, keyTolerance(fps));
    const time = Math.round(t);
    setError(
      index >= 0
        ? removeAt(index)
        : commit(
            refuseInsert(keyframes, t, keyTolerance(fps)),
            () => [props.setKeyframe(time, {})],
            'Add keyframe',
          ),
    );
  };

  /** Moving a keyframe is setting it at the new time, then removing it at the old one. */
  const retime = (index: number, t: number) => {
    const keyframe = keyframes[index];
    if (keyframe === undefined) return 'That keyframe no longer exists.';
    const { t: old, ...values } = keyframe;
    return commit(
      refuseRetime(keyframes, index, t),
      () => [props.setKeyframe(t, values as Partial<Omit<K, 't'>>), props.removeKeyframe(old)],
      'Move keyframe',
    );
  };

  const timelineTimeOf = (index: number) => {
    const keyframe = keyframes[index];
    return keyframe === undefined ? undefined : props.toTimeline(keyframe.t);
  };
  const previous = timelineTimeOf(neighbours.previous);
  const next = timelineTimeOf(neighbours.next);
  const onKey = activeIndex >= 0;

  return (
    <div className="insp-keyframes" aria-label={`${subject} keyframes`} role="group">
      <div className="insp-keyframes__bar">
        <button
          type="button"
          className="btn btn--ghost btn--icon insp-keyframes__nav"
          aria-label="Previous keyframe"
          disabled={previous === undefined}
          onClick={() => previous !== undefined && props.onSeek(previous)}
        >
          ‹
        </button>
        <button
          type="button"
          className="btn insp-keyframes__toggle"
          aria-pressed={onKey}
          disabled={disabled || !props.inside || (onKey && keyframes.length === 1)}
          onClick={toggleAtPlayhead}
          data-testid={`keyframe-toggle-${subject}`}
        >
          <span className="insp-diamond" data-filled={onKey} aria-hidden="true" />
          {onKey ? 'Remove keyframe' : 'Add keyframe at playhead'}
        </button>
        <button
          type="button"
          className="btn btn--ghost btn--icon insp-keyframes__nav"
          aria-label="Next keyframe"
          disabled={next === undefined}
          onClick={() => next !== undefined && props.onSeek(next)}
        >
          ›
        </button>
      </div>
      <ol className="insp-keyframes__list">
        {keyframes.map((keyframe, index) => (
          <KeyframeRow
            key={`${index}:${keyframe.t}`}
            index={index}
            keyframe={keyframe}
            list={props}
            active={index === activeIndex}
            onEasing={(easing) =>
              setError(
                props.onCommit(
                  [props.setKeyframe(keyframe.t, { easing } as Partial<Omit<K, 't'>>)],
                  'Change keyframe easing',
                ),
              )
            }
            onRetime={(t) => retime(index, t)}
            onRemove={() => setError(removeAt(index))}
          />
        ))}
      </ol>
      {error ? (
        <p id={errorId} className="insp-field__error" role="status">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function KeyframeRow<K extends Keyed>({
  index,
  keyframe,
  list,
  active,
  onEasing,
  onRetime,
  onRemove,
}: {
  index: number;
  keyframe: K;
  list: KeyframeListProps<K>;
  active: boolean;
  onEasing: (easing: Easing) => void;
  onRetime: (t: number) => string | null;
  onRemove: () => void;
}): ReactElement {
  const { fps, disabled } = list;
  const timelineMs = list.toTimeline(keyframe.t);
  const commitTime: CommitHandler<number> = (ms) => onRetime(list.fromTimeline(ms));
  const field = useFieldDraft({
    value: timelineMs,
    format: (ms) => formatTimecode(ms, fps),
    parse: (text) =>
      parseTimecode(text, {
        fps,
        min: list.toTimeline(list.minT),
        max: list.toTimeline(list.maxT),
      }),
    onCommit: commitTime,
  });
  const shown = formatTimecode(timelineMs, fps);
  return (
    <li className="insp-kf" data-active={active} data-testid="keyframe">
      <div className="insp-kf__row">
        <button
          type="button"
          className="insp-kf__go"
          aria-label={`Go to keyframe ${index + 1} at ${shown}`}
          onClick={() => list.onSeek(timelineMs)}
        >
          <span className="insp-diamond" data-filled={active} aria-hidden="true" />
        </button>
        <input
          className="input insp-input insp-input--timecode mono"
          type="text"
          aria-label={`Keyframe ${index + 1} time`}
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          {...field.inputProps}
        />
        <select
          className="input insp-select insp-kf__easing"
          aria-label={`Keyframe ${index + 1} easing`}
          value={keyframe.easing}
          disabled={disabled}
          onChange={(event) => onEasing(event.target.value as Easing)}
        >
          {EASING_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn--ghost btn--icon insp-kf__remove"
          aria-label={`Remove keyframe ${index + 1}`}
          disabled={disabled || list.keyframes.length === 1}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
      {field.error ? (
        <p id={field.errorId} className="insp-field__error">
          {field.error}
        </p>
      ) : null}
    </li>
  );
}
