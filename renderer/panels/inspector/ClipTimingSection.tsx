import type { ReactElement } from 'react';
import { clipEndMs, type AudioClip, type VideoClip } from '../../../shared/model';
import { frameAt, frameStartMs } from '../../canvas/timecode';
import { TimecodeField } from './fields';
import { formatTimecode } from './fields/parse';
import { ReadRow, Section } from './Section';
import type { CommitHandler, StepMode } from './useInspectorEdits';

/**
 * Where a video or audio clip sits on the timeline (start) and which part of its source it
 * plays (in, out, duration), frame by frame; `limit` is the source's length when it has one.
 */
export function ClipTimingSection({
  clip,
  fps,
  limit,
  disabled,
  testIdPrefix,
  onMove,
  onTrim,
}: {
  clip: Pick<VideoClip | AudioClip, 'start' | 'in' | 'out'>;
  fps: number;
  limit: number | undefined;
  disabled: boolean;
  /** Names the fields for tests: `<prefix>-start`, `-in`, `-out`, `-duration`. */
  testIdPrefix?: string;
  onMove: CommitHandler<number>;
  /** Returns the refusal shown under the field, or null. */
  onTrim: (range: { in?: number; out?: number }, step: StepMode) => string | null;
}): ReactElement {
  const frame = (index: number) => frameStartMs(index, fps);
  const testId = (name: string) =>
    testIdPrefix === undefined ? {} : { testId: `${testIdPrefix}-${name}` };
  const max = (value: number | undefined) => (value === undefined ? {} : { max: value });
  return (
    <Section title="Timing">
      <div className="insp-grid">
        <TimecodeField
          label="Start"
          valueMs={clip.start}
          fps={fps}
          min={0}
          disabled={disabled}
          {...testId('start')}
          onCommit={onMove}
        />
        <TimecodeField
          label="In"
          valueMs={clip.in}
          fps={fps}
          min={0}
          max={frame(frameAt(clip.out, fps) - 1)}
          disabled={disabled}
          {...testId('in')}
          onCommit={(value, step) => onTrim({ in: value }, step)}
        />
        <TimecodeField
          label="Out"
          valueMs={clip.out}
          fps={fps}
          min={frame(frameAt(clip.in, fps) + 1)}
          {...max(limit)}
          disabled={disabled}
          {...testId('out')}
          onCommit={(value, step) => onTrim({ out: value }, step)}
        />
        <TimecodeField
          label="Duration"
          valueMs={clip.out - clip.in}
          fps={fps}
          min={frame(1)}
          {...max(limit === undefined ? undefined : limit - clip.in)}
          disabled={disabled}
          {...testId('duration')}
          onCommit={(duration, step) => onTrim({ out: clip.in + duration }, step)}
        />
      </div>
      <ReadRow label="End">
        <span className="mono">{formatTimecode(clipEndMs(clip), fps)}</span>
      </ReadRow>
    </Section>
  );
}
