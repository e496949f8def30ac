import { z } from 'zod';
import { cslItemSchema, referenceStyleSchema } from '../../model/citations';

/**
 * Contract calls for citations. Spread into `apiCalls` in ../contract.ts. Nothing here changes
 * the project: adding, updating and linking citations are commands (citation.add,
 * citation.update, caption.linkCitation …) applied through project.apply.
 */

const projectId = z.string().min(1);

export const citationImportFormatSchema = z.enum(['bibtex', 'ris', 'csl-json']);
export type CitationImportFormat = z.infer<typeof citationImportFormatSchema>;

/** One entry of a paste or file that was not imported: its 1-based position, key if any, why. */
export const citationProblemSchema = z.object({
  entry: z.number().int().positive(),
  key: z.string().optional(),
  reason: z.string(),
});
export type CitationProblem = z.infer<typeof citationProblemSchema>;

/** A citation an import would add: its CSL-JSON and its on-screen short label. */
export const citationPreviewEntrySchema = z.object({
  csl: cslItemSchema,
  label: z.string(),
});
export type CitationPreviewEntry = z.infer<typeof citationPreviewEntrySchema>;

export const formattedReferenceSchema = z.object({
  citationId: z.string(),
  /** 1-based position in the reference list (the project's citation order). */
  number: z.number().int().positive(),
  /** Plain text in the chosen style, without the leading number. */
  text: z.string(),
});
export type FormattedReference = z.infer<typeof formattedReferenceSchema>;

/** Up to 1 MB of pasted or read text. */
const importText = z.string().max(1_000_000);

export const citationsCalls = {
  /**
   * Parses BibTeX, RIS or CSL-JSON text (format detected when `auto` or absent) WITHOUT changing
   * the project: the entries an import would add (DOI/PMID already checked and bare) and every
   * entry that would be skipped, with its reason. `entries` may be empty when every entry is
   * malformed. Fails when the text holds no entry at all (codes: empty, unknown-format,
   * no-entries, invalid-json).
   */
  'citations.previewImport': {
    request: z.object({
      projectId,
      text: importText,
      format: z.union([z.literal('auto'), citationImportFormatSchema]).optional(),
    }),
    response: z.object({
      format: citationImportFormatSchema,
      entries: z.array(citationPreviewEntrySchema),
      problems: z.array(citationProblemSchema),
    }),
  },
  /**
   * The project's citations as a numbered reference list (citation-js, offline CSL templates).
   * `style` absent: the project's reference style, else Vancouver.
   */
  'citations.format': {
    request: z.object({ projectId, style: referenceStyleSchema.optional() }),
    response: z.object({
      style: referenceStyleSchema,
      references: z.array(formattedReferenceSchema),
    }),
  },
  /**
   * Online metadata for a DOI (doi.org) or PMID (NCBI), the only network use in the app. Off
   * unless `allowNetwork` is true. Error codes: network-disabled (not allowed), offline (no
   * connection or the service did not answer), not-found, invalid-identifier.
   */
  'citations.lookup': {
    request: z
      .object({
        projectId,
        doi: z.string().max(500).optional(),
        pmid: z.string().max(100).optional(),
        allowNetwork: z.boolean().optional(),
      })
      .refine((r) => (r.doi === undefined) !== (r.pmid === undefined), {
        message: 'give exactly one of doi or pmid',
      }),
    response: citationPreviewEntrySchema,
  },
} as const;
