import type { ProjectDocument, Tracks } from '../model/document';
import { preconditionFailed } from './errors';

/** Immutable array and document updates shared by the commands. */

export function indexOfId(items: readonly { id: string }[], id: string): number {
  return items.findIndex((item) => item.id === id);
}

/** The item with `id` and its index, or a precondition error naming what was looked for. */
export function requireEntry<T extends { id: string }>(
  items: readonly T[],
  id: string,
  what: string,
): { index: number; item: T } {
  const index = indexOfId(items, id);
  const item = items[index];
  if (item === undefined) preconditionFailed(`${what} "${id}" does not exist`);
  return { index, item };
}

export function requireIdFree(items: readonly { id: string }[], id: string, what: string): void {
  if (indexOfId(items, id) >= 0) preconditionFailed(`${what} "${id}" already exists`);
}

/** Inserts at `index` (clamped to the array), or appends when `index` is undefined. */
export function insertAt<T>(items: readonly T[], index: number | undefined, item: T): T[] {
  const at = index === undefined ? items.length : Math.min(index, items.length);
  return [...items.slice(0, at), item, ...items.slice(at)];
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, at) => (at === index ? item : existing));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, at) => at !== index);
}

export function withTracks(doc: ProjectDocument, tracks: Partial<Tracks>): ProjectDocument {
  return { ...doc, tracks: { ...doc.tracks, ...tracks } };
}

/** Drops keys whose value is undefined, so stored objects never hold `key: undefined`. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** Copies `patch` onto `base`; a `null` in the patch deletes that key. */
export function applyPatch<T extends object>(base: T, patch: Readonly<Record<string, unknown>>): T {
  const result = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else if (value !== undefined) result[key] = value;
  }
  return result as T;
}

/** The patch that undoes `patch` on `base`: old values, or `null` where a key was absent. */
export function inversePatch(
  base: object,
  patch: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const old = base as Record<string, unknown>;
  const inverse: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) {
    if (patch[key] === undefined) continue;
    inverse[key] = Object.hasOwn(old, key) && old[key] !== undefined ? old[key] : null;
  }
  return inverse;
}
