import { z } from 'zod';
import {
  colorSchema,
  fontWeightSchema,
  idSchema,
  normalizedPointSchema,
  textAlignSchema,
  timeMsSchema,
} from './common';
import { animationSchema, firstUnorderedKeyframe, transformKeyframeSchema } from './animation';

/** Fields every overlay kind has. Keyframe times are relative to `start`. */
const overlayBaseShape = {
  id: idSchema,
  start: timeMsSchema,
  end: timeMsSchema,
  transform: z.array(transformKeyframeSchema).min(1),
  enter: animationSchema,
  exit: animationSchema,
};

/**
 * A healthicons glyph, e.g. "body/heart_organ"; base size before the transform's scale. The
 * package names a few icons with capitals or "!" ("typography/A", "typography/!").
 */
export const iconOverlaySchema = z.object({
  ...overlayBaseShape,
  kind: z.literal('icon'),
  iconId: z
    .string()
    .regex(/^[A-Za-z0-9_!-]+(?:\/[A-Za-z0-9_!-]+)*$/, 'a healthicons id like "body/lungs"'),
  fill: colorSchema,
  outline: colorSchema,
  sizePx: z.number().int().min(8).max(2000),
});

/** A text label with a leader line to `target` (a point in the frame), optionally arrow-headed. */
export const calloutOverlaySchema = z.object({
  ...overlayBaseShape,
  kind: z.literal('callout'),
  text: z.string().min(1).max(500),
  target: normalizedPointSchema,
  arrow: z.boolean(),
  fontSizePx: z.number().int().min(8).max(400),
  textColor: colorSchema,
  background: colorSchema,
  lineColor: colorSchema,
  lineWidthPx: z.number().min(0).max(50),
});

export const shapeTypeSchema = z.enum(['ring', 'box', 'arrow', 'badge']);
export type ShapeType = z.infer<typeof shapeTypeSchema>;

/** Emphasis marks; a badge shows `number` (e.g. step 1, 2, 3). */
export const shapeOverlaySchema = z.object({
  ...overlayBaseShape,
  kind: z.literal('shape'),
  shape: shapeTypeSchema,
  widthPx: z.number().int().min(1).max(4320),
  heightPx: z.number().int().min(1).max(4320),
  stroke: colorSchema,
  strokeWidthPx: z.number().min(0).max(100),
  fill: colorSchema.optional(),
  number: z.number().int().min(0).max(999).optional(),
});

/** A still image from the media list, drawn `widthPx` wide (height follows its aspect). */
export const imageOverlaySchema = z.object({
  ...overlayBaseShape,
  kind: z.literal('image'),
  mediaId: idSchema,
  widthPx: z.number().int().min(1).max(4320),
  cornerRadiusPx: z.number().min(0).max(1000).optional(),
});

export const textOverlaySchema = z.object({
  ...overlayBaseShape,
  kind: z.literal('text'),
  text: z.string().min(1).max(1000),
  fontFamily: z.string().min(1),
  fontWeight: fontWeightSchema,
  fontSizePx: z.number().int().min(8).max(400),
  fill: colorSchema,
  outline: z.object({ color: colorSchema, widthPx: z.number().min(0).max(50) }).optional(),
  box: z
    .object({
      color: colorSchema,
      opacity: z.number().min(0).max(1),
      paddingPx: z.number().min(0).max(200),
      radiusPx: z.number().min(0).max(200),
    })
    .optional(),
  align: textAlignSchema,
  maxWidthPx: z.number().int().positive().max(4320),
});

/** An on-screen source chip for a citation; `label` replaces the generated "Author Year". */
export const citationChipOverlaySchema = z.object({
  ...overlayBaseShape,
  kind: z.literal('citationChip'),
  citationId: idSchema,
  label: z.string().min(1).max(200).optional(),
  /** Draw a QR code of the citation's DOI link beside the chip (none when it has no DOI). */
  qr: z.boolean().optional(),
});

export const overlayKindSchema = z.enum([
  'icon',
  'callout',
  'shape',
  'image',
  'text',
  'citationChip',
]);
export type OverlayKind = z.infer<typeof overlayKindSchema>;

export const overlaySchema = z
  .discriminatedUnion('kind', [
    iconOverlaySchema,
    calloutOverlaySchema,
    shapeOverlaySchema,
    imageOverlaySchema,
    textOverlaySchema,
    citationChipOverlaySchema,
  ])
  .superRefine((overlay, ctx) => {
    const length = overlay.end - overlay.start;
    if (length <= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'an overlay must end after it starts',
      });
      return;
    }
    const unordered = firstUnorderedKeyframe(overlay.transform);
    if (unordered !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['transform', unordered, 't'],
        message: 'keyframe times must increase',
      });
    }
    overlay.transform.forEach((keyframe, index) => {
      if (keyframe.t > length) {
        ctx.addIssue({
          code: 'custom',
          path: ['transform', index, 't'],
          message: `keyframe at ${keyframe.t} ms is past the overlay's ${length} ms`,
        });
      }
    });
    if (overlay.enter.durationMs + overlay.exit.durationMs > length) {
      ctx.addIssue({
        code: 'custom',
        path: ['exit', 'durationMs'],
        message: 'enter and exit animations must fit inside the overlay',
      });
    }
    if (overlay.kind === 'shape' && overlay.shape === 'badge' && overlay.number === undefined) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: 'a badge needs a number' });
    }
  });
export type Overlay = z.infer<typeof overlaySchema>;
export type IconOverlay = z.infer<typeof iconOverlaySchema>;
export type CalloutOverlay = z.infer<typeof calloutOverlaySchema>;
export type ShapeOverlay = z.infer<typeof shapeOverlaySchema>;
export type ImageOverlay = z.infer<typeof imageOverlaySchema>;
export type TextOverlay = z.infer<typeof textOverlaySchema>;
export type CitationChipOverlay = z.infer<typeof citationChipOverlaySchema>;
