import type { ReactElement } from 'react';
import type { TextAlign, TextOverlay } from '../../../shared/model';
import { SCENE_FONT_FAMILIES, resolveFontFace } from '../../../shared/scene/fonts';
import { ColorField, NumberField, SelectField, TextField, ToggleField } from './fields';
import { useOverlayPatcher } from './useOverlayPatcher';
import { validateOverlayText } from './overlay-labels';

const FONT_OPTIONS = SCENE_FONT_FAMILIES.map((entry) => ({
  value: entry.family,
  label: entry.family,
}));

export const ALIGN_OPTIONS = [
  { value: 'left', label: 'Left' },
  { value: 'center', label: 'Centre' },
  { value: 'right', label: 'Right' },
] as const;

const WEIGHT_NAMES: Record<number, string> = {
  400: 'Regular',
  500: 'Medium',
  600: 'Semibold',
  700: 'Bold',
  800: 'Extra bold',
  900: 'Black',
};

/** A text overlay's words and type: font, weight, size, colour, alignment, outline. */
export function TextContent({
  overlay,
  disabled,
}: {
  overlay: TextOverlay;
  disabled: boolean;
}): ReactElement {
  const patch = useOverlayPatcher(overlay);
  const family = SCENE_FONT_FAMILIES.find((entry) => entry.family === overlay.fontFamily);
  const weights = (family?.weights ?? [overlay.fontWeight]).map((weight) => ({
    value: String(weight),
    label: `${WEIGHT_NAMES[weight] ?? weight} (${weight})`,
  }));
  return (
    <>
      <TextField
        label="Text"
        value={overlay.text}
        multiline
        validate={validateOverlayText(1000)}
        disabled={disabled}
        testId="overlay-text"
        onCommit={(text, step) => patch({ text }, step, 'Edit text')}
      />
      <SelectField
        label="Font"
        value={overlay.fontFamily}
        options={FONT_OPTIONS}
        disabled={disabled}
        onCommit={(fontFamily, step) =>
          // Keep the weight when the new family has it; otherwise its nearest face.
          patch(
            { fontFamily, fontWeight: resolveFontFace(fontFamily, overlay.fontWeight).weight },
            step,
          )
        }
      />
      <SelectField
        label="Weight"
        value={String(overlay.fontWeight)}
        options={weights}
        disabled={disabled}
        onCommit={(weight, step) => patch({ fontWeight: Number(weight) }, step)}
      />
      <NumberField
        label="Size"
        value={overlay.fontSizePx}
        rules={{ integer: true, min: 8, max: 400, unit: 'px' }}
        disabled={disabled}
        testId="overlay-font-size"
        onCommit={(fontSizePx, step) => patch({ fontSizePx }, step)}
      />
      <ColorField
        label="Colour"
        value={overlay.fill}
        disabled={disabled}
        testId="overlay-fill"
        onCommit={(fill, step) => patch({ fill }, step)}
      />
      <SelectField<TextAlign>
        label="Align"
        value={overlay.align}
        options={ALIGN_OPTIONS}
        disabled={disabled}
        onCommit={(align, step) => patch({ align }, step)}
      />
      <NumberField
        label="Max width"
        value={overlay.maxWidthPx}
        rules={{ integer: true, min: 1, max: 4320, unit: 'px' }}
        disabled={disabled}
        onCommit={(maxWidthPx, step) => patch({ maxWidthPx }, step)}
      />
      <ToggleField
        label="Outline"
        checked={overlay.outline !== undefined}
        disabled={disabled}
        onCommit={(on, step) =>
          patch({ outline: on ? { color: '#000000', widthPx: 4 } : null }, step)
        }
      />
      {overlay.outline !== undefined ? (
        <>
          <ColorField
            label="Outline colour"
            value={overlay.outline.color}
            disabled={disabled}
            onCommit={(color, step) => patch({ outline: { ...overlay.outline, color } }, step)}
          />
          <NumberField
            label="Outline width"
            value={overlay.outline.widthPx}
            rules={{ min: 0, max: 50, decimals: 1, unit: 'px' }}
            disabled={disabled}
            onCommit={(widthPx, step) => patch({ outline: { ...overlay.outline, widthPx } }, step)}
          />
        </>
      ) : null}
    </>
  );
}
