import type { ProjectDocument } from '../model';
import {
  findIdentifierMatches,
  type IdentifierKind,
  type IdentifierMatch,
} from './identifier-patterns';

/**
 * Scans everything a viewer reads (captions and their speaker names, text and callout overlays),
 * the editor's citation notes (they go into the description) and the output file name for
 * likely patient identifiers. Findings are warnings: the editor decides.
 */

export type { IdentifierKind, IdentifierMatch };
export { findIdentifierMatches, isPlausibleSsn, isValidNhsNumber } from './identifier-patterns';

export type IdentifierPlace =
  /** `number` counts cues from 1 in timeline order, as the captions panel lists them. */
  | { type: 'caption'; id: string; number: number; field: 'text' | 'speaker' }
  | { type: 'overlay'; id: string }
  | { type: 'citation-note'; id: string }
  | { type: 'file-name'; id: string };

export interface IdentifierFinding {
  kind: IdentifierKind;
  where: IdentifierPlace;
  /** The matched text and its offsets in the field it was found in (end exclusive). */
  text: string;
  start: number;
  end: number;
  /** One sentence naming what was found and where. */
  message: string;
}

export interface IdentifierScanOptions {
  /** The file being written (a path or a bare name); only its last segment is scanned. */
  outputFileName?: string;
}

function describePlace(where: IdentifierPlace): string {
  switch (where.type) {
    case 'caption':
      return `caption ${where.number} (${where.id}${where.field === 'speaker' ? ', speaker' : ''})`;
    case 'overlay':
      return `overlay ${where.id}`;
    case 'citation-note':
      return `the note of citation ${where.id}`;
    case 'file-name':
      return `the file name ${where.id}`;
  }
}

function findingsIn(text: string, where: IdentifierPlace): IdentifierFinding[] {
  return findIdentifierMatches(text).map((match) => ({
    kind: match.kind,
    where,
    text: match.text,
    start: match.start,
    end: match.end,
    message: `Possible patient identifier in ${describePlace(where)}: "${match.text}" looks like ${match.message}.`,
  }));
}

/** The last path segment, with "_" read as a space so "Mr_Smith" splits into words. */
function fileNameText(fileName: string): { name: string; text: string } {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return { name, text: name.replace(/_/g, ' ') };
}

/** Every finding, in document order: captions, overlays, citation notes, then the file name. */
export function findIdentifiers(
  doc: ProjectDocument,
  options: IdentifierScanOptions = {},
): IdentifierFinding[] {
  const findings: IdentifierFinding[] = [];
  for (const [index, cue] of doc.tracks.captions.entries()) {
    const place = { type: 'caption', id: cue.id, number: index + 1 } as const;
    findings.push(...findingsIn(cue.text, { ...place, field: 'text' }));
    if (cue.speaker !== undefined) {
      findings.push(...findingsIn(cue.speaker, { ...place, field: 'speaker' }));
    }
  }
  for (const overlay of doc.tracks.overlays) {
    if (overlay.kind === 'text' || overlay.kind === 'callout') {
      findings.push(...findingsIn(overlay.text, { type: 'overlay', id: overlay.id }));
    }
  }
  for (const citation of doc.citations) {
    if (citation.note !== undefined) {
      findings.push(...findingsIn(citation.note, { type: 'citation-note', id: citation.id }));
    }
  }
  if (options.outputFileName !== undefined && options.outputFileName !== '') {
    const { name, text } = fileNameText(options.outputFileName);
    findings.push(...findingsIn(text, { type: 'file-name', id: name }));
  }
  return findings;
}
