import { z } from 'zod';
import {
  colorSchema,
  fontWeightSchema,
  idSchema,
  labelSchema,
  normalizedPointSchema,
  textAlignSchema,
  timeMsSchema,
} from './common';

/** One word's timing, relative to its cue's start (so moving a cue moves its words). */
export const captionWordSchema = z
  .object({ text: z.string().min(1), start: timeMsSchema, end: timeMsSchema })
  .superRefine((word, ctx) => {
    if (word.end <= word.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'a word must end after it starts' });
    }
  });
export type CaptionWord = z.infer<typeof captionWordSchema>;

/** Per-cue departures from its style, e.g. a cue moved up to clear an overlay. */
export const captionOverridesSchema = z.object({
  position: normalizedPointSchema.optional(),
  align: textAlignSchema.optional(),
  maxWidthPx: z.number().int().positive().optional(),
});
export type CaptionOverrides = z.infer<typeof captionOverridesSchema>;

export const captionCueSchema = z
  .object({
    id: idSchema,
    start: timeMsSchema,
    end: timeMsSchema,
    text: z.string().min(1).max(1000).regex(/\S/, 'caption text must not be blank'),
    /** Word timings for highlight modes; absent when only the cue's span is known. */
    words: z.array(captionWordSchema).optional(),
    styleId: idSchema,
    /** Citations that back the claim made in this cue. */
    citationIds: z.array(idSchema),
    /** Who speaks, for styles that show a name (a lower third). */
    speaker: z.string().trim().min(1).max(80).optional(),
    overrides: captionOverridesSchema.optional(),
  })
  .superRefine((cue, ctx) => {
    if (cue.end <= cue.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'a cue must end after it starts' });
      return;
    }
    if (new Set(cue.citationIds).size !== cue.citationIds.length) {
      ctx.addIssue({ code: 'custom', path: ['citationIds'], message: 'citation ids repeat' });
    }
    const length = cue.end - cue.start;
    let previousEnd = 0;
    (cue.words ?? []).forEach((word, index) => {
      if (word.start < previousEnd) {
        ctx.addIssue({
          code: 'custom',
          path: ['words', index, 'start'],
          message: 'words must be in order and must not overlap',
        });
      }
      if (word.end > length) {
        ctx.addIssue({
          code: 'custom',
          path: ['words', index, 'end'],
          message: `word ends at ${word.end} ms, after the cue's ${length} ms`,
        });
      }
      previousEnd = word.end;
    });
  });
export type CaptionCue = z.infer<typeof captionCueSchema>;

/** The brand kit colours a style can follow (shared/model/brand.ts `colors`). */
export const BRAND_COLOR_TOKENS = ['primary', 'secondary', 'accent', 'text', 'background'] as const;
export const brandColorTokenSchema = z.enum(BRAND_COLOR_TOKENS);
export type BrandColorToken = z.infer<typeof brandColorTokenSchema>;

/**
 * Style properties that follow the project's brand kit instead of their stored value (which is
 * the brand's value when the binding was made). Resolved when the scene draws the style, so
 * editing the brand kit restyles every bound caption.
 */
export const captionBrandBindingSchema = z
  .object({
    fill: brandColorTokenSchema.optional(),
    highlight: brandColorTokenSchema.optional(),
    outlineColor: brandColorTokenSchema.optional(),
    shadowColor: brandColorTokenSchema.optional(),
    boxColor: brandColorTokenSchema.optional(),
    speakerFill: brandColorTokenSchema.optional(),
    speakerBackground: brandColorTokenSchema.optional(),
    /** Use the brand kit's font family. */
    fontFamily: z.literal(true).optional(),
  })
  .strict();
export type CaptionBrandBinding = z.infer<typeof captionBrandBindingSchema>;
export type CaptionBrandBindingKey = keyof CaptionBrandBinding;

/** The speaker's name drawn in a tab above the caption (a lower third); cues without a speaker show none. */
export const captionSpeakerLabelSchema = z.object({
  fontSizePx: z.number().int().min(8).max(200),
  fontWeight: fontWeightSchema,
  fill: colorSchema,
  background: colorSchema,
  paddingPx: z.number().min(0).max(100),
  radiusPx: z.number().min(0).max(100),
  /** Space between the name tab and the caption (or its box). */
  gapPx: z.number().min(0).max(200),
});
export type CaptionSpeakerLabel = z.infer<typeof captionSpeakerLabelSchema>;

/** Each word (singleWord) or each cue grows from `fromScale` to full size over `durationMs`. */
export const captionPopSchema = z.object({
  fromScale: z.number().min(0.2).max(1),
  durationMs: z.number().int().min(10).max(1000),
});
export type CaptionPop = z.infer<typeof captionPopSchema>;

/** block: whole cue at once; wordHighlight: whole cue, active word coloured; singleWord: one word at a time. */
export const captionModeSchema = z.enum(['block', 'wordHighlight', 'singleWord']);
export type CaptionMode = z.infer<typeof captionModeSchema>;

export const captionStyleSchema = z.object({
  id: idSchema,
  name: labelSchema,
  fontFamily: z.string().min(1),
  fontWeight: fontWeightSchema,
  fontSizePx: z.number().int().min(8).max(400),
  fill: colorSchema,
  outline: z.object({ color: colorSchema, widthPx: z.number().min(0).max(50) }),
  shadow: z
    .object({
      color: colorSchema,
      blurPx: z.number().min(0).max(100),
      offsetXPx: z.number().min(-100).max(100),
      offsetYPx: z.number().min(-100).max(100),
    })
    .optional(),
  /** A backing box behind the text. */
  box: z
    .object({
      color: colorSchema,
      opacity: z.number().min(0).max(1),
      paddingPx: z.number().min(0).max(200),
      radiusPx: z.number().min(0).max(200),
    })
    .optional(),
  /** Multiple of the font size. */
  lineHeight: z.number().min(0.5).max(3),
  maxWidthPx: z.number().int().positive().max(4320),
  align: textAlignSchema,
  /** Where the text block's anchor (its bottom centre) sits, as fractions of the frame. */
  position: normalizedPointSchema,
  /** Colour of the active word in wordHighlight and singleWord modes. */
  highlight: colorSchema,
  mode: captionModeSchema,
  /** Draw the text in capitals (layout measures the capitals). */
  uppercase: z.boolean().optional(),
  speakerLabel: captionSpeakerLabelSchema.optional(),
  pop: captionPopSchema.optional(),
  brand: captionBrandBindingSchema.optional(),
  /** The resources/caption-presets.json preset this style was made from. */
  presetId: idSchema.optional(),
});
export type CaptionStyle = z.infer<typeof captionStyleSchema>;

/**
 * The styles every new project starts with; the first is the default for new cues. Anchors sit
 * above the platforms' bottom UI band and the width clears the right-hand button column.
 */
export function defaultCaptionStyles(): CaptionStyle[] {
  const base = {
    fontFamily: 'TikTok Sans',
    fontWeight: 700,
    fontSizePx: 64,
    fill: '#FFFFFF',
    outline: { color: '#000000', widthPx: 6 },
    lineHeight: 1.2,
    maxWidthPx: 860,
    align: 'center',
    position: { x: 0.46, y: 0.7 },
    highlight: '#FFD60A',
  } as const;
  return [
    { ...base, id: 'style-clean', name: 'Clean', mode: 'block', outline: { ...base.outline } },
    {
      ...base,
      id: 'style-highlight',
      name: 'Word highlight',
      mode: 'wordHighlight',
      outline: { ...base.outline },
      shadow: { color: '#00000099', blurPx: 8, offsetXPx: 0, offsetYPx: 3 },
    },
    {
      ...base,
      id: 'style-boxed',
      name: 'Boxed',
      mode: 'block',
      fontWeight: 600,
      fontSizePx: 56,
      outline: { color: '#000000', widthPx: 0 },
      box: { color: '#0F172A', opacity: 0.8, paddingPx: 18, radiusPx: 14 },
    },
    {
      // Atkinson Hyperlegible was drawn for low-vision readers: distinct letterforms, large size.
      ...base,
      id: 'style-legible',
      name: 'High legibility',
      mode: 'block',
      fontFamily: 'Atkinson Hyperlegible',
      fontSizePx: 68,
      fill: '#FFFFFF',
      outline: { color: '#000000', widthPx: 0 },
      box: { color: '#000000', opacity: 0.85, paddingPx: 20, radiusPx: 10 },
    },
  ];
}

/** Platforms whose UI safe zone captions are checked against (resources/safe-zones.json). */
export const CAPTION_PLATFORMS = ['tiktok', 'reels', 'shorts'] as const;

/** The project's readability rules that are the user's to set (shared/captions checks). */
export const captionRulesSchema = z.object({
  /** Reading speed limit in characters per second (17 is the common broadcast guideline). */
  maxCharsPerSecond: z.number().int().min(12).max(25),
  /** The platform whose safe zone the caption boxes must stay inside. */
  platform: z.enum(CAPTION_PLATFORMS),
});
export type CaptionRules = z.infer<typeof captionRulesSchema>;

export const DEFAULT_CAPTION_RULES: CaptionRules = Object.freeze({
  maxCharsPerSecond: 17,
  platform: 'tiktok',
});

/** The rules a project uses: its own, or the defaults when it has never set any. */
export function captionRulesOf(doc: { captionRules?: CaptionRules | undefined }): CaptionRules {
  return doc.captionRules ?? DEFAULT_CAPTION_RULES;
}
