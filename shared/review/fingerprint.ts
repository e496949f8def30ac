import type { ProjectDocument } from '../model/document';
import { hashString } from '../scene/hash';

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key];
  return sorted;
}

/**
 * JSON with object keys sorted, so the same content gives the same text however it was built
 * (a command spreading fields, a snapshot read back from disk). Fields set to `undefined` are
 * left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortedKeys) ?? 'null';
}

// Documents are immutable and share unchanged parts between versions: each part is hashed once,
// so after an edit only the changed parts (a caption list, not the face tracks) are read again.
const partDigests = new WeakMap<object, string>();
const fingerprints = new WeakMap<ProjectDocument, string>();

function digest(value: unknown): string {
  const cacheable = value !== null && typeof value === 'object';
  const known = cacheable ? partDigests.get(value) : undefined;
  if (known !== undefined) return known;
  const text = canonicalJson(value);
  const made = `${text.length}.${hashString(text)}`;
  if (cacheable) partDigests.set(value, made);
  return made;
}

/** The parts digested separately: the document's fields, and the tracks and privacy ones. */
function partsOf(doc: ProjectDocument): [string, unknown][] {
  const parts: [string, unknown][] = [];
  for (const key of Object.keys(doc).sort()) {
    if (key === 'medicalReview') continue;
    const value = (doc as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if ((key === 'tracks' || key === 'privacy') && value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const sub of Object.keys(record).sort()) {
        if (record[sub] !== undefined) parts.push([`${key}.${sub}`, record[sub]]);
      }
    } else {
      parts.push([key, value]);
    }
  }
  return parts;
}

/**
 * A stable fingerprint of everything in the document except the medical review itself: any
 * edit (a caption's word, an overlay's keyframe, a citation, the format) changes it, and undoing
 * the edit gives it back. Detects change; it is not a signature (the file can be edited).
 */
export function reviewFingerprint(doc: ProjectDocument): string {
  const known = fingerprints.get(doc);
  if (known !== undefined) return known;
  const combined = partsOf(doc)
    .map(([name, value]) => `${name}=${digest(value)}`)
    .join(';');
  const fingerprint = `v1:${combined.length}:${hashString(combined)}`;
  fingerprints.set(doc, fingerprint);
  return fingerprint;
}
