import { describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../../../shared/model';
import { findIdentifiers } from '../../../../shared/privacy/identifiers';
import { sampleDoc, textOverlay } from '../fixtures';

function docWithText(): ProjectDocument {
  const doc = sampleDoc();
  const styleId = doc.captionStyles[0]!.id;
  doc.tracks.captions.push(
    { id: 'cue_1', start: 0, end: 2000, text: 'Take 500 mg twice a day', styleId, citationIds: [] },
    {
      id: 'cue_2',
      start: 2000,
      end: 4000,
      text: 'Mrs Jones was seen on the ward',
      styleId,
      citationIds: [],
      speaker: 'Patient Ann Lee',
    },
  );
  doc.tracks.overlays.push(
    { ...textOverlay('ovl_text'), text: 'Call 020 7946 0958' },
    { ...textOverlay('ovl_safe'), text: '35% fewer falls in 2024' },
  );
  doc.citations.push(
    { id: 'cit_1', csl: { type: 'article-journal' }, note: 'Case from MRN 00451234, ask Dr Lee' },
    { id: 'cit_2', csl: { type: 'article-journal' }, note: 'Table 2, n = 1,200' },
  );
  return doc;
}

describe('findIdentifiers', () => {
  it('finds identifiers in captions, speakers, overlays, citation notes and the file name', () => {
    const findings = findIdentifiers(docWithText(), {
      outputFileName: '/exports/Mr_Smith_DOB_01-02-1960.mp4',
    });
    expect(findings.map((f) => [f.where, f.kind, f.text])).toEqual([
      [{ type: 'caption', id: 'cue_2', number: 2, field: 'text' }, 'named-person', 'Mrs Jones'],
      [
        { type: 'caption', id: 'cue_2', number: 2, field: 'speaker' },
        'named-person',
        'Patient Ann Lee',
      ],
      [{ type: 'overlay', id: 'ovl_text' }, 'phone-number', '020 7946 0958'],
      [{ type: 'citation-note', id: 'cit_1' }, 'medical-record-number', '00451234'],
      [{ type: 'file-name', id: 'Mr_Smith_DOB_01-02-1960.mp4' }, 'named-person', 'Mr Smith'],
      [{ type: 'file-name', id: 'Mr_Smith_DOB_01-02-1960.mp4' }, 'date-of-birth', '01-02-1960'],
    ]);
  });

  it('says what was found and where, with offsets into the field', () => {
    const [first] = findIdentifiers(docWithText());
    expect(first?.message).toBe(
      'Possible patient identifier in caption 2 (cue_2): "Mrs Jones" looks like "Mrs" followed by a name.',
    );
    expect('Mrs Jones was seen on the ward'.slice(first!.start, first!.end)).toBe('Mrs Jones');
  });

  it('a clean project and file name give no findings', () => {
    const doc = sampleDoc();
    doc.tracks.overlays.push({ ...textOverlay('ovl'), text: 'Knee ligaments: 4 to know' });
    expect(findIdentifiers(doc, { outputFileName: 'Knee explainer - TikTok.mp4' })).toEqual([]);
  });
});
