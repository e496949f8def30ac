/**
 * The slice of citation-js 0.8 the engine uses (the packages ship no types). Data is CSL-JSON
 * (`object` here; callers validate it with the model's zod schemas).
 */
declare module '@citation-js/core' {
  export interface ChainOptions {
    /** Always set: without it citation-js guesses the type and may fetch a URL-looking string. */
    forceType: string;
    target?: string;
    generateGraph?: boolean;
    strict?: boolean;
  }

  export interface BibliographyOptions {
    template: string;
    format: 'text' | 'html';
    lang?: string;
    nosort?: boolean;
    asEntryArray?: boolean;
  }

  export class Cite {
    constructor(data: unknown, options?: { forceType?: string; generateGraph?: boolean });
    data: object[];
    format(
      name: 'bibliography',
      options: BibliographyOptions & { asEntryArray: true },
    ): [string, string][];
    format(name: 'bibliography', options: BibliographyOptions): string;
  }

  export const plugins: {
    input: {
      chain(input: unknown, options: ChainOptions): unknown;
      util: { clean(data: object[], bestGuessConversions?: boolean): object[] };
    };
    config: { get(name: string): unknown };
  };

  /** Silent by default, but it keeps every message in `_log`, which never shrinks. */
  export const logger: { _log: unknown[] };
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
