import { z } from 'zod';
import presetsJson from '../../resources/caption-presets.json' with { type: 'json' };
import type { BrandKit } from '../model/brand';
import {
  BRAND_COLOR_TOKENS,
  captionStyleSchema,
  type BrandColorToken,
  type CaptionBrandBinding,
  type CaptionStyle,
} from '../model/captions';
import { colorSchema, idSchema, labelSchema } from '../model/common';
import { bundledFontProblem } from './style-fonts';

/**
 * Caption style presets (resources/caption-presets.json): full styles whose colours and font may
 * name the brand kit ("brand.primary", "brand.font"). Applying a preset makes a project style
 * that is bound to the brand kit where the preset said so (see applyBrandKit).
 */

export const BRAND_FONT_REF = 'brand.font';
const BRAND_COLOR_REFS = BRAND_COLOR_TOKENS.map((token) => `brand.${token}` as const);

const colorOrBrandSchema = z
  .string()
  .refine(
    (value) =>
      colorSchema.safeParse(value).success ||
      (BRAND_COLOR_REFS as readonly string[]).includes(value),
    `colours are #rrggbb, #rrggbbaa or one of ${BRAND_COLOR_REFS.join(', ')}`,
  );

const styleShape = captionStyleSchema.shape;
const presetStyleSchema = z
  .object({
    ...styleShape,
    fontFamily: z.string().min(1),
    fill: colorOrBrandSchema,
    highlight: colorOrBrandSchema,
    outline: z
      .object({ color: colorOrBrandSchema, widthPx: styleShape.outline.shape.widthPx })
      .strict(),
    shadow: z
      .object({ ...styleShape.shadow.unwrap().shape, color: colorOrBrandSchema })
      .strict()
      .optional(),
    box: z
      .object({ ...styleShape.box.unwrap().shape, color: colorOrBrandSchema })
      .strict()
      .optional(),
    speakerLabel: z
      .object({
        ...styleShape.speakerLabel.unwrap().shape,
        fill: colorOrBrandSchema,
        background: colorOrBrandSchema,
      })
      .strict()
      .optional(),
  })
  .omit({ id: true, name: true, brand: true, presetId: true })
  .strict()
  .superRefine((style, ctx) => {
    if (style.fontFamily === BRAND_FONT_REF) return;
    const problem = bundledFontProblem(style.fontFamily, style.fontWeight);
    if (problem !== null) ctx.addIssue({ code: 'custom', path: ['fontFamily'], message: problem });
  });
export type PresetStyle = z.infer<typeof presetStyleSchema>;

const captionPresetSchema = z
  .object({
    id: idSchema,
    name: labelSchema,
    description: z.string().min(1).max(300),
    style: presetStyleSchema,
  })
  .strict();
export type CaptionPreset = z.infer<typeof captionPresetSchema>;

export const captionPresetTableSchema = z
  .object({ $comment: z.string().optional(), presets: z.array(captionPresetSchema).min(1) })
  .strict()
  .superRefine((table, ctx) => {
    const seen = new Set<string>();
    table.presets.forEach((preset, index) => {
      if (seen.has(preset.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['presets', index, 'id'],
          message: `preset id "${preset.id}" repeats`,
        });
      }
      seen.add(preset.id);
    });
  });
export type CaptionPresetTable = z.infer<typeof captionPresetTableSchema>;

export class CaptionPresetError extends Error {
  override readonly name = 'CaptionPresetError';
}

/** Validates a preset table, naming the first bad field. */
export function parseCaptionPresets(raw: unknown): CaptionPresetTable {
  const result = captionPresetTableSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CaptionPresetError(
      `resources/caption-presets.json is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    );
  }
  return result.data;
}

/** The shipped presets, checked when first used so a bad edit fails loudly. */
let shipped: CaptionPresetTable | undefined;
export function shippedCaptionPresets(): readonly CaptionPreset[] {
  shipped ??= parseCaptionPresets(presetsJson);
  return shipped.presets;
}

/** The shipped preset called `id`, or a CaptionPresetError listing the ones that exist. */
export function captionPreset(id: string): CaptionPreset {
  const presets = shippedCaptionPresets();
  const found = presets.find((preset) => preset.id === id);
  if (found === undefined) {
    throw new CaptionPresetError(
      `there is no caption preset "${id}" (presets: ${presets.map((preset) => preset.id).join(', ')})`,
    );
  }
  return found;
}

function brandToken(value: string): BrandColorToken | undefined {
  const token = value.startsWith('brand.') ? value.slice('brand.'.length) : undefined;
  return BRAND_COLOR_TOKENS.find((candidate) => candidate === token);
}

/**
 * The project style a preset makes: brand references replaced by the brand kit's current values
 * and recorded as bindings, so later brand kit edits restyle it.
 */
export function captionStyleFromPreset(
  preset: CaptionPreset,
  brand: BrandKit,
  identity: { id: string; name?: string },
): CaptionStyle {
  const binding: CaptionBrandBinding = {};
  const color = (value: string, key: keyof Omit<CaptionBrandBinding, 'fontFamily'>): string => {
    const token = brandToken(value);
    if (token === undefined) return value;
    binding[key] = token;
    return brand.colors[token];
  };
  const { style } = preset;
  const brandFont = style.fontFamily === BRAND_FONT_REF;
  if (brandFont) binding.fontFamily = true;
  const made: CaptionStyle = {
    ...style,
    id: identity.id,
    name: identity.name ?? preset.name,
    presetId: preset.id,
    fontFamily: brandFont ? brand.fontFamily : style.fontFamily,
    fill: color(style.fill, 'fill'),
    highlight: color(style.highlight, 'highlight'),
    outline: { ...style.outline, color: color(style.outline.color, 'outlineColor') },
    shadow: style.shadow && { ...style.shadow, color: color(style.shadow.color, 'shadowColor') },
    box: style.box && { ...style.box, color: color(style.box.color, 'boxColor') },
    speakerLabel: style.speakerLabel && {
      ...style.speakerLabel,
      fill: color(style.speakerLabel.fill, 'speakerFill'),
      background: color(style.speakerLabel.background, 'speakerBackground'),
    },
  };
  if (Object.keys(binding).length > 0) made.brand = binding;
  const cleaned = Object.fromEntries(
    Object.entries(made).filter(([, value]) => value !== undefined),
  );
  return captionStyleSchema.parse(cleaned);
}
