import type { IdentifierKind, IdentifierPlace } from '../../../shared/privacy/identifiers';
import type { ProjectDocument } from '../../../shared/model';

const KIND_LABELS: Record<IdentifierKind, string> = {
  email: 'an e-mail address',
  'national-id': 'a national ID number',
  'medical-record-number': 'a medical record number',
  'date-of-birth': 'a date of birth',
  'phone-number': 'a phone number',
  'postal-address': 'a postal address',
  postcode: 'a postcode',
  'named-person': 'a person’s name',
};

/** What the finding looks like, with its article: "a phone number". */
export function identifierKindLabel(kind: IdentifierKind): string {
  return KIND_LABELS[kind];
}

/**
 * Where a finding is, in the words the editor uses: captions by their number in play order
 * ("Caption 3"), overlays and citations by their text or label.
 */
export function describeIdentifierPlace(doc: ProjectDocument, where: IdentifierPlace): string {
  switch (where.type) {
    case 'caption': {
      const ordered = [...doc.tracks.captions].sort((a, b) => a.start - b.start);
      const number = ordered.findIndex((cue) => cue.id === where.id) + 1;
      const name = number > 0 ? `Caption ${number}` : 'A caption';
      return where.field === 'speaker' ? `${name} (speaker)` : name;
    }
    case 'overlay':
      return 'Text overlay';
    case 'citation-note': {
      const title = doc.citations.find((c) => c.id === where.id)?.csl.title;
      return title !== undefined ? `Note of source “${title}”` : 'Note of a source';
    }
    case 'file-name':
      return 'Output file name';
  }
}
