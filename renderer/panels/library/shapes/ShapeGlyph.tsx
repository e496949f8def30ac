import type { ReactElement } from 'react';
import type { BrandKit } from '../../../../shared/model';
import type { ShapePresetKind } from '../../../../shared/overlays/shape-presets';

/**
 * A small picture of what a shape tile adds, in the project's brand colours (the colours the
 * new overlay will have), on a dark footage-like square.
 */
export function ShapeGlyph({
  kind,
  colors,
  step,
}: {
  kind: ShapePresetKind;
  colors: BrandKit['colors'];
  step: number;
}): ReactElement {
  return (
    <svg className="shapes__glyph" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="6" fill="#1f242b" />
      {glyph(kind, colors, step)}
    </svg>
  );
}

function glyph(kind: ShapePresetKind, colors: BrandKit['colors'], step: number): ReactElement {
  switch (kind) {
    case 'callout':
      return (
        <>
          <line x1="26" y1="26" x2="48" y2="46" stroke={colors.accent} strokeWidth="3" />
          <path d="M48 46l-7-1 5-5z" fill={colors.accent} />
          <rect x="6" y="12" width="32" height="16" rx="5" fill={colors.primary} />
          <rect x="11" y="18" width="22" height="4" rx="2" fill={colors.text} />
        </>
      );
    case 'stepBadge':
      return (
        <>
          <circle
            cx="32"
            cy="32"
            r="18"
            fill={colors.primary}
            stroke={colors.text}
            strokeWidth="2.5"
          />
          <text
            x="32"
            y="39"
            textAnchor="middle"
            fontSize={step >= 100 ? 13 : 19}
            fontWeight="800"
            fill={colors.text}
            fontFamily="sans-serif"
          >
            {step > 0 ? step : '#'}
          </text>
        </>
      );
    case 'ring':
      return (
        <ellipse
          cx="32"
          cy="32"
          rx="20"
          ry="16"
          fill="none"
          stroke={colors.accent}
          strokeWidth="4"
        />
      );
    case 'box':
      return (
        <rect
          x="12"
          y="18"
          width="40"
          height="28"
          fill={`${colors.accent.slice(0, 7)}22`}
          stroke={colors.accent}
          strokeWidth="4"
        />
      );
    case 'arrow':
      return (
        <>
          <line
            x1="10"
            y1="32"
            x2="42"
            y2="32"
            stroke={colors.accent}
            strokeWidth="6"
            strokeLinecap="round"
          />
          <path d="M54 32L40 22v20z" fill={colors.accent} />
        </>
      );
    case 'textBlock':
      return (
        <>
          <rect
            x="8"
            y="16"
            width="48"
            height="32"
            rx="5"
            fill={colors.background}
            opacity="0.85"
          />
          <rect x="13" y="23" width="36" height="4" rx="2" fill={colors.text} />
          <rect x="13" y="30" width="30" height="4" rx="2" fill={colors.text} />
          <rect x="13" y="37" width="24" height="4" rx="2" fill={colors.text} />
        </>
      );
  }
}
