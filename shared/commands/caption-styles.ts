import { z } from 'zod';
import { BRAND_BINDING_OF_PROPERTY, applyBrandKit } from '../captions/brand-style';
import { CaptionPresetError, captionPreset, captionStyleFromPreset } from '../captions/presets';
import { bundledFontFamilies, bundledFontProblem } from '../captions/style-fonts';
import { brandKitSchema, type BrandKit } from '../model/brand';
import {
  captionBrandBindingSchema,
  captionStyleSchema,
  type CaptionBrandBinding,
  type CaptionStyle,
} from '../model/captions';
import type { ProjectDocument } from '../model/document';
import { idSchema, labelSchema } from '../model/common';
import { issuesFromZodError, summarizeIssues } from '../model/errors';
import { defineCommand, invoke } from './define';
import { invalidArgs, preconditionFailed } from './errors';
import {
  applyPatch,
  indexOfId,
  insertAt,
  inversePatch,
  removeAt,
  replaceAt,
  requireEntry,
  withTracks,
  withoutUndefined,
} from './update';

/** Refuses a style that breaks the schema or uses a font that is not bundled. */
function checkStyle(style: CaptionStyle): CaptionStyle {
  const result = captionStyleSchema.safeParse(style);
  if (!result.success) {
    const issues = issuesFromZodError(result.error);
    invalidArgs(summarizeIssues(issues), issues);
  }
  // A brand-bound family is the brand kit's to check (brand.update).
  if (style.brand?.fontFamily !== true) {
    const problem = bundledFontProblem(style.fontFamily, style.fontWeight);
    if (problem !== null) invalidArgs(problem);
  }
  if (style.speakerLabel !== undefined) {
    const problem = bundledFontProblem(style.fontFamily, style.speakerLabel.fontWeight);
    if (problem !== null && style.brand?.fontFamily !== true) {
      invalidArgs(`speaker label: ${problem}`);
    }
  }
  return style;
}

/** Sets each listed cue's style; returns the cues and the style ids they had. */
function assignStyles(
  doc: ProjectDocument,
  cueStyles: Readonly<Record<string, string>>,
): { doc: ProjectDocument; previous: Record<string, string> } {
  const previous: Record<string, string> = {};
  let captions = doc.tracks.captions;
  for (const [cueId, styleId] of Object.entries(cueStyles)) {
    const { index, item: cue } = requireEntry(captions, cueId, 'caption');
    previous[cueId] = cue.styleId;
    captions = replaceAt(captions, index, { ...cue, styleId });
  }
  return { doc: withTracks(doc, { captions }), previous };
}

const replaceArgs = z.object({
  styleId: idSchema,
  /** The style to store under `styleId` (added or replaced), or null to remove it. */
  style: captionStyleSchema.nullable(),
  /** Where a newly added style goes in the list; appended when absent. */
  index: z.number().int().nonnegative().optional(),
  /** Cue id to the style it should use, applied before the style changes. */
  cueStyles: z.record(idSchema, idSchema).default({}),
});

/**
 * Puts a whole style in place (or removes it) and re-points cues, in one step; the inverse of
 * itself, and the undo of applying a preset.
 */
export const captionStyleReplace = defineCommand({
  name: 'captionStyle.replace',
  label: 'Replace caption style',
  argsSchema: replaceArgs,
  perform(doc, { styleId, style, index, cueStyles }) {
    if (style !== null && style.id !== styleId) {
      invalidArgs(`the style's id "${style.id}" is not "${styleId}"`);
    }
    const assigned = assignStyles(doc, cueStyles);
    const styles = assigned.doc.captionStyles;
    const at = indexOfId(styles, styleId);
    const old = styles[at];
    let captionStyles: CaptionStyle[];
    if (style === null) {
      if (old === undefined) preconditionFailed(`caption style "${styleId}" does not exist`);
      if (styles.length === 1) preconditionFailed('a project keeps at least one caption style');
      const user = assigned.doc.tracks.captions.find((cue) => cue.styleId === styleId);
      if (user !== undefined) {
        preconditionFailed(`caption style "${styleId}" is still used by caption "${user.id}"`);
      }
      captionStyles = removeAt(styles, at);
    } else {
      checkStyle(style);
      captionStyles =
        old === undefined ? insertAt(styles, index, style) : replaceAt(styles, at, style);
    }
    return {
      doc: { ...assigned.doc, captionStyles },
      inverse: invoke('captionStyle.replace', replaceArgs, {
        styleId,
        style: old ?? null,
        ...(old === undefined ? {} : { index: at }),
        cueStyles: assigned.previous,
      }),
    };
  },
});

const applyPresetArgs = z.object({
  /** A preset id from resources/caption-presets.json. */
  presetId: idSchema,
  /** The project style to create or replace; "style-<presetId>" when absent. */
  styleId: idSchema.optional(),
  name: labelSchema.optional(),
  /** Cues to give the style: "all", a list of cue ids, or none when absent. */
  cues: z.union([z.literal('all'), z.array(idSchema)]).optional(),
});

export const captionStyleApplyPreset = defineCommand({
  name: 'captionStyle.applyPreset',
  label: 'Apply caption preset',
  argsSchema: applyPresetArgs,
  perform(doc, { presetId, styleId, name, cues }) {
    let preset;
    try {
      preset = captionPreset(presetId);
    } catch (error) {
      if (error instanceof CaptionPresetError) invalidArgs(error.message);
      throw error;
    }
    const id = styleId ?? `style-${presetId}`;
    const style = captionStyleFromPreset(preset, doc.brandKit, {
      id,
      ...(name === undefined ? {} : { name }),
    });
    const cueIds =
      cues === 'all' ? doc.tracks.captions.map((cue) => cue.id) : [...new Set(cues ?? [])];
    const cueStyles = Object.fromEntries(cueIds.map((cueId) => [cueId, id]));
    return captionStyleReplace.perform(doc, { styleId: id, style, cueStyles });
  },
});

/** Every style property but its id; `null` clears an optional one. */
const stylePatchShape = captionStyleSchema.omit({ id: true }).partial().shape;
const updateArgs = z
  .object({
    id: idSchema,
    ...stylePatchShape,
    shadow: stylePatchShape.shadow.nullable(),
    box: stylePatchShape.box.nullable(),
    uppercase: stylePatchShape.uppercase.nullable(),
    speakerLabel: stylePatchShape.speakerLabel.nullable(),
    pop: stylePatchShape.pop.nullable(),
    brand: captionBrandBindingSchema.nullable().optional(),
    presetId: stylePatchShape.presetId.nullable(),
  })
  .refine(
    (args) => Object.entries(args).some(([key, value]) => key !== 'id' && value !== undefined),
    { message: 'give at least one property to change' },
  );
type StylePatch = Omit<z.output<typeof updateArgs>, 'id'>;

function valueAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => {
    if (at === null || typeof at !== 'object') return undefined;
    return (at as Record<string, unknown>)[key];
  }, value);
}

/**
 * The binding after `patch`: a property set to something other than its brand colour (or font)
 * stops following the brand kit. An explicit `brand` in the patch wins.
 */
function bindingAfter(
  style: CaptionStyle,
  resolved: CaptionStyle,
  patch: StylePatch,
): CaptionBrandBinding | undefined {
  if (patch.brand !== undefined) return patch.brand ?? undefined;
  const binding: CaptionBrandBinding = { ...style.brand };
  for (const [path, key] of Object.entries(BRAND_BINDING_OF_PROPERTY)) {
    if (binding[key] === undefined) continue;
    const next = valueAt(patch, path);
    if (next !== undefined && next !== valueAt(resolved, path)) delete binding[key];
  }
  return Object.keys(binding).length > 0 ? binding : undefined;
}

export const captionStyleUpdate = defineCommand({
  name: 'captionStyle.update',
  label: 'Edit caption style',
  argsSchema: updateArgs,
  coalesceKey: ({ id, ...patch }) =>
    `captionStyle.update:${id}:${Object.keys(withoutUndefined(patch)).sort().join(',')}`,
  perform(doc, { id, ...patch }) {
    const { index, item: style } = requireEntry(doc.captionStyles, id, 'caption style');
    const binding = bindingAfter(style, applyBrandKit(style, doc.brandKit), patch);
    const bindingChanged = JSON.stringify(binding) !== JSON.stringify(style.brand);
    const effective = withoutUndefined({
      ...patch,
      brand: bindingChanged ? (binding ?? null) : undefined,
    });
    const updated = checkStyle(applyPatch(style, effective));
    return {
      doc: { ...doc, captionStyles: replaceAt(doc.captionStyles, index, updated) },
      inverse: invoke('captionStyle.update', updateArgs, {
        id,
        ...(inversePatch(style, effective) as Partial<z.input<typeof updateArgs>>),
      }),
    };
  },
});

const brandColorsPatch = brandKitSchema.shape.colors.partial();
const brandUpdateArgs = z
  .object({
    colors: brandColorsPatch.optional(),
    /** A bundled font family (shared/scene/fonts.ts). */
    fontFamily: z.string().min(1).optional(),
    /** An image from the media list, or null for no logo. */
    logoMediaId: idSchema.nullable().optional(),
  })
  .refine(
    (args) =>
      args.fontFamily !== undefined ||
      args.logoMediaId !== undefined ||
      Object.keys(withoutUndefined(args.colors ?? {})).length > 0,
    { message: 'give colours, a font family or a logo to change' },
  );

/** Changes the project's brand kit; styles bound to it follow when drawn. */
export const brandUpdate = defineCommand({
  name: 'brand.update',
  label: 'Edit brand kit',
  argsSchema: brandUpdateArgs,
  coalesceKey: (args) =>
    `brand.update:${Object.keys(
      withoutUndefined({ ...args.colors, font: args.fontFamily, logo: args.logoMediaId }),
    )
      .sort()
      .join(',')}`,
  perform(doc, { colors, fontFamily, logoMediaId }) {
    const brand = doc.brandKit;
    if (fontFamily !== undefined && !bundledFontFamilies().includes(fontFamily)) {
      invalidArgs(
        `font "${fontFamily}" is not bundled (choose ${bundledFontFamilies().join(', ')})`,
      );
    }
    if (logoMediaId !== undefined && logoMediaId !== null) {
      const { item } = requireEntry(doc.media, logoMediaId, 'media');
      if (item.probe.kind !== 'image') {
        preconditionFailed(`media "${logoMediaId}" is a ${item.probe.kind}, not an image`);
      }
    }
    const changedColors = withoutUndefined(colors ?? {});
    const next = applyPatch(brand, {
      colors: { ...brand.colors, ...changedColors },
      fontFamily,
      logoMediaId,
    });
    const oldColors = Object.fromEntries(
      Object.keys(changedColors).map((key) => [key, brand.colors[key as keyof BrandKit['colors']]]),
    );
    return {
      doc: { ...doc, brandKit: next },
      inverse: invoke('brand.update', brandUpdateArgs, {
        ...(Object.keys(oldColors).length > 0 ? { colors: oldColors } : {}),
        ...(fontFamily === undefined ? {} : { fontFamily: brand.fontFamily }),
        ...(logoMediaId === undefined ? {} : { logoMediaId: brand.logoMediaId ?? null }),
      }),
    };
  },
});
