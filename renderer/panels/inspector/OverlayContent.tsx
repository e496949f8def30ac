import type { ReactElement } from 'react';
import type {
  CalloutOverlay,
  CitationChipOverlay,
  ImageOverlay,
  Overlay,
  ProjectDocument,
  ShapeOverlay,
  ShapeType,
} from '../../../shared/model';
import { citationShortLabel } from '../../../shared/scene/chip-label';
import { ColorField, NumberField, SelectField, TextField, ToggleField } from './fields';
import { ChipQrToggle } from '../review/ChipQrToggle';
import { IconContent } from './IconContent';
import { validateOverlayText } from './overlay-labels';
import { Section } from './Section';
import { TextContent } from './TextContent';
import { useOverlayPatcher } from './useOverlayPatcher';

const SHAPE_OPTIONS = [
  { value: 'ring', label: 'Ring' },
  { value: 'box', label: 'Box' },
  { value: 'arrow', label: 'Arrow' },
  { value: 'badge', label: 'Numbered badge' },
] as const;

function ShapeContent({ overlay, disabled }: { overlay: ShapeOverlay; disabled: boolean }) {
  const patch = useOverlayPatcher(overlay);
  const px = { integer: true, min: 1, max: 4320, unit: 'px' } as const;
  return (
    <>
      <SelectField<ShapeType>
        label="Shape"
        value={overlay.shape}
        options={SHAPE_OPTIONS}
        disabled={disabled}
        onCommit={(shape, step) =>
          patch(shape === 'badge' ? { shape, number: overlay.number ?? 1 } : { shape }, step)
        }
      />
      <NumberField
        label="Width"
        value={overlay.widthPx}
        rules={px}
        disabled={disabled}
        onCommit={(widthPx, step) => patch({ widthPx }, step)}
      />
      <NumberField
        label="Height"
        value={overlay.heightPx}
        rules={px}
        disabled={disabled}
        onCommit={(heightPx, step) => patch({ heightPx }, step)}
      />
      <ColorField
        label="Stroke"
        value={overlay.stroke}
        disabled={disabled}
        onCommit={(stroke, step) => patch({ stroke }, step)}
      />
      <NumberField
        label="Stroke width"
        value={overlay.strokeWidthPx}
        rules={{ min: 0, max: 100, decimals: 1, unit: 'px' }}
        disabled={disabled}
        onCommit={(strokeWidthPx, step) => patch({ strokeWidthPx }, step)}
      />
      <ToggleField
        label="Filled"
        checked={overlay.fill !== undefined}
        disabled={disabled}
        onCommit={(on, step) => patch({ fill: on ? '#ffffff' : null }, step)}
      />
      {overlay.fill !== undefined ? (
        <ColorField
          label="Fill"
          value={overlay.fill}
          disabled={disabled}
          onCommit={(fill, step) => patch({ fill }, step)}
        />
      ) : null}
      {overlay.shape === 'badge' ? (
        <NumberField
          label="Number"
          value={overlay.number ?? 1}
          rules={{ integer: true, min: 0, max: 999 }}
          disabled={disabled}
          onCommit={(number, step) => patch({ number }, step)}
        />
      ) : null}
    </>
  );
}

function CalloutContent({ overlay, disabled }: { overlay: CalloutOverlay; disabled: boolean }) {
  const patch = useOverlayPatcher(overlay);
  const percent = { min: 0, max: 100, decimals: 1, unit: '%' } as const;
  return (
    <>
      <TextField
        label="Text"
        value={overlay.text}
        multiline
        validate={validateOverlayText(500)}
        disabled={disabled}
        onCommit={(text, step) => patch({ text }, step, 'Edit callout text')}
      />
      <NumberField
        label="Font size"
        value={overlay.fontSizePx}
        rules={{ integer: true, min: 8, max: 400, unit: 'px' }}
        disabled={disabled}
        onCommit={(fontSizePx, step) => patch({ fontSizePx }, step)}
      />
      <ColorField
        label="Text colour"
        value={overlay.textColor}
        disabled={disabled}
        onCommit={(textColor, step) => patch({ textColor }, step)}
      />
      <ColorField
        label="Background"
        value={overlay.background}
        disabled={disabled}
        onCommit={(background, step) => patch({ background }, step)}
      />
      <ColorField
        label="Line colour"
        value={overlay.lineColor}
        disabled={disabled}
        onCommit={(lineColor, step) => patch({ lineColor }, step)}
      />
      <NumberField
        label="Line width"
        value={overlay.lineWidthPx}
        rules={{ min: 0, max: 50, decimals: 1, unit: 'px' }}
        disabled={disabled}
        onCommit={(lineWidthPx, step) => patch({ lineWidthPx }, step)}
      />
      <ToggleField
        label="Arrow head"
        checked={overlay.arrow}
        disabled={disabled}
        onCommit={(arrow, step) => patch({ arrow }, step)}
      />
      <NumberField
        label="Target X"
        value={overlay.target.x * 100}
        rules={percent}
        disabled={disabled}
        onCommit={(x, step) => patch({ target: { ...overlay.target, x: x / 100 } }, step)}
      />
      <NumberField
        label="Target Y"
        value={overlay.target.y * 100}
        rules={percent}
        disabled={disabled}
        onCommit={(y, step) => patch({ target: { ...overlay.target, y: y / 100 } }, step)}
      />
    </>
  );
}

function ImageContent({
  overlay,
  doc,
  disabled,
}: {
  overlay: ImageOverlay;
  doc: ProjectDocument;
  disabled: boolean;
}) {
  const patch = useOverlayPatcher(overlay);
  const images = doc.media
    .filter((asset) => asset.probe.kind === 'image')
    .map((asset) => ({ value: asset.id, label: asset.name }));
  return (
    <>
      <SelectField
        label="Image"
        value={overlay.mediaId}
        options={images}
        disabled={disabled}
        onCommit={(mediaId, step) => patch({ mediaId }, step)}
      />
      <NumberField
        label="Width"
        value={overlay.widthPx}
        rules={{ integer: true, min: 1, max: 4320, unit: 'px' }}
        disabled={disabled}
        onCommit={(widthPx, step) => patch({ widthPx }, step)}
      />
      <NumberField
        label="Corners"
        value={overlay.cornerRadiusPx ?? 0}
        rules={{ min: 0, max: 1000, decimals: 1, unit: 'px' }}
        disabled={disabled}
        onCommit={(radius, step) => patch({ cornerRadiusPx: radius === 0 ? null : radius }, step)}
      />
    </>
  );
}

function ChipContent({
  overlay,
  doc,
  disabled,
}: {
  overlay: CitationChipOverlay;
  doc: ProjectDocument;
  disabled: boolean;
}) {
  const patch = useOverlayPatcher(overlay);
  const citations = doc.citations.map((citation) => ({
    value: citation.id,
    label: citationShortLabel(citation.csl),
  }));
  const generated = citations.find((option) => option.value === overlay.citationId)?.label;
  return (
    <>
      <SelectField
        label="Source"
        value={overlay.citationId}
        options={citations}
        disabled={disabled}
        onCommit={(citationId, step) => patch({ citationId }, step)}
      />
      <TextField
        label="Label"
        value={overlay.label ?? ''}
        placeholder={generated}
        hint="Empty shows the generated label."
        disabled={disabled}
        validate={(text) =>
          text.length > 200
            ? { ok: false, message: 'At most 200 characters.' }
            : { ok: true, value: text.trim() }
        }
        onCommit={(label, step) => patch({ label: label === '' ? null : label }, step)}
      />
      <ChipQrToggle overlay={overlay} doc={doc} disabled={disabled} />
    </>
  );
}

/** The fields of the overlay's own kind. */
export function OverlayContent({
  overlay,
  doc,
  disabled,
}: {
  overlay: Overlay;
  doc: ProjectDocument;
  disabled: boolean;
}): ReactElement {
  return (
    <Section title="Content">
      {overlay.kind === 'text' ? <TextContent overlay={overlay} disabled={disabled} /> : null}
      {overlay.kind === 'icon' ? <IconContent overlay={overlay} disabled={disabled} /> : null}
      {overlay.kind === 'shape' ? <ShapeContent overlay={overlay} disabled={disabled} /> : null}
      {overlay.kind === 'callout' ? <CalloutContent overlay={overlay} disabled={disabled} /> : null}
      {overlay.kind === 'image' ? (
        <ImageContent overlay={overlay} doc={doc} disabled={disabled} />
      ) : null}
      {overlay.kind === 'citationChip' ? (
        <ChipContent overlay={overlay} doc={doc} disabled={disabled} />
      ) : null}
    </Section>
  );
}
