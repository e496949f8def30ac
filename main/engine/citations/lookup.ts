import { validateDoi, validatePmid } from '../../../shared/citations/identifiers';
import type { CitationPreviewEntry } from '../../../shared/api/calls/citations';
import { EngineError } from '../errors';
import { checkCslItem } from './entries';
import { citationShortLabel } from '../../../shared/scene/chip-label';

/**
 * The app's only network use: CSL-JSON metadata for one DOI (doi.org content negotiation) or
 * PMID (NCBI's citation exporter). Callers must opt in per request; a refusal or a failed
 * connection is a clear error, never a silent fallback.
 */

export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export interface LookupRequest {
  doi?: string | undefined;
  pmid?: string | undefined;
  allowNetwork?: boolean | undefined;
}

export interface LookupOptions {
  fetch?: FetchLike;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** Crossref sends some single-valued CSL fields as lists (ISSN: ["…", "…"]); keep the first. */
const SINGLE_VALUED = [
  'title',
  'container-title',
  'container-title-short',
  'publisher',
  'DOI',
  'PMID',
  'PMCID',
  'URL',
  'ISSN',
] as const;

function firstOfLists(item: unknown): unknown {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
  const flat: Record<string, unknown> = { ...item };
  for (const field of SINGLE_VALUED) {
    const value = flat[field];
    if (Array.isArray(value)) {
      if (typeof value[0] === 'string') flat[field] = value[0];
      else delete flat[field];
    }
  }
  return flat;
}

function target(request: LookupRequest): { url: string; what: string } {
  if ((request.doi === undefined) === (request.pmid === undefined)) {
    throw new EngineError('invalid-request', 'Give exactly one of a DOI or a PMID to look up.');
  }
  if (request.doi !== undefined) {
    const doi = validateDoi(request.doi);
    if (!doi.ok) throw new EngineError('invalid-identifier', doi.reason);
    return {
      url: `https://doi.org/${doi.value.split('/').map(encodeURIComponent).join('/')}`,
      what: `DOI ${doi.value}`,
    };
  }
  const pmid = validatePmid(request.pmid ?? '');
  if (!pmid.ok) throw new EngineError('invalid-identifier', pmid.reason);
  return {
    url: `https://api.ncbi.nlm.nih.gov/lit/ctxp/v1/pubmed/?format=csl&id=${pmid.value}`,
    what: `PMID ${pmid.value}`,
  };
}

/** Looks one identifier up online; see the module comment for when it may. */
export async function lookupCitation(
  request: LookupRequest,
  options: LookupOptions = {},
): Promise<CitationPreviewEntry> {
  const { url, what } = target(request);
  if (request.allowNetwork !== true) {
    throw new EngineError(
      'network-disabled',
      `Looking up ${what} online is off. Allow online lookup to use it, or enter the details by hand.`,
    );
  }
  const fetchImpl = options.fetch ?? (globalThis.fetch as FetchLike);
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchImpl(url, {
      headers: { Accept: 'application/vnd.citationstyles.csl+json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new EngineError('offline', `Cannot look up ${what}: no connection (${cause}).`);
  }
  if (response.status === 404) throw new EngineError('not-found', `${what} was not found.`);
  if (!response.ok) {
    throw new EngineError(
      'offline',
      `Cannot look up ${what}: the service answered ${response.status}.`,
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new EngineError('not-found', `The service gave no citation data for ${what}.`);
  }
  const checked = checkCslItem(firstOfLists(Array.isArray(body) ? body[0] : body));
  if (typeof checked === 'string') {
    throw new EngineError('not-found', `The metadata found for ${what} is unusable: ${checked}.`);
  }
  return { csl: checked, label: citationShortLabel(checked) };
}
