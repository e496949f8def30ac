import type { CslItem, ProjectDocument, ReferenceStyle } from '../../../shared/model';
import { formatCitations, formatReferences, referenceStyleOf } from '../citations/format';

export { citationsInOrderOfUse } from '../../../shared/citations/reference-order';

/** One CSL item as a reference in `style` (citation-js, bundled CSL templates), unnumbered. */
export function formatReference(item: CslItem, style: ReferenceStyle = 'vancouver'): string {
  return formatCitations([{ id: 'reference', csl: item }], style)[0]?.text ?? '';
}

/**
 * "1. Smith J, …" lines in the project's reference style (Vancouver unless chosen otherwise),
 * numbered by first use for Vancouver; empty when the project cites nothing.
 */
export function referenceList(
  doc: ProjectDocument,
  style: ReferenceStyle = referenceStyleOf(doc),
): string[] {
  return formatReferences(doc, style).references.map(({ number, text }) => `${number}. ${text}`);
}
