import { Cite, logger, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';

/**
 * The engine's only door to citation-js: the plugins are registered once here, every input is
 * parsed with an explicit type (so nothing is ever fetched), and the logger's history is dropped
 * after each call so a long-running engine does not grow.
 */

function withoutLogHistory<T>(work: () => T): T {
  try {
    return work();
  } finally {
    logger._log.length = 0;
  }
}

/** Parses `input` as citation-js type `forceType` into CSL-JSON items (no graph metadata). */
export function parseAs(input: unknown, forceType: string): unknown {
  return withoutLogHistory(() => plugins.input.chain(input, { forceType, generateGraph: false }));
}

/** Parses only as far as `target` (e.g. BibTeX text to its raw entries). */
export function parseTo(input: unknown, forceType: string, target: string): unknown {
  return withoutLogHistory(() =>
    plugins.input.chain(input, { forceType, target, generateGraph: false }),
  );
}

/** The CSL style templates citation-js bundles (no download needed for these). */
export type BundledTemplate = 'vancouver' | 'apa';

/**
 * A plain-text bibliography of CSL items as [item id, entry] pairs, in the style's order
 * (`keepOrder`: the order given, for numbered styles).
 */
export function bibliographyEntries(
  items: readonly object[],
  template: BundledTemplate,
  keepOrder: boolean,
): [string, string][] {
  return withoutLogHistory(() =>
    new Cite(items, { forceType: '@csl/list+object', generateGraph: false }).format(
      'bibliography',
      { template, format: 'text', lang: 'en-US', nosort: keepOrder, asEntryArray: true },
    ),
  );
}
