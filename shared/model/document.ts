import { z } from 'zod';
import { idSchema, labelSchema, timeMsSchema } from './common';
import { defaultFormat, formatSchema } from './format';
import type { Fps } from './format';
import { mediaAssetSchema } from './media';
import { audioClipSchema, videoClipSchema } from './clips';
import {
  captionCueSchema,
  captionRulesSchema,
  captionStyleSchema,
  defaultCaptionStyles,
} from './captions';
import { overlaySchema } from './overlays';
import { citationSchema, referenceStyleSchema } from './citations';
import { privacyStateSchema } from './privacy';
import { brandKitSchema, defaultBrandKit } from './brand';
import { medicalReviewSchema } from './review';
import { SCHEMA_VERSION } from './version';
import { checkDocumentInvariants } from './document-checks';
import { DocumentValidationError } from './errors';

export const markerSchema = z.object({
  id: idSchema,
  time: timeMsSchema,
  label: z.string().max(200),
});
export type Marker = z.infer<typeof markerSchema>;

export { medicalReviewSchema, type MedicalReview } from './review';

/**
 * The timeline. The video track is one layer: clips are kept in start order and never overlap.
 * Audio clips may overlap (music under voice). Overlays draw in array order (later on top).
 */
export const tracksSchema = z.object({
  video: z.array(videoClipSchema),
  audio: z.array(audioClipSchema),
  captions: z.array(captionCueSchema),
  overlays: z.array(overlaySchema),
});
export type Tracks = z.infer<typeof tracksSchema>;

/** Field-level shape, before the cross-reference checks. */
export const projectDocumentObjectSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: idSchema,
  name: labelSchema,
  format: formatSchema,
  media: z.array(mediaAssetSchema),
  tracks: tracksSchema,
  markers: z.array(markerSchema),
  /** The first style is the default for new cues. */
  captionStyles: z.array(captionStyleSchema).min(1),
  /** Absent in projects that never changed them: DEFAULT_CAPTION_RULES apply. */
  captionRules: captionRulesSchema.optional(),
  brandKit: brandKitSchema,
  citations: z.array(citationSchema),
  /** Absent: DEFAULT_REFERENCE_STYLE (Vancouver) for the description and `medclip references`. */
  referenceStyle: referenceStyleSchema.optional(),
  privacy: privacyStateSchema,
  medicalReview: medicalReviewSchema.optional(),
});

/**
 * A whole project as plain, serialisable data. No wall-clock fields: the same commands on the
 * same document always give the same document (the project file keeps timestamps itself).
 */
export const projectDocumentSchema = projectDocumentObjectSchema.superRefine((doc, ctx) =>
  checkDocumentInvariants(doc, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
);
export type ProjectDocument = z.infer<typeof projectDocumentSchema>;

export interface CreateDocumentOptions {
  id: string;
  name: string;
  fps?: Fps;
}

/** A new, empty project: 1080x1920, the default caption styles and brand kit. */
export function createDocument({ id, name, fps }: CreateDocumentOptions): ProjectDocument {
  const result = projectDocumentSchema.safeParse({
    schemaVersion: SCHEMA_VERSION,
    id,
    name,
    format: defaultFormat(fps),
    media: [],
    tracks: { video: [], audio: [], captions: [], overlays: [] },
    markers: [],
    captionStyles: defaultCaptionStyles(),
    brandKit: defaultBrandKit(),
    citations: [],
    privacy: { scans: [], faceTracks: [], manualRegions: [] },
  });
  if (!result.success)
    throw DocumentValidationError.fromZodError(result.error, 'cannot create project');
  return result.data;
}
