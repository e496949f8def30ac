import type { ReactElement } from 'react';
import { invocation } from '../../../shared/commands';
import {
  BRAND_COLOR_TOKENS,
  type BrandColorToken,
  type ProjectDocument,
} from '../../../shared/model';
import { FONT_FAMILY_OPTIONS } from './caption-style-edits';
import { ColorField, SelectField } from './fields';
import { Section } from './Section';
import { useInspectorEdits } from './useInspectorEdits';

const COLOR_LABELS: Record<BrandColorToken, string> = {
  primary: 'Primary',
  secondary: 'Secondary',
  accent: 'Accent',
  text: 'Text',
  background: 'Background',
};
const NO_LOGO = '';

/** The project's brand kit: colours, font and logo that brand-bound caption styles follow. */
export function BrandKitSection({
  doc,
  disabled,
}: {
  doc: ProjectDocument;
  disabled: boolean;
}): ReactElement {
  const edits = useInspectorEdits();
  const brand = doc.brandKit;
  const logos = [
    { value: NO_LOGO, label: 'No logo' },
    ...doc.media
      .filter((asset) => asset.probe.kind === 'image')
      .map((asset) => ({ value: asset.id, label: asset.name })),
  ];
  return (
    <Section title="Brand kit">
      {BRAND_COLOR_TOKENS.map((token) => (
        <ColorField
          key={token}
          label={COLOR_LABELS[token]}
          value={brand.colors[token]}
          disabled={disabled}
          testId={`brand-color-${token}`}
          onCommit={(color, step) =>
            edits.commit(invocation('brand.update', { colors: { [token]: color } }), {
              step,
              label: 'Edit brand colour',
            })
          }
        />
      ))}
      <SelectField
        label="Font"
        value={brand.fontFamily}
        options={FONT_FAMILY_OPTIONS}
        disabled={disabled}
        testId="brand-font"
        onCommit={(fontFamily, step) =>
          edits.commit(invocation('brand.update', { fontFamily }), {
            step,
            label: 'Edit brand font',
          })
        }
      />
      <SelectField
        label="Logo"
        value={brand.logoMediaId ?? NO_LOGO}
        options={logos}
        disabled={disabled}
        testId="brand-logo"
        onCommit={(logo, step) =>
          edits.commit(
            invocation('brand.update', { logoMediaId: logo === NO_LOGO ? null : logo }),
            {
              step,
              label: 'Edit brand logo',
            },
          )
        }
      />
    </Section>
  );
}
