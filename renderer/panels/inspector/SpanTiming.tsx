import type { ReactElement } from 'react';
import { frameAt, frameStartMs } from '../../canvas/timecode';
import { TimecodeField } from './fields';
import type { StepMode } from './useInspectorEdits';

export interface Span {
  start: number;
  end: number;
}

/** The first frame start after `ms`: the shortest an item may be. */
function oneFrameAfter(ms: number, fps: number): number {
  return frameStartMs(frameAt(ms, fps) + 1, fps);
}

/**
 * Start, end and duration of a timed item (overlay, caption). Changing the start moves the
 * item and keeps its length, as in the timeline; end and duration change its length.
 */
export function SpanTiming({
  span,
  fps,
  disabled,
  noun,
  onChange,
}: {
  span: Span;
  fps: number;
  disabled: boolean;
  /** "overlay", "caption": for history labels. */
  noun: string;
  onChange: (span: Span, step: StepMode, label: string) => string | null;
}): ReactElement {
  const length = span.end - span.start;
  return (
    <div className="insp-grid">
      <TimecodeField
        label="Start"
        valueMs={span.start}
        fps={fps}
        min={0}
        disabled={disabled}
        testId="span-start"
        onCommit={(start, step) => onChange({ start, end: start + length }, step, `Move ${noun}`)}
      />
      <TimecodeField
        label="End"
        valueMs={span.end}
        fps={fps}
        min={oneFrameAfter(span.start, fps)}
        disabled={disabled}
        testId="span-end"
        onCommit={(end, step) => onChange({ start: span.start, end }, step, `Trim ${noun}`)}
      />
      <TimecodeField
        label="Duration"
        valueMs={length}
        fps={fps}
        min={oneFrameAfter(0, fps)}
        disabled={disabled}
        testId="span-duration"
        onCommit={(duration, step) =>
          onChange({ start: span.start, end: span.start + duration }, step, `Trim ${noun}`)
        }
      />
    </div>
  );
}
