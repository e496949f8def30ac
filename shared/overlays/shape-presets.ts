import { NO_ANIMATION, staticTransform, type Animation } from '../model/animation';
import type { BrandKit } from '../model/brand';
import type { ProjectDocument } from '../model/document';
import type { Overlay, ShapeOverlay } from '../model/overlays';
import { documentDurationMs } from '../model/timeline';

/**
 * The explainer shapes the Library panel offers, each made as a ready overlay in the brand kit's
 * colours, placed at the playhead. Pure: ids and times come from the caller.
 */

export const SHAPE_PRESET_KINDS = [
  'callout',
  'stepBadge',
  'ring',
  'box',
  'arrow',
  'textBlock',
] as const;
export type ShapePresetKind = (typeof SHAPE_PRESET_KINDS)[number];

export interface ShapePresetInfo {
  kind: ShapePresetKind;
  label: string;
  /** What it is for, in a few words (tooltips, the CLI's help). */
  hint: string;
}

export const SHAPE_PRESETS: readonly ShapePresetInfo[] = [
  { kind: 'callout', label: 'Callout', hint: 'A label with a leader line to a point' },
  { kind: 'stepBadge', label: 'Step badge', hint: 'A numbered circle: the next step number' },
  { kind: 'ring', label: 'Highlight ring', hint: 'An ellipse drawn around something' },
  { kind: 'box', label: 'Highlight box', hint: 'A rectangle drawn around something' },
  { kind: 'arrow', label: 'Arrow', hint: 'A straight arrow pointing right (rotate it)' },
  { kind: 'textBlock', label: 'Text block', hint: 'A paragraph on a brand-coloured box' },
];

/**
 * Where each shape lands (fractions of the frame) unless placed: highlights on the middle of the
 * picture, the arrow pointing at them from the left, the badge left of the callout's label and
 * the text block above, so several added in a row do not stack; all inside the safe zones.
 */
const AT: Record<ShapePresetKind, { x: number; y: number }> = {
  callout: { x: 0.32, y: 0.3 },
  stepBadge: { x: 0.15, y: 0.3 },
  ring: { x: 0.5, y: 0.45 },
  box: { x: 0.5, y: 0.45 },
  arrow: { x: 0.25, y: 0.45 },
  textBlock: { x: 0.5, y: 0.2 },
};

/** How long a new shape lasts when the timeline has room. */
export const NEW_SHAPE_DURATION_MS = 3000;
/** Width of a new image overlay as a share of the frame's width (never wider than the picture). */
export const NEW_IMAGE_WIDTH_FRACTION = 0.5;
export const MAX_STEP_NUMBER = 999;

export interface PresetPlacement {
  id: string;
  /** The playhead. */
  atMs: number;
  durationMs?: number;
  /** Anchor as fractions of the frame; each preset has its own default. */
  x?: number;
  y?: number;
}

export class ShapePresetError extends Error {
  constructor(
    readonly code: 'unknown-preset' | 'bad-placement' | 'not-an-image' | 'step-limit',
    message: string,
  ) {
    super(message);
    this.name = 'ShapePresetError';
  }
}

/**
 * Start and end for a new overlay at the playhead: `durationMs` long; near the end of a longer
 * timeline it starts earlier so it ends with the timeline instead of stretching it.
 */
export function presetSpan(
  doc: ProjectDocument,
  atMs: number,
  durationMs: number = NEW_SHAPE_DURATION_MS,
): { start: number; end: number } {
  if (!Number.isFinite(atMs) || atMs < 0) {
    throw new ShapePresetError('bad-placement', `the playhead must be 0 ms or later, got ${atMs}`);
  }
  if (!Number.isInteger(durationMs) || durationMs <= 0) {
    throw new ShapePresetError(
      'bad-placement',
      `a shape lasts a whole number of milliseconds above 0, got ${durationMs}`,
    );
  }
  const total = documentDurationMs(doc);
  let start = Math.round(atMs);
  if (total >= durationMs && start + durationMs > total) start = total - durationMs;
  return { start, end: start + durationMs };
}

/** The number a new step badge shows: one more than the highest badge so far (1 for the first). */
export function nextStepNumber(doc: ProjectDocument): number {
  let highest = 0;
  for (const overlay of doc.tracks.overlays) {
    if (overlay.kind === 'shape' && overlay.shape === 'badge' && overlay.number !== undefined) {
      highest = Math.max(highest, overlay.number);
    }
  }
  if (highest >= MAX_STEP_NUMBER) {
    throw new ShapePresetError(
      'step-limit',
      `step badges go up to ${MAX_STEP_NUMBER}; renumber the existing ones first`,
    );
  }
  return highest + 1;
}

/**
 * Enter and exit animations that fit a span: each at most a quarter of it, so short overlays
 * still have a steady middle.
 */
function animations(
  lengthMs: number,
  enter: Animation['type'],
  enterMs: number,
): { enter: Animation; exit: Animation } {
  const cap = Math.floor(lengthMs / 4);
  const enterDuration = Math.min(enterMs, cap);
  const exitDuration = Math.min(250, cap);
  return {
    enter:
      enterDuration > 0
        ? { type: enter, durationMs: enterDuration, easing: 'easeOut' }
        : { ...NO_ANIMATION },
    exit:
      exitDuration > 0
        ? { type: 'fade', durationMs: exitDuration, easing: 'easeIn' }
        : { ...NO_ANIMATION },
  };
}

function base(
  doc: ProjectDocument,
  placement: PresetPlacement,
  defaultAt: { x: number; y: number },
  enter: Animation['type'],
  enterMs: number,
) {
  const { start, end } = presetSpan(doc, placement.atMs, placement.durationMs);
  const x = placement.x ?? defaultAt.x;
  const y = placement.y ?? defaultAt.y;
  if (!(x >= -1 && x <= 2 && y >= -1 && y <= 2)) {
    throw new ShapePresetError('bad-placement', `position (${x}, ${y}) is too far off the frame`);
  }
  return {
    id: placement.id,
    start,
    end,
    transform: staticTransform(x, y),
    ...animations(end - start, enter, enterMs),
  };
}

/** A translucent version of a brand colour, for fills behind or inside a highlight. */
function translucent(color: string, alphaHex: string): string {
  return `${color.slice(0, 7)}${alphaHex}`;
}

function shape(
  doc: ProjectDocument,
  placement: PresetPlacement,
  defaultAt: { x: number; y: number },
  fields: Pick<ShapeOverlay, 'shape' | 'widthPx' | 'heightPx' | 'stroke' | 'strokeWidthPx'> &
    Partial<Pick<ShapeOverlay, 'fill' | 'number'>>,
  enter: Animation['type'],
  enterMs: number,
): ShapeOverlay {
  return {
    ...base(doc, placement, defaultAt, enter, enterMs),
    kind: 'shape',
    ...fields,
  };
}

/** The overlay a preset makes, in the document's brand colours. */
export function shapePresetOverlay(
  doc: ProjectDocument,
  kind: ShapePresetKind,
  placement: PresetPlacement,
): Overlay {
  const colors: BrandKit['colors'] = doc.brandKit.colors;
  switch (kind) {
    case 'callout':
      return {
        // The label sits upper left; its leader points down-right into the footage.
        ...base(doc, placement, AT.callout, 'drawOn', 500),
        kind: 'callout',
        text: 'Label',
        target: { x: 0.62, y: 0.48 },
        arrow: true,
        fontSizePx: 56,
        textColor: colors.text,
        background: colors.primary,
        lineColor: colors.accent,
        lineWidthPx: 6,
      };
    case 'stepBadge':
      return shape(
        doc,
        placement,
        AT.stepBadge,
        {
          shape: 'badge',
          widthPx: 140,
          heightPx: 140,
          stroke: colors.text,
          strokeWidthPx: 6,
          fill: colors.primary,
          number: nextStepNumber(doc),
        },
        'pop',
        300,
      );
    case 'ring':
      return shape(
        doc,
        placement,
        AT.ring,
        { shape: 'ring', widthPx: 360, heightPx: 360, stroke: colors.accent, strokeWidthPx: 12 },
        'drawOn',
        600,
      );
    case 'box':
      return shape(
        doc,
        placement,
        AT.box,
        {
          shape: 'box',
          widthPx: 480,
          heightPx: 300,
          stroke: colors.accent,
          strokeWidthPx: 10,
          fill: translucent(colors.accent, '22'),
        },
        'drawOn',
        600,
      );
    case 'arrow':
      return shape(
        doc,
        placement,
        AT.arrow,
        {
          shape: 'arrow',
          widthPx: 360,
          heightPx: 70,
          stroke: colors.accent,
          strokeWidthPx: 14,
          fill: colors.accent,
        },
        'drawOn',
        400,
      );
    case 'textBlock':
      return {
        ...base(doc, placement, AT.textBlock, 'fade', 250),
        kind: 'text',
        text: 'Explain one idea in a sentence or two.',
        fontFamily: doc.brandKit.fontFamily,
        fontWeight: 600,
        fontSizePx: 54,
        fill: colors.text,
        box: { color: colors.background, opacity: 0.85, paddingPx: 28, radiusPx: 20 },
        align: 'left',
        maxWidthPx: 860,
      };
    default:
      throw new ShapePresetError('unknown-preset', `there is no shape preset "${String(kind)}"`);
  }
}

/** A still image (a PNG, JPEG or sanitised SVG already in the media list) as an overlay. */
export function imagePresetOverlay(
  doc: ProjectDocument,
  mediaId: string,
  placement: PresetPlacement,
): Overlay {
  const asset = doc.media.find((candidate) => candidate.id === mediaId);
  if (asset === undefined) {
    throw new ShapePresetError('not-an-image', `media "${mediaId}" is not in the project`);
  }
  if (asset.probe.kind !== 'image') {
    throw new ShapePresetError(
      'not-an-image',
      `"${asset.name}" is a ${asset.probe.kind} file; only still images become image overlays`,
    );
  }
  const frameWidth = doc.format.width;
  const natural = asset.probe.displayWidth ?? asset.probe.width ?? frameWidth;
  const widthPx = Math.max(
    1,
    Math.min(4320, Math.round(frameWidth * NEW_IMAGE_WIDTH_FRACTION), natural),
  );
  return {
    ...base(doc, placement, { x: 0.5, y: 0.4 }, 'fade', 300),
    kind: 'image',
    mediaId,
    widthPx,
  };
}
