import { z } from 'zod';
import { idSchema } from './common';

/**
 * CSL-JSON, as citation-js reads and writes it. The fields the app uses are typed; everything
 * else CSL allows is kept as it came (loose objects), so a round trip loses nothing.
 */
export const cslNameSchema = z.looseObject({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional(),
});
export type CslName = z.infer<typeof cslNameSchema>;

const cslDatePartSchema = z.union([z.number().int(), z.string()]);

export const cslDateSchema = z.looseObject({
  /** [[year, month?, day?]] or a range [[from…], [to…]]. */
  'date-parts': z.array(z.array(cslDatePartSchema).min(1).max(3)).min(1).max(2).optional(),
  literal: z.string().optional(),
  raw: z.string().optional(),
});
export type CslDate = z.infer<typeof cslDateSchema>;

const cslNumberSchema = z.union([z.string(), z.number()]);

export const cslItemSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  /** CSL item type, e.g. "article-journal", "book", "webpage". */
  type: z.string().min(1),
  title: z.string().optional(),
  author: z.array(cslNameSchema).optional(),
  editor: z.array(cslNameSchema).optional(),
  issued: cslDateSchema.optional(),
  accessed: cslDateSchema.optional(),
  'container-title': z.string().optional(),
  'container-title-short': z.string().optional(),
  publisher: z.string().optional(),
  DOI: z.string().optional(),
  PMID: z.string().optional(),
  PMCID: z.string().optional(),
  URL: z.string().optional(),
  ISSN: z.string().optional(),
  volume: cslNumberSchema.optional(),
  issue: cslNumberSchema.optional(),
  page: cslNumberSchema.optional(),
});
export type CslItem = z.infer<typeof cslItemSchema>;

export const citationSchema = z.object({
  id: idSchema,
  csl: cslItemSchema,
  /** The editor's own note, e.g. which finding the clip relies on. */
  note: z.string().max(5000).optional(),
});
export type Citation = z.infer<typeof citationSchema>;

/** Reference list styles: Vancouver is the usual one in medicine and the default. */
export const referenceStyleSchema = z.enum(['vancouver', 'apa']);
export type ReferenceStyle = z.infer<typeof referenceStyleSchema>;
export const DEFAULT_REFERENCE_STYLE: ReferenceStyle = 'vancouver';
