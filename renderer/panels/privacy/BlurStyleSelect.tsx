import type { ReactElement } from 'react';
import { blurStyleSchema, type BlurStyle } from '../../../shared/model';
import { BLUR_STYLE_LABELS, BLUR_STYLES } from './face-tracks';

/** How a face or region is hidden: strong blur, pixelate or solid box. */
export function BlurStyleSelect(props: {
  /** Names what it is for, e.g. "Face 2" ("Blur style for Face 2"). */
  label: string;
  value: BlurStyle;
  disabled: boolean;
  onChange: (style: BlurStyle) => void;
}): ReactElement {
  return (
    <select
      className="input privacy-style"
      aria-label={`Blur style for ${props.label}`}
      value={props.value}
      disabled={props.disabled}
      onChange={(event) => props.onChange(blurStyleSchema.parse(event.target.value))}
    >
      {BLUR_STYLES.map((style) => (
        <option key={style} value={style}>
          {BLUR_STYLE_LABELS[style]}
        </option>
      ))}
    </select>
  );
}
