import { EngineError } from '../errors';
import { parseAs } from './citation-js';
import type { RawEntry } from './entries';

/** "Unexpected token } in JSON at position 12" and similar, with the parser's own wording. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new EngineError('invalid-json', `The CSL-JSON is not valid JSON: ${message}`);
  }
}

function keyOf(item: object): string | undefined {
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** A CSL-JSON item or list: each item is normalised by citation-js (names, dates) on its own. */
export function readCslJson(text: string): RawEntry[] {
  const data = parseJson(text);
  const items: unknown[] = Array.isArray(data) ? data : [data];
  return items.map((item, i): RawEntry => {
    const entry = i + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return { entry, reason: 'not a CSL-JSON object' };
    }
    const key = keyOf(item);
    const where = key === undefined ? { entry } : { entry, key };
    try {
      const [csl] = parseAs([item], '@csl/list+object') as unknown[];
      return { ...where, csl };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ...where, reason: `cannot be read: ${message}` };
    }
  });
}
