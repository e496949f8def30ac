import { useState, type ReactElement } from 'react';
import { applyBrandKit } from '../../../shared/captions/brand-style';
import { shippedCaptionPresets } from '../../../shared/captions/presets';
import { invocation } from '../../../shared/commands';
import type { CaptionCue, CaptionMode, ProjectDocument, TextAlign } from '../../../shared/model';
import {
  brandHint,
  DEFAULT_BOX,
  DEFAULT_POP,
  DEFAULT_SHADOW,
  DEFAULT_SPEAKER_LABEL,
  fontFamilyChange,
  FONT_FAMILY_OPTIONS,
  fontWeightOptions,
  type StyleFields,
} from './caption-style-edits';
import { CaptionStyleExtras } from './CaptionStyleExtras';
import { ColorField, NumberField, SelectField, TextField, ToggleField } from './fields';
import { Section } from './Section';
import { useInspectorEdits, type StepMode } from './useInspectorEdits';

const MODE_OPTIONS: { value: CaptionMode; label: string }[] = [
  { value: 'block', label: 'Whole caption' },
  { value: 'wordHighlight', label: 'Word-by-word highlight' },
  { value: 'singleWord', label: 'One word at a time' },
];
const ALIGN_OPTIONS: { value: TextAlign; label: string }[] = [
  { value: 'left', label: 'Left' },
  { value: 'center', label: 'Centre' },
  { value: 'right', label: 'Right' },
];
const SCOPE_OPTIONS = [
  { value: 'cue', label: 'This caption' },
  { value: 'all', label: 'All captions' },
] as const;
const NO_PRESET = '';

/** The selected caption's style: presets, and every property of the style it uses. */
export function CaptionStyleSection({
  cue,
  doc,
  disabled,
}: {
  cue: CaptionCue;
  doc: ProjectDocument;
  disabled: boolean;
}): ReactElement | null {
  const edits = useInspectorEdits();
  const [scope, setScope] = useState<'cue' | 'all'>('cue');
  const stored = doc.captionStyles.find((candidate) => candidate.id === cue.styleId);
  if (stored === undefined) return null;
  // Fields show what is drawn: brand-bound properties at the brand kit's current values.
  const style = applyBrandKit(stored, doc.brandKit);
  const users = doc.tracks.captions.filter((each) => each.styleId === style.id).length;
  const update = (fields: StyleFields, step: StepMode, label = 'Edit caption style') =>
    edits.commit(invocation('captionStyle.update', { id: style.id, ...fields }), { step, label });
  const presetOptions = [
    { value: NO_PRESET, label: 'Choose a preset…' },
    ...shippedCaptionPresets().map((preset) => ({ value: preset.id, label: preset.name })),
  ];
  const usedBy = `Used by ${users} caption${users === 1 ? '' : 's'}`;

  return (
    <>
      <Section title="Caption preset">
        <SelectField
          label="Apply to"
          value={scope}
          options={SCOPE_OPTIONS}
          disabled={disabled}
          testId="caption-preset-scope"
          onCommit={(picked) => {
            setScope(picked);
            return null;
          }}
        />
        <SelectField
          label="Preset"
          value={NO_PRESET}
          options={presetOptions}
          disabled={disabled}
          testId="caption-preset"
          hint={
            style.presetId === undefined ? undefined : `This style came from “${style.presetId}”`
          }
          onCommit={(presetId) =>
            edits.commit(
              invocation('captionStyle.applyPreset', {
                presetId,
                cues: scope === 'all' ? 'all' : [cue.id],
              }),
              { label: 'Apply caption preset' },
            )
          }
        />
      </Section>
      <Section title={`Style: ${style.name}`}>
        <TextField
          label="Name"
          value={style.name}
          disabled={disabled}
          hint={usedBy}
          testId="caption-style-name"
          validate={(text) =>
            text.trim() === ''
              ? { ok: false, message: 'A style needs a name.' }
              : { ok: true, value: text.trim() }
          }
          onCommit={(name, step) => update({ name }, step, 'Rename caption style')}
        />
        <SelectField
          label="Font"
          value={style.fontFamily}
          options={FONT_FAMILY_OPTIONS}
          disabled={disabled}
          hint={brandHint(stored, 'fontFamily')}
          testId="caption-style-font"
          onCommit={(family, step) => update(fontFamilyChange(style, family), step)}
        />
        <SelectField
          label="Weight"
          value={String(style.fontWeight)}
          options={fontWeightOptions(style.fontFamily)}
          disabled={disabled}
          testId="caption-style-weight"
          onCommit={(weight, step) => update({ fontWeight: Number(weight) }, step)}
        />
        <NumberField
          label="Size"
          value={style.fontSizePx}
          rules={{ min: 8, max: 400, integer: true, unit: 'px' }}
          disabled={disabled}
          testId="caption-style-size"
          onCommit={(fontSizePx, step) => update({ fontSizePx }, step)}
        />
        <ToggleField
          label="Capitals"
          checked={style.uppercase === true}
          disabled={disabled}
          testId="caption-style-uppercase"
          onCommit={(on) => update({ uppercase: on ? true : null }, 'own')}
        />
        <ColorField
          label="Text colour"
          value={style.fill}
          disabled={disabled}
          hint={brandHint(stored, 'fill')}
          testId="caption-style-fill"
          onCommit={(fill, step) => update({ fill }, step)}
        />
        <SelectField
          label="Mode"
          value={style.mode}
          options={MODE_OPTIONS}
          disabled={disabled}
          testId="caption-style-mode"
          onCommit={(mode, step) => update({ mode }, step)}
        />
        <ColorField
          label="Highlight"
          value={style.highlight}
          disabled={disabled}
          hint={brandHint(stored, 'highlight')}
          testId="caption-style-highlight"
          onCommit={(highlight, step) => update({ highlight }, step)}
        />
      </Section>
      <Section title="Outline and shadow">
        <ColorField
          label="Outline"
          value={style.outline.color}
          disabled={disabled}
          hint={brandHint(stored, 'outlineColor')}
          testId="caption-style-outline-color"
          onCommit={(color, step) => update({ outline: { ...style.outline, color } }, step)}
        />
        <NumberField
          label="Outline width"
          value={style.outline.widthPx}
          rules={{ min: 0, max: 50, decimals: 1, unit: 'px' }}
          disabled={disabled}
          testId="caption-style-outline-width"
          onCommit={(widthPx, step) => update({ outline: { ...style.outline, widthPx } }, step)}
        />
        <ToggleField
          label="Shadow"
          checked={style.shadow !== undefined}
          disabled={disabled}
          testId="caption-style-shadow"
          onCommit={(on) => update({ shadow: on ? { ...DEFAULT_SHADOW } : null }, 'own')}
        />
        {style.shadow === undefined ? null : (
          <>
            <ColorField
              label="Shadow colour"
              value={style.shadow.color}
              disabled={disabled}
              hint={brandHint(stored, 'shadowColor')}
              onCommit={(color, step) => update({ shadow: { ...style.shadow!, color } }, step)}
            />
            <NumberField
              label="Shadow blur"
              value={style.shadow.blurPx}
              rules={{ min: 0, max: 100, decimals: 1, unit: 'px' }}
              disabled={disabled}
              onCommit={(blurPx, step) => update({ shadow: { ...style.shadow!, blurPx } }, step)}
            />
            <NumberField
              label="Shadow x"
              value={style.shadow.offsetXPx}
              rules={{ min: -100, max: 100, decimals: 1, unit: 'px' }}
              disabled={disabled}
              onCommit={(offsetXPx, step) =>
                update({ shadow: { ...style.shadow!, offsetXPx } }, step)
              }
            />
            <NumberField
              label="Shadow y"
              value={style.shadow.offsetYPx}
              rules={{ min: -100, max: 100, decimals: 1, unit: 'px' }}
              disabled={disabled}
              onCommit={(offsetYPx, step) =>
                update({ shadow: { ...style.shadow!, offsetYPx } }, step)
              }
            />
          </>
        )}
      </Section>
      <Section title="Box">
        <ToggleField
          label="Background box"
          checked={style.box !== undefined}
          disabled={disabled}
          testId="caption-style-box"
          onCommit={(on) => update({ box: on ? { ...DEFAULT_BOX } : null }, 'own')}
        />
        {style.box === undefined ? null : (
          <>
            <ColorField
              label="Box colour"
              value={style.box.color}
              disabled={disabled}
              hint={brandHint(stored, 'boxColor')}
              testId="caption-style-box-color"
              onCommit={(color, step) => update({ box: { ...style.box!, color } }, step)}
            />
            <NumberField
              label="Box opacity"
              value={style.box.opacity}
              rules={{ min: 0, max: 1, decimals: 2 }}
              step={0.05}
              disabled={disabled}
              testId="caption-style-box-opacity"
              onCommit={(opacity, step) => update({ box: { ...style.box!, opacity } }, step)}
            />
            <NumberField
              label="Padding"
              value={style.box.paddingPx}
              rules={{ min: 0, max: 200, decimals: 1, unit: 'px' }}
              disabled={disabled}
              testId="caption-style-box-padding"
              onCommit={(paddingPx, step) => update({ box: { ...style.box!, paddingPx } }, step)}
            />
            <NumberField
              label="Corner radius"
              value={style.box.radiusPx}
              rules={{ min: 0, max: 200, decimals: 1, unit: 'px' }}
              disabled={disabled}
              testId="caption-style-box-radius"
              onCommit={(radiusPx, step) => update({ box: { ...style.box!, radiusPx } }, step)}
            />
          </>
        )}
      </Section>
      <Section title="Layout">
        <NumberField
          label="Line height"
          value={style.lineHeight}
          rules={{ min: 0.5, max: 3, decimals: 2, unit: '×' }}
          step={0.05}
          disabled={disabled}
          testId="caption-style-line-height"
          onCommit={(lineHeight, step) => update({ lineHeight }, step)}
        />
        <NumberField
          label="Max width"
          value={style.maxWidthPx}
          rules={{ min: 1, max: 4320, integer: true, unit: 'px' }}
          step={10}
          disabled={disabled}
          testId="caption-style-max-width"
          onCommit={(maxWidthPx, step) => update({ maxWidthPx }, step)}
        />
        <SelectField
          label="Align"
          value={style.align}
          options={ALIGN_OPTIONS}
          disabled={disabled}
          testId="caption-style-align"
          onCommit={(align, step) => update({ align }, step)}
        />
        <NumberField
          label="Position x"
          value={Math.round(style.position.x * 1000) / 10}
          rules={{ min: 0, max: 100, decimals: 1, unit: '%' }}
          disabled={disabled}
          hint="Centre of the text, from the left edge"
          testId="caption-style-x"
          onCommit={(x, step) => update({ position: { ...style.position, x: x / 100 } }, step)}
        />
        <NumberField
          label="Position y"
          value={Math.round(style.position.y * 1000) / 10}
          rules={{ min: 0, max: 100, decimals: 1, unit: '%' }}
          disabled={disabled}
          hint="Bottom of the text, from the top edge"
          testId="caption-style-y"
          onCommit={(y, step) => update({ position: { ...style.position, y: y / 100 } }, step)}
        />
      </Section>
      <CaptionStyleExtras
        cue={cue}
        style={style}
        stored={stored}
        disabled={disabled}
        update={update}
        defaults={{ pop: DEFAULT_POP, speakerLabel: DEFAULT_SPEAKER_LABEL }}
      />
    </>
  );
}
