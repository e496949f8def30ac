import { describe, expect, it } from 'vitest';
import {
  findIdentifierMatches,
  isPlausibleSsn,
  isValidNhsNumber,
  type IdentifierKind,
} from '../../../../shared/privacy/identifier-patterns';

/** [text, kind, the exact span expected to be flagged] */
const POSITIVES: [string, IdentifierKind, string][] = [
  ['MRN: 12345678', 'medical-record-number', '12345678'],
  ['mrn 0045123', 'medical-record-number', '0045123'],
  ['M.R.N. 987654', 'medical-record-number', '987654'],
  ['Medical record number 4412398', 'medical-record-number', '4412398'],
  ['Chart #A1234567 reviewed', 'medical-record-number', 'A1234567'],
  ['hospital no. 7654321', 'medical-record-number', '7654321'],
  ['Patient ID: 20231187', 'medical-record-number', '20231187'],
  ['DOB: 12/03/1985', 'date-of-birth', '12/03/1985'],
  ['D.O.B. 1985-03-12', 'date-of-birth', '1985-03-12'],
  ['date of birth 3 March 1962', 'date-of-birth', '3 March 1962'],
  ['born on March 3rd, 1962', 'date-of-birth', 'March 3rd, 1962'],
  ['Born 07.11.49 in Leeds', 'date-of-birth', '07.11.49'],
  ['Call 020 7946 0958 to book', 'phone-number', '020 7946 0958'],
  ['mobile 07700 900123', 'phone-number', '07700 900123'],
  ['ring 07700900123', 'phone-number', '07700900123'],
  ['(555) 123-4567', 'phone-number', '(555) 123-4567'],
  ['555-123-4567', 'phone-number', '555-123-4567'],
  ['+44 20 7946 0958', 'phone-number', '+44 20 7946 0958'],
  ['+1 415.555.2671', 'phone-number', '+1 415.555.2671'],
  ['write to jane.doe@example.org today', 'email', 'jane.doe@example.org'],
  ['j_smith+ward4@nhs.net', 'email', 'j_smith+ward4@nhs.net'],
  ['lives at 221B Baker Street', 'postal-address', '221B Baker Street'],
  ['42 Wallaby Way, Sydney', 'postal-address', '42 Wallaby Way'],
  ['1600 Pennsylvania Ave.', 'postal-address', '1600 Pennsylvania Ave.'],
  ['London SW1A 1AA', 'postcode', 'SW1A 1AA'],
  ['Leeds LS1 4AP', 'postcode', 'LS1 4AP'],
  ['Boston, MA 02115', 'postcode', '02115'],
  ['Austin TX 78701-1234', 'postcode', '78701-1234'],
  ['SSN 123-45-6789', 'national-id', '123-45-6789'],
  ['social security number: 123456789', 'national-id', '123456789'],
  ['NHS 943 476 5919', 'national-id', '943 476 5919'],
  ['NHS no 9434765919', 'national-id', '9434765919'],
  ['NI number QQ123456C is the example; AB 12 34 56 C', 'national-id', 'AB 12 34 56 C'],
  ['Mr Smith came in', 'named-person', 'Mr Smith'],
  ['Mrs. Jones and', 'named-person', 'Mrs. Jones'],
  ['Ms Alice Okafor', 'named-person', 'Ms Alice Okafor'],
  ['our patient Sarah had', 'named-person', 'patient Sarah'],
  ['Patient John Doe, 54', 'named-person', 'Patient John Doe'],
  ['Miss Patel', 'named-person', 'Miss Patel'],
];

const NEGATIVES: string[] = [
  'In 2019 the trial enrolled 1,200 adults',
  'between 2015 and 2021',
  '2019-2021 cohort',
  'Take 500 mg twice daily',
  'Give 0.5 mg/kg every 8 hours',
  'Risk falls by 35% (95% CI 20-48%)',
  'Appointments at 10:30 or 14:45',
  'from 09:00-17:00',
  'Over 1 000 000 000 doses given',
  'About 350 000 people a year',
  'BP 120/80 mmHg, pulse 72',
  'HbA1c below 48 mmol/mol',
  'Patient Safety comes first',
  'Patient Information Leaflet',
  'How Patient Recovery Works',
  'MS affects the nerves',
  'Book an MRI scan',
  "Don't Miss Out on screening",
  'Step 3 Close the wound',
  'Dr Patel explains',
  'Knee ligaments explained (demo)',
  'See PMID 33301246 and doi 10.1056/NEJMoa2034577',
  'Published 2021-03-04',
  'COVID-19 vaccines',
  'Stage 2 of 4',
  'Keep it at 37.5 °C',
  '10000 steps a day',
  'SSN 000-12-3456 is never issued',
  'ISBN 978-3-16-148410-0',
  'Ages 18-25, 26-35 and 36-50',
  'Knee explainer - TikTok.mp4',
  'Record 3 of 10',
  'The patient recovered',
  'patients over 65 years',
];

describe('findIdentifierMatches', () => {
  it.each(POSITIVES)('flags %j as %s', (text, kind, span) => {
    const matches = findIdentifierMatches(text);
    expect(matches.map((m) => [m.kind, m.text])).toContainEqual([kind, span]);
    const match = matches.find((m) => m.text === span)!;
    expect(text.slice(match.start, match.end)).toBe(span);
    expect(match.message.length).toBeGreaterThan(3);
  });

  it.each(NEGATIVES)('leaves %j alone', (text) => {
    expect(findIdentifierMatches(text)).toEqual([]);
  });

  it('reports several identifiers in one text, in order and without overlaps', () => {
    const text = 'Mr Smith, DOB 01/02/1960, MRN 1234567, tel 07700 900123';
    const matches = findIdentifierMatches(text);
    expect(matches.map((m) => m.kind)).toEqual([
      'named-person',
      'date-of-birth',
      'medical-record-number',
      'phone-number',
    ]);
  });

  it('a valid NHS number is a national id; a failed checksum still reads as a phone number', () => {
    expect(findIdentifierMatches('943-476-5919').map((m) => m.kind)).toEqual(['national-id']);
    expect(findIdentifierMatches('943 476 5918').map((m) => m.kind)).toEqual(['phone-number']);
  });
});

describe('checksums', () => {
  it('NHS numbers use modulus 11', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
  });

  it('SSNs exclude never-issued areas, groups and serials', () => {
    expect(isPlausibleSsn('123456789')).toBe(true);
    expect(isPlausibleSsn('666123456')).toBe(false);
    expect(isPlausibleSsn('923456789')).toBe(false);
    expect(isPlausibleSsn('123006789')).toBe(false);
    expect(isPlausibleSsn('123450000')).toBe(false);
  });
});
