import type { ReactElement } from 'react';
import { invocation } from '../../../shared/commands';
import type {
  CaptionCue,
  CaptionPop,
  CaptionSpeakerLabel,
  CaptionStyle,
} from '../../../shared/model';
import { captionTokens } from '../../../shared/scene/caption-layout';
import { distributeWordTimings } from '../../../shared/scene/word-timing';
import { brandHint, fontWeightOptions, type StyleFields } from './caption-style-edits';
import { ColorField, NumberField, SelectField, TextField, ToggleField } from './fields';
import { Section } from './Section';
import { useInspectorEdits, type StepMode } from './useInspectorEdits';

/** Speaker name tab, pop and the cue's word timings. */
export function CaptionStyleExtras({
  cue,
  style,
  stored,
  disabled,
  update,
  defaults,
}: {
  cue: CaptionCue;
  /** The style as drawn (brand kit applied). */
  style: CaptionStyle;
  /** The style as stored (for its brand bindings). */
  stored: CaptionStyle;
  disabled: boolean;
  update: (fields: StyleFields, step: StepMode, label?: string) => string | null;
  defaults: { pop: CaptionPop; speakerLabel: CaptionSpeakerLabel };
}): ReactElement {
  const edits = useInspectorEdits();
  const label = style.speakerLabel;
  const setLabel = (fields: Partial<CaptionSpeakerLabel>, step: StepMode) =>
    label === undefined ? null : update({ speakerLabel: { ...label, ...fields } }, step);
  const pop = style.pop;
  return (
    <>
      <Section title="Speaker name">
        <TextField
          label="Speaker"
          value={cue.speaker ?? ''}
          disabled={disabled}
          testId="caption-speaker"
          hint={label === undefined ? 'Shown by styles with a speaker name' : undefined}
          validate={(text) =>
            text.trim().length > 80
              ? { ok: false, message: `At most 80 characters (this is ${text.trim().length}).` }
              : { ok: true, value: text.trim() }
          }
          onCommit={(speaker, step) =>
            edits.commit(
              invocation('caption.setSpeaker', {
                id: cue.id,
                speaker: speaker === '' ? null : speaker,
              }),
              { step, label: 'Set speaker' },
            )
          }
        />
        <ToggleField
          label="Show speaker"
          checked={label !== undefined}
          disabled={disabled}
          testId="caption-style-speaker"
          onCommit={(on) =>
            update({ speakerLabel: on ? { ...defaults.speakerLabel } : null }, 'own')
          }
        />
        {label === undefined ? null : (
          <>
            <NumberField
              label="Name size"
              value={label.fontSizePx}
              rules={{ min: 8, max: 200, integer: true, unit: 'px' }}
              disabled={disabled}
              hint={cue.speaker === undefined ? 'This caption has no speaker set' : undefined}
              onCommit={(fontSizePx, step) => setLabel({ fontSizePx }, step)}
            />
            <SelectField
              label="Name weight"
              value={String(label.fontWeight)}
              options={fontWeightOptions(style.fontFamily)}
              disabled={disabled}
              onCommit={(weight, step) => setLabel({ fontWeight: Number(weight) }, step)}
            />
            <ColorField
              label="Name colour"
              value={label.fill}
              disabled={disabled}
              hint={brandHint(stored, 'speakerFill')}
              onCommit={(fill, step) => setLabel({ fill }, step)}
            />
            <ColorField
              label="Tab colour"
              value={label.background}
              disabled={disabled}
              hint={brandHint(stored, 'speakerBackground')}
              onCommit={(background, step) => setLabel({ background }, step)}
            />
            <NumberField
              label="Tab padding"
              value={label.paddingPx}
              rules={{ min: 0, max: 100, decimals: 1, unit: 'px' }}
              disabled={disabled}
              onCommit={(paddingPx, step) => setLabel({ paddingPx }, step)}
            />
            <NumberField
              label="Tab radius"
              value={label.radiusPx}
              rules={{ min: 0, max: 100, decimals: 1, unit: 'px' }}
              disabled={disabled}
              onCommit={(radiusPx, step) => setLabel({ radiusPx }, step)}
            />
            <NumberField
              label="Gap"
              value={label.gapPx}
              rules={{ min: 0, max: 200, decimals: 1, unit: 'px' }}
              disabled={disabled}
              onCommit={(gapPx, step) => setLabel({ gapPx }, step)}
            />
          </>
        )}
      </Section>
      <Section title="Pop">
        <ToggleField
          label="Pop in"
          checked={pop !== undefined}
          disabled={disabled}
          testId="caption-style-pop"
          onCommit={(on) => update({ pop: on ? { ...defaults.pop } : null }, 'own')}
        />
        {pop === undefined ? null : (
          <>
            <NumberField
              label="From size"
              value={Math.round(pop.fromScale * 100)}
              rules={{ min: 20, max: 100, integer: true, unit: '%' }}
              disabled={disabled}
              onCommit={(percent, step) =>
                update({ pop: { ...pop, fromScale: percent / 100 } }, step)
              }
            />
            <NumberField
              label="Pop length"
              value={pop.durationMs}
              rules={{ min: 10, max: 1000, integer: true, unit: 'ms' }}
              disabled={disabled}
              onCommit={(durationMs, step) => update({ pop: { ...pop, durationMs } }, step)}
            />
          </>
        )}
      </Section>
      {style.mode === 'block' ? null : <WordTimings cue={cue} disabled={disabled} />}
    </>
  );
}

/** The cue's word timings: automatic (by length) until the user sets them; each word's span editable. */
function WordTimings({ cue, disabled }: { cue: CaptionCue; disabled: boolean }): ReactElement {
  const edits = useInspectorEdits();
  const spanMs = cue.end - cue.start;
  const texts = captionTokens({ text: cue.text }).map((token) => token.text);
  const stored = cue.words !== undefined && cue.words.length === texts.length ? cue.words : null;
  const words = stored ?? distributeWordTimings(texts, spanMs);
  const set = (next: CaptionCue['words'] | 'byLength' | null, step: StepMode = 'own') =>
    edits.commit(invocation('caption.setWordTimings', { id: cue.id, words: next ?? null }), {
      step,
      label: 'Adjust word timings',
    });
  const edit = (index: number, field: 'start' | 'end', value: number, step: StepMode) =>
    set(
      words.map((word, at) => (at === index ? { ...word, [field]: value } : word)),
      step,
    );
  return (
    <Section
      title="Word timing"
      actions={
        stored === null ? null : (
          <button
            type="button"
            className="btn"
            disabled={disabled}
            data-testid="caption-words-reset"
            onClick={() => set(null)}
          >
            Automatic
          </button>
        )
      }
    >
      <p className="muted" data-testid="caption-words-source">
        {stored === null
          ? 'Automatic: the caption’s time shared across its words by length. Edit a word to set them.'
          : `${stored.length} words timed (ms from the caption’s start, up to ${spanMs}).`}
      </p>
      {words.map((word, index) => (
        <div key={`${index}-${word.text}`} className="insp-field-pair">
          <NumberField
            label={`${word.text} from`}
            value={word.start}
            rules={{ min: 0, max: spanMs, integer: true, unit: 'ms' }}
            step={10}
            disabled={disabled}
            testId={`caption-word-${index}-start`}
            onCommit={(start, step) => edit(index, 'start', start, step)}
          />
          <NumberField
            label="to"
            value={word.end}
            rules={{ min: 0, max: spanMs, integer: true, unit: 'ms' }}
            step={10}
            disabled={disabled}
            testId={`caption-word-${index}-end`}
            onCommit={(end, step) => edit(index, 'end', end, step)}
          />
        </div>
      ))}
    </Section>
  );
}
