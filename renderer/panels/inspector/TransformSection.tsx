import type { ReactElement } from 'react';
import { invocation, type CommandInvocation } from '../../../shared/commands';
import type { Overlay, ProjectDocument, TransformKeyframe } from '../../../shared/model';
import { interpolateTransform } from '../../../shared/scene/interpolate';
import { useEditorServices } from '../../editor/editor-context';
import { frameAt, frameStartMs } from '../../canvas/timecode';
import { NumberField } from './fields';
import { KeyframeList } from './KeyframeList';
import { keyframeNeighbours, keyTimeFor, keyTolerance } from './keyframes';
import { Section } from './Section';
import { overlayTimeAt } from './target';
import { useInspectorEdits, type StepMode } from './useInspectorEdits';
import { sameFields, usePlayheadValue } from './usePlayhead';

type TransformPatch = Partial<Omit<TransformKeyframe, 't' | 'easing'>>;

const round = (value: number, decimals: number) =>
  Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * Position, scale, rotation and opacity at the playhead (live while it moves), and the
 * overlay's transform keyframes. With one keyframe the values hold for the whole overlay;
 * once animated, a change at a keyframe edits it and a change between keyframes adds one.
 */
export function TransformSection({
  overlay,
  doc,
  disabled,
}: {
  overlay: Overlay;
  doc: ProjectDocument;
  disabled: boolean;
}): ReactElement {
  const { clock } = useEditorServices();
  const edits = useInspectorEdits();
  const { fps, width, height } = doc.format;
  const keyframes = overlay.transform;
  const animated = keyframes.length > 1;
  const tolerance = keyTolerance(fps);
  const live = usePlayheadValue(
    clock,
    fps,
    (ms) => {
      const time = overlayTimeAt(overlay, ms);
      const near = keyframeNeighbours(keyframes, time.raw, tolerance);
      return {
        // A static overlay shows the same values anywhere: no re-render as the playhead moves.
        t: animated ? time.t : 0,
        inside: time.inside,
        at: time.inside ? near.at : -1,
        previous: near.previous,
        next: near.next,
      };
    },
    sameFields,
  );
  const values = interpolateTransform(keyframes, live.t);
  const playhead = () => overlayTimeAt(overlay, frameStartMs(frameAt(clock.timeMs, fps), fps));

  const commit = (change: CommandInvocation[], label: string, step: StepMode = 'own') =>
    edits.commit(change, { label, step });
  const setKeyframe = (t: number, values: Partial<Omit<TransformKeyframe, 't'>>) =>
    invocation('overlay.setKeyframe', { id: overlay.id, t, ...values });

  const change = (patch: TransformPatch, label: string) => (step: StepMode) => {
    const time = playhead();
    if (animated && !time.inside) {
      return 'Move the playhead over the overlay to change its animated transform.';
    }
    return commit([setKeyframe(keyTimeFor(keyframes, time.t, tolerance), patch)], label, step);
  };

  const hint = !animated
    ? 'One keyframe: these values hold for the whole overlay.'
    : !live.inside
      ? 'The playhead is outside the overlay.'
      : live.at >= 0
        ? 'Editing the keyframe at the playhead.'
        : 'A change here adds a keyframe at the playhead.';

  return (
    <Section title="Transform">
      <p className="insp-note" data-testid="transform-mode">
        {hint}
      </p>
      <div className="insp-grid">
        <NumberField
          label="X"
          value={values.x * width}
          rules={{ min: -width, max: 2 * width, integer: true, unit: 'px' }}
          disabled={disabled}
          testId="transform-x"
          onCommit={(px, step) => change({ x: round(px / width, 5) }, 'Move overlay')(step)}
        />
        <NumberField
          label="Y"
          value={values.y * height}
          rules={{ min: -height, max: 2 * height, integer: true, unit: 'px' }}
          disabled={disabled}
          testId="transform-y"
          onCommit={(px, step) => change({ y: round(px / height, 5) }, 'Move overlay')(step)}
        />
        <NumberField
          label="Scale"
          value={values.scale * 100}
          rules={{ min: 1, max: 2000, decimals: 1, unit: '%' }}
          disabled={disabled}
          testId="transform-scale"
          onCommit={(percent, step) =>
            change({ scale: round(percent / 100, 4) }, 'Scale overlay')(step)
          }
        />
        <NumberField
          label="Rotation"
          value={values.rotation}
          rules={{ min: -3600, max: 3600, decimals: 1, unit: '°' }}
          disabled={disabled}
          testId="transform-rotation"
          onCommit={(degrees, step) => change({ rotation: degrees }, 'Rotate overlay')(step)}
        />
        <NumberField
          label="Opacity"
          value={values.opacity * 100}
          rules={{ min: 0, max: 100, integer: true, unit: '%' }}
          disabled={disabled}
          testId="transform-opacity"
          onCommit={(percent, step) =>
            change({ opacity: percent / 100 }, 'Change overlay opacity')(step)
          }
        />
      </div>
      <KeyframeList
        subject="transform"
        keyframes={keyframes}
        fps={fps}
        neighbours={live}
        inside={live.inside}
        playhead={playhead}
        setKeyframe={setKeyframe}
        removeKeyframe={(t) => invocation('overlay.removeKeyframe', { id: overlay.id, t })}
        toTimeline={(t) => overlay.start + t}
        fromTimeline={(ms) => ms - overlay.start}
        minT={0}
        maxT={overlay.end - overlay.start}
        onCommit={(change, label) => commit(change, label)}
        onSeek={(ms) => clock.seek(ms)}
        disabled={disabled}
      />
    </Section>
  );
}
