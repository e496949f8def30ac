import type { ReactElement } from 'react';
import { invocation } from '../../../shared/commands';
import type { Animation, AnimationType, Overlay } from '../../../shared/model';
import { NumberField, SelectField, type SelectOption } from './fields';
import { EASING_OPTIONS, Section } from './Section';
import { useInspectorEdits, type StepMode } from './useInspectorEdits';

const ANIMATION_OPTIONS: readonly SelectOption<AnimationType>[] = [
  { value: 'none', label: 'None' },
  { value: 'fade', label: 'Fade' },
  { value: 'pop', label: 'Pop' },
  { value: 'slideLeft', label: 'Slide left' },
  { value: 'slideRight', label: 'Slide right' },
  { value: 'slideUp', label: 'Slide up' },
  { value: 'slideDown', label: 'Slide down' },
  { value: 'wipe', label: 'Wipe' },
  { value: 'drawOn', label: 'Draw on' },
];

/** Length given to an animation switched on from "None", if the overlay has room. */
export const DEFAULT_ANIMATION_MS = 300;

/** The enter and exit animations: type, length and easing. */
export function AnimationSection({
  overlay,
  disabled,
}: {
  overlay: Overlay;
  disabled: boolean;
}): ReactElement {
  const edits = useInspectorEdits();
  const length = overlay.end - overlay.start;

  const commit = (which: 'enter' | 'exit', animation: Animation, step: StepMode) =>
    edits.commit(invocation('overlay.update', { id: overlay.id, patch: { [which]: animation } }), {
      step,
      label: which === 'enter' ? 'Change enter animation' : 'Change exit animation',
    });

  const part = (which: 'enter' | 'exit', title: string) => {
    const animation = overlay[which];
    const other = overlay[which === 'enter' ? 'exit' : 'enter'];
    const room = Math.max(0, length - other.durationMs);
    return (
      <div className="insp-subgroup" role="group" aria-label={title}>
        <SelectField
          label={title}
          value={animation.type}
          options={ANIMATION_OPTIONS}
          disabled={disabled}
          testId={`${which}-type`}
          onCommit={(type, step) => {
            const durationMs =
              type === 'none'
                ? 0
                : animation.durationMs > 0
                  ? animation.durationMs
                  : Math.min(DEFAULT_ANIMATION_MS, room);
            return commit(which, { ...animation, type, durationMs }, step);
          }}
        />
        <NumberField
          label="Length"
          value={animation.durationMs / 1000}
          rules={{ min: 0, max: room / 1000, decimals: 2, unit: 's' }}
          step={0.1}
          disabled={disabled || animation.type === 'none'}
          testId={`${which}-duration`}
          onCommit={(seconds, step) =>
            commit(which, { ...animation, durationMs: Math.round(seconds * 1000) }, step)
          }
        />
        <SelectField
          label="Easing"
          value={animation.easing}
          options={EASING_OPTIONS}
          disabled={disabled || animation.type === 'none'}
          onCommit={(easing, step) => commit(which, { ...animation, easing }, step)}
        />
      </div>
    );
  };

  return (
    <Section title="Animation">
      {part('enter', 'Enter')}
      {part('exit', 'Exit')}
    </Section>
  );
}
