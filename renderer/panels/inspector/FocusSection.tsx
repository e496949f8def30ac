import type { ReactElement } from 'react';
import { invocation, type CommandInvocation } from '../../../shared/commands';
import type { FocusKeyframe, ProjectDocument, VideoClip } from '../../../shared/model';
import { interpolateFocus } from '../../../shared/scene/interpolate';
import { frameAt, frameStartMs } from '../../canvas/timecode';
import { useEditorServices } from '../../editor/editor-context';
import { NumberField } from './fields';
import { KeyframeList } from './KeyframeList';
import { keyframeNeighbours, keyTimeFor, keyTolerance } from './keyframes';
import { clipSourceTimeAt } from './target';
import { useInspectorEdits, type StepMode } from './useInspectorEdits';
import { sameFields, usePlayheadValue } from './usePlayhead';

const round = (value: number) => Math.round(value * 100_000) / 100_000;

/**
 * Where a fill-mode clip's 9:16 crop looks, at the playhead (live), as percentages of the
 * picture, with the focus keyframes (source times, shown as timeline times).
 */
export function FocusSection({
  clip,
  focus,
  doc,
  disabled,
}: {
  clip: VideoClip;
  focus: readonly FocusKeyframe[];
  doc: ProjectDocument;
  disabled: boolean;
}): ReactElement {
  const { clock } = useEditorServices();
  const edits = useInspectorEdits();
  const { fps } = doc.format;
  const animated = focus.length > 1;
  const tolerance = keyTolerance(fps);
  const live = usePlayheadValue(
    clock,
    fps,
    (ms) => {
      const time = clipSourceTimeAt(clip, ms);
      const near = keyframeNeighbours(focus, time.raw, tolerance);
      return {
        t: animated ? time.t : clip.in,
        inside: time.inside,
        at: time.inside ? near.at : -1,
        previous: near.previous,
        next: near.next,
      };
    },
    sameFields,
  );
  const point = interpolateFocus(focus, live.t);
  const playhead = () => clipSourceTimeAt(clip, frameStartMs(frameAt(clock.timeMs, fps), fps));

  const commit = (change: CommandInvocation[], label: string, step: StepMode = 'own') =>
    edits.commit(change, { label, step });
  const setKeyframe = (t: number, values: Partial<Omit<FocusKeyframe, 't'>>) =>
    invocation('clip.setFocusKeyframe', { id: clip.id, t, ...values });

  const change = (patch: { x?: number; y?: number }) => (step: StepMode) => {
    const time = playhead();
    if (animated && !time.inside) {
      return 'Move the playhead over the clip to change its animated focus.';
    }
    const t = keyTimeFor(focus, time.t, tolerance);
    return commit([setKeyframe(t, patch)], 'Move reframe focus', step);
  };

  const percent = { min: 0, max: 100, decimals: 1, unit: '%' } as const;
  return (
    <>
      <div className="insp-grid">
        <NumberField
          label="Focus X"
          value={point.x * 100}
          rules={percent}
          disabled={disabled}
          testId="focus-x"
          onCommit={(x, step) => change({ x: round(x / 100) })(step)}
        />
        <NumberField
          label="Focus Y"
          value={point.y * 100}
          rules={percent}
          disabled={disabled}
          testId="focus-y"
          onCommit={(y, step) => change({ y: round(y / 100) })(step)}
        />
      </div>
      <KeyframeList
        subject="focus"
        keyframes={focus}
        fps={fps}
        neighbours={live}
        inside={live.inside}
        playhead={playhead}
        setKeyframe={setKeyframe}
        removeKeyframe={(t) => invocation('clip.removeFocusKeyframe', { id: clip.id, t })}
        toTimeline={(t) => clip.start + t - clip.in}
        fromTimeline={(ms) => clip.in + ms - clip.start}
        minT={clip.in}
        maxT={clip.out}
        onCommit={(change, label) => commit(change, label)}
        onSeek={(ms) => clock.seek(ms)}
        disabled={disabled}
      />
    </>
  );
}
