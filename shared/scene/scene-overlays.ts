import type { ProjectDocument } from '../model/document';
import type { Overlay } from '../model/overlays';
import { animationEffect, animationStateAt } from './animation';
import { layoutLabel, layoutTextBlock, tokenize } from './caption-layout';
import { citationShortLabel } from './chip-label';
import { chipQrFor } from './chip-qr';
import { contrastingTextColor } from './color';
import { SceneError } from './errors';
import { resolveFontFace } from './fonts';
import { interpolateTransform } from './interpolate';
import type { SceneAnimation, SceneFont, SceneOverlay, SceneReveal, SceneTransform } from './types';

/** Fixed looks of generated elements; sizes are in frame pixels before the overlay's scale. */
export const CALLOUT_LAYOUT = {
  fontWeight: 600,
  lineHeight: 1.2,
  maxWidthPx: 640,
  paddingXEm: 0.5,
  paddingYEm: 0.3,
  radiusEm: 0.35,
} as const;
export const CHIP_LAYOUT = {
  fontWeight: 600,
  fontSizePx: 34,
  maxWidthPx: 860,
  paddingXPx: 26,
  paddingYPx: 12,
} as const;
export const TEXT_OVERLAY_LINE_HEIGHT = 1.2;
/** A badge's number, relative to the badge's smaller side. */
export const BADGE_NUMBER_SIZE = 0.55;

function font(family: string, weight: number, sizePx: number): SceneFont {
  const face = resolveFontFace(family, weight);
  return { family: face.family, weight: face.weight, sizePx };
}

interface Placement {
  id: string;
  transform: SceneTransform;
  animation: SceneAnimation;
  reveal: SceneReveal | null;
}

function placement(doc: ProjectDocument, overlay: Overlay, tMs: number): Placement {
  const { width, height } = doc.format;
  const localMs = tMs - overlay.start;
  const keyed = interpolateTransform(overlay.transform, localMs);
  const animation = animationStateAt(overlay, localMs);
  const effect = animationEffect(animation, width);
  return {
    id: overlay.id,
    transform: {
      x: keyed.x * width + effect.offsetX,
      y: keyed.y * height + effect.offsetY,
      scale: keyed.scale * effect.scale,
      rotation: keyed.rotation,
      opacity: keyed.opacity * effect.opacity,
    },
    animation,
    reveal: effect.reveal,
  };
}

function imageHeight(doc: ProjectDocument, mediaId: string, widthPx: number): number {
  const probe = doc.media.find((asset) => asset.id === mediaId)?.probe;
  const w = probe?.displayWidth ?? probe?.width;
  const h = probe?.displayHeight ?? probe?.height;
  return w !== undefined && h !== undefined ? Math.round((widthPx * h) / w) : widthPx;
}

function chipLabel(
  doc: ProjectDocument,
  overlay: Extract<Overlay, { kind: 'citationChip' }>,
): string {
  if (overlay.label !== undefined) return overlay.label;
  const citation = doc.citations.find((candidate) => candidate.id === overlay.citationId);
  if (citation === undefined) {
    throw new SceneError(
      'missing-reference',
      `citation chip "${overlay.id}" cites "${overlay.citationId}", which does not exist`,
    );
  }
  return citationShortLabel(citation.csl);
}

/** One overlay as drawn at `tMs`. */
export function sceneOverlay(doc: ProjectDocument, overlay: Overlay, tMs: number): SceneOverlay {
  const base = placement(doc, overlay, tMs);
  const brand = doc.brandKit;
  switch (overlay.kind) {
    case 'icon':
      return {
        ...base,
        kind: 'icon',
        iconId: overlay.iconId,
        fill: overlay.fill,
        outline: overlay.outline,
        sizePx: overlay.sizePx,
      };
    case 'callout': {
      const size = overlay.fontSizePx;
      const labelFont = font(brand.fontFamily, CALLOUT_LAYOUT.fontWeight, size);
      return {
        ...base,
        kind: 'callout',
        text: layoutLabel(
          tokenize(overlay.text),
          labelFont,
          CALLOUT_LAYOUT.lineHeight,
          CALLOUT_LAYOUT.maxWidthPx,
        ),
        textColor: overlay.textColor,
        background: overlay.background,
        paddingXPx: size * CALLOUT_LAYOUT.paddingXEm,
        paddingYPx: size * CALLOUT_LAYOUT.paddingYEm,
        radiusPx: size * CALLOUT_LAYOUT.radiusEm,
        target: { x: overlay.target.x * doc.format.width, y: overlay.target.y * doc.format.height },
        arrow: overlay.arrow,
        lineColor: overlay.lineColor,
        lineWidthPx: overlay.lineWidthPx,
      };
    }
    case 'shape': {
      const fill = overlay.fill ?? null;
      const badgeColor = fill ?? overlay.stroke;
      const numberSize = Math.round(
        Math.min(overlay.widthPx, overlay.heightPx) * BADGE_NUMBER_SIZE,
      );
      return {
        ...base,
        kind: 'shape',
        shape: overlay.shape,
        widthPx: overlay.widthPx,
        heightPx: overlay.heightPx,
        stroke: overlay.stroke,
        strokeWidthPx: overlay.strokeWidthPx,
        fill,
        number:
          overlay.shape === 'badge' && overlay.number !== undefined
            ? {
                value: overlay.number,
                font: font(brand.fontFamily, 800, numberSize),
                color: contrastingTextColor(badgeColor),
              }
            : null,
      };
    }
    case 'image':
      return {
        ...base,
        kind: 'image',
        mediaId: overlay.mediaId,
        widthPx: overlay.widthPx,
        heightPx: imageHeight(doc, overlay.mediaId, overlay.widthPx),
        cornerRadiusPx: overlay.cornerRadiusPx ?? 0,
      };
    case 'text':
      return {
        ...base,
        kind: 'text',
        text: layoutTextBlock(tokenize(overlay.text), {
          font: font(overlay.fontFamily, overlay.fontWeight, overlay.fontSizePx),
          lineHeight: TEXT_OVERLAY_LINE_HEIGHT,
          maxWidthPx: overlay.maxWidthPx,
          align: overlay.align,
        }),
        fill: overlay.fill,
        outline: overlay.outline && overlay.outline.widthPx > 0 ? { ...overlay.outline } : null,
        box: overlay.box ? { ...overlay.box } : null,
      };
    case 'citationChip': {
      const label = chipLabel(doc, overlay);
      const chipFont = font(brand.fontFamily, CHIP_LAYOUT.fontWeight, CHIP_LAYOUT.fontSizePx);
      const text = layoutLabel(tokenize(label), chipFont, 1.2, CHIP_LAYOUT.maxWidthPx);
      return {
        ...base,
        kind: 'citationChip',
        citationId: overlay.citationId,
        label,
        text,
        textColor: brand.colors.text,
        background: brand.colors.primary,
        paddingXPx: CHIP_LAYOUT.paddingXPx,
        paddingYPx: CHIP_LAYOUT.paddingYPx,
        // A one-line chip is a pill; longer labels wrap and keep the same corners.
        radiusPx: text.lineHeightPx / 2 + CHIP_LAYOUT.paddingYPx,
        qr: overlay.qr === true ? chipQrFor(doc, overlay.citationId) : null,
      };
    }
  }
}

/** Overlays showing at `tMs` (start inclusive, end exclusive), in stacking order. */
export function sceneOverlaysAt(doc: ProjectDocument, tMs: number): SceneOverlay[] {
  return doc.tracks.overlays
    .filter((overlay) => tMs >= overlay.start && tMs < overlay.end)
    .map((overlay) => sceneOverlay(doc, overlay, tMs));
}
