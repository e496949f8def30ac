/**
 * Patterns for likely patient identifiers in free text. Each matcher finds candidate spans and
 * checks them (checksums, digit counts, context) so that years, doses, percentages, times and
 * counts stay quiet: a warning nobody trusts is a warning nobody reads.
 */

export type IdentifierKind =
  | 'email'
  | 'national-id'
  | 'medical-record-number'
  | 'date-of-birth'
  | 'phone-number'
  | 'postal-address'
  | 'postcode'
  | 'named-person';

export interface IdentifierMatch {
  kind: IdentifierKind;
  /** Offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  text: string;
  message: string;
}

type Matcher = (text: string) => IdentifierMatch[];

function matchAll(
  text: string,
  pattern: RegExp,
  accept: (match: RegExpExecArray) => { start: number; end: number; message: string } | null,
  kind: IdentifierKind,
): IdentifierMatch[] {
  const found: IdentifierMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    const verdict = accept(match);
    if (verdict === null) continue;
    found.push({ kind, ...verdict, text: text.slice(verdict.start, verdict.end) });
  }
  return found;
}

/** The span of capture group 1 (the `d` flag gives its indices). */
function groupSpan(match: RegExpExecArray, group = 1): { start: number; end: number } | null {
  const span = match.indices?.[group];
  return span === undefined ? null : { start: span[0], end: span[1] };
}

const digitsOf = (value: string): string => value.replace(/\D/g, '');

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

const findEmails: Matcher = (text) =>
  matchAll(
    text,
    EMAIL,
    (m) => ({ start: m.index, end: m.index + m[0].length, message: 'an e-mail address' }),
    'email',
  );

/** UK NHS number: 10 digits, modulus 11 check digit. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

/** US SSN areas 000, 666 and 900-999, group 00 and serial 0000 are never issued. */
export function isPlausibleSsn(digits: string): boolean {
  const match = /^(\d{3})(\d{2})(\d{4})$/.exec(digits);
  if (!match) return false;
  const [, area = '', group = '', serial = ''] = match;
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

const SSN = /(?<![\w-])(\d{3})-(\d{2})-(\d{4})(?![\w-])/g;
const SSN_LABELLED =
  /\b(?:SSN|social\s+security(?:\s+(?:number|no\.?|#))?)\s*[:#-]?\s*(\d{9})\b/dgi;
const NHS = /(?<![\w-])(\d{3}[ -]?\d{3}[ -]?\d{4})(?![\w-])/g;
/** UK National Insurance number; the prefixes BG, GB, KN, NK, NT, TN and ZZ are never issued. */
const NINO =
  /\b((?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D])\b/g;

const findNationalIds: Matcher = (text) => [
  ...matchAll(
    text,
    SSN,
    (m) =>
      isPlausibleSsn(digitsOf(m[0]))
        ? { start: m.index, end: m.index + m[0].length, message: 'a US Social Security number' }
        : null,
    'national-id',
  ),
  ...matchAll(
    text,
    SSN_LABELLED,
    (m) => {
      const span = groupSpan(m);
      return span && isPlausibleSsn(m[1] ?? '')
        ? { ...span, message: 'a US Social Security number' }
        : null;
    },
    'national-id',
  ),
  ...matchAll(
    text,
    NHS,
    (m) =>
      isValidNhsNumber(digitsOf(m[0]))
        ? { start: m.index, end: m.index + m[0].length, message: 'an NHS number' }
        : null,
    'national-id',
  ),
  ...matchAll(
    text,
    NINO,
    (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: 'a UK National Insurance number',
    }),
    'national-id',
  ),
];

/** A record number needs its label: 6-10 digits alone are too often counts or codes. */
const MRN =
  /\b(?:MRN|M\.R\.N\.?|UR|URN|(?:medical\s+|health\s+|hospital\s+)?records?|chart|hospital|patient|unit|case)\s*(?:no\.?|number|num\.?|#|id)?\s*[:#.-]?\s*([A-Z]{0,3}\d{6,10})\b/dgi;

const findRecordNumbers: Matcher = (text) =>
  matchAll(
    text,
    MRN,
    (m) => {
      const span = groupSpan(m);
      // "Hospital 2020123" style years-with-suffix are rare; a label plus 6-10 digits is not.
      return span ? { ...span, message: 'a medical record number' } : null;
    },
    'medical-record-number',
  );

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = [
  '\\d{4}-\\d{1,2}-\\d{1,2}',
  '\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})',
  `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}`,
  `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
].join('|');
const DOB = new RegExp(
  `\\b(?:DOB|D\\.O\\.B\\.?|date\\s+of\\s+birth|birth\\s*date|born(?:\\s+on)?|b\\.)\\s*[:-]?\\s*(${DATE})(?![\\w/])`,
  'gid',
);

const findBirthDates: Matcher = (text) =>
  matchAll(
    text,
    DOB,
    (m) => {
      const span = groupSpan(m);
      return span ? { ...span, message: 'a date of birth' } : null;
    },
    'date-of-birth',
  );

/**
 * Digit runs with phone-style separators. A candidate counts when it has 10-15 digits and is
 * not a thousands-grouped number ("1 000 000 000"), so years, ranges and doses stay out.
 */
const PHONE =
  /(?<![\w+.,/-])(\+\d{1,3}[ .-]?)?(\(\d{1,5}\)[ .-]?)?\d{1,12}(?:[ .-]\d{1,6}){0,5}(?![\w/%]|[.,]\d)/g;

function looksLikePhone(candidate: string): boolean {
  const digits = digitsOf(candidate);
  if (digits.length < 10 || digits.length > 15) return false;
  const international = candidate.startsWith('+');
  const groups = candidate
    .replace(/^\+\d{1,3}[ .-]?/, '')
    .split(/[ .()-]+/)
    .filter(Boolean);
  const [first = '', ...rest] = groups;
  const thousands = first.length <= 3 && rest.length > 0 && rest.every((g) => g.length === 3);
  if (thousands && !international && !first.startsWith('0')) return false;
  if (groups.every((g) => /^(?:19|20)\d\d$/.test(g))) return false;
  // ISBN-13 (978/979 prefix) in a citation note.
  if (digits.length === 13 && /^97[89]/.test(digits)) return false;
  // One unbroken run needs a trunk prefix or country code to read as a number to dial.
  if (groups.length === 1 && !international && !/^0|^1\d{10}$/.test(first)) return false;
  return true;
}

const findPhones: Matcher = (text) =>
  matchAll(
    text,
    PHONE,
    (m) =>
      looksLikePhone(m[0])
        ? { start: m.index, end: m.index + m[0].length, message: 'a phone number' }
        : null,
    'phone-number',
  );

const STREET_WORDS =
  'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Close|Way|Place|Pl|Crescent|Terrace|Gardens|Square|Sq|Highway|Hwy|Parkway|Pkwy|Row|Walk|Mews|Grove|Hill';
/** "221B Baker Street": a house number, one to three capitalised words, a street word. */
const ADDRESS = new RegExp(
  `\\b\\d{1,5}[A-Za-z]?,?\\s+(?:[A-Z][a-z'’]+\\.?\\s+){1,3}(?:${STREET_WORDS})\\b\\.?(?!\\s+[A-Z][a-z])`,
  'g',
);
const UK_POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})\b/g;
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
/** A ZIP code only next to a state ("Boston, MA 02115"): five digits alone are too common. */
const US_ZIP = new RegExp(`\\b(?:${US_STATES}),?\\s+(\\d{5}(?:-\\d{4})?)\\b`, 'gd');

const findAddresses: Matcher = (text) => [
  ...matchAll(
    text,
    ADDRESS,
    (m) => ({ start: m.index, end: m.index + m[0].length, message: 'a street address' }),
    'postal-address',
  ),
  ...matchAll(
    text,
    UK_POSTCODE,
    (m) => ({ start: m.index, end: m.index + m[0].length, message: 'a UK postcode' }),
    'postcode',
  ),
  ...matchAll(
    text,
    US_ZIP,
    (m) => {
      const span = groupSpan(m);
      return span ? { ...span, message: 'a US ZIP code' } : null;
    },
    'postcode',
  ),
];

/** Capitalised words after "patient" that are headline case, not a name. */
const NOT_NAMES = new Set(
  'Safety Care Information Info Education Experience Experiences Portal Leaflet Leaflets Group Groups Services Service Advice Guide Guides Story Stories Voice Voices Journey Journeys Support Rights Records Record Outcomes Outcome Reported Centred Centered Centric Engagement Feedback Satisfaction Pathway Pathways Recovery Tips Access Privacy Consent Data Flow Transport Notes Note Zero One Two Three First Last Number Id ID'.split(
    ' ',
  ),
);
const NAMED =
  /\b(?:([Pp]atient)\s+|(Mr|Mrs|Ms|Miss|Mx)\.?\s+)([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)/g;
/** Words that follow a title in ordinary sentences ("Don't Miss Out"). */
const FUNCTION_WORDS = new Set(
  'The This That These Those It Its Out A An Your Our Their Any Every All Each No Not'.split(' '),
);

const findNamedPeople: Matcher = (text) =>
  matchAll(
    text,
    NAMED,
    (m) => {
      const name = m[3] ?? '';
      const firstWord = name.split(/\s+/)[0] ?? '';
      if (FUNCTION_WORDS.has(firstWord)) return null;
      if (m[1] !== undefined && NOT_NAMES.has(firstWord)) return null;
      const title = m[1] ?? m[2] ?? '';
      return {
        start: m.index,
        end: m.index + m[0].length,
        message: `"${title}" followed by a name`,
      };
    },
    'named-person',
  );

/** In priority order: where spans overlap, the earlier matcher's finding wins. */
const MATCHERS: readonly Matcher[] = [
  findEmails,
  findNationalIds,
  findRecordNumbers,
  findBirthDates,
  findPhones,
  findAddresses,
  findNamedPeople,
];

/** Every likely identifier in `text`, in text order, without overlapping spans. */
export function findIdentifierMatches(text: string): IdentifierMatch[] {
  const kept: IdentifierMatch[] = [];
  for (const matcher of MATCHERS) {
    for (const match of matcher(text)) {
      const overlaps = kept.some((k) => match.start < k.end && k.start < match.end);
      if (!overlaps) kept.push(match);
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
