import {
  DEFAULT_REFERENCE_STYLE,
  type Citation,
  type ProjectDocument,
  type ReferenceStyle,
} from '../../../shared/model';
import type { FormattedReference } from '../../../shared/api/calls/citations';
import { bibliographyEntries } from './citation-js';
import { citationsInOrderOfUse } from '../../../shared/citations/reference-order';

/** The project's chosen reference style, else the default (Vancouver). */
export function referenceStyleOf(doc: ProjectDocument): ReferenceStyle {
  return doc.referenceStyle ?? DEFAULT_REFERENCE_STYLE;
}

/** Vancouver's own number, which the list gives again; APA entries have none. */
const LEADING_NUMBER = /^\s*\d+\.\s+/;

/**
 * Citations formatted by citation-js's bundled CSL templates (no network). Vancouver numbers
 * by first use in the clip (see citationsInOrderOfUse); APA keeps its alphabetical order and
 * is numbered in it. Text is plain, one line per reference, without the number.
 */
export function formatCitations(
  citations: readonly Citation[],
  style: ReferenceStyle,
): FormattedReference[] {
  if (citations.length === 0) return [];
  // The citation id stands in for the CSL id so each formatted entry maps back to its citation.
  const items = citations.map((citation) => ({ ...citation.csl, id: citation.id }));
  const entries = bibliographyEntries(items, style, style === 'vancouver');
  return entries.map(([citationId, text], i) => ({
    citationId,
    number: i + 1,
    text: text.replace(LEADING_NUMBER, '').replace(/\s+/g, ' ').trim(),
  }));
}

/** The project's reference list in `style` (default: the project's own). */
export function formatReferences(
  doc: ProjectDocument,
  style: ReferenceStyle = referenceStyleOf(doc),
): { style: ReferenceStyle; references: FormattedReference[] } {
  return { style, references: formatCitations(citationsInOrderOfUse(doc), style) };
}
