import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import { canonicalJson, reviewFingerprint } from '../../../../shared/review/fingerprint';
import { sampleDoc } from '../fixtures';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });

  it('gives the same text whatever order the fields were set in', () => {
    expect(canonicalJson({ x: 'é"', y: null })).toBe(canonicalJson({ y: null, x: 'é"' }));
  });
});

describe('reviewFingerprint', () => {
  it('has the documented shape', () => {
    expect(reviewFingerprint(sampleDoc())).toMatch(/^v1:\d+:[0-9a-f]{16}$/);
  });

  it('is stable across a JSON round trip (a snapshot read back from disk)', () => {
    const doc = sampleDoc();
    expect(reviewFingerprint(JSON.parse(JSON.stringify(doc)))).toBe(reviewFingerprint(doc));
  });

  it('ignores the medical review record itself', () => {
    const doc = sampleDoc();
    const reviewed = {
      ...doc,
      medicalReview: { reviewer: 'Dr A', role: 'GP', date: '2025-03-01', notes: '' },
    };
    expect(reviewFingerprint(reviewed)).toBe(reviewFingerprint(doc));
  });

  it('changes with any edit: a rename, a nudge, a caption, a colour', () => {
    const doc = sampleDoc();
    const edits = [
      invocation('project.rename', { name: 'Renamed' }),
      invocation('clip.move', { id: 'clip_2', start: 4100 }),
      invocation('caption.add', { id: 'cue_1', start: 0, end: 900, text: 'Hi' }),
      invocation('project.setFormat', { background: '#111111' }),
    ];
    const prints = new Set([reviewFingerprint(doc)]);
    for (const edit of edits) prints.add(reviewFingerprint(applyCommand(doc, edit).doc));
    expect(prints.size).toBe(edits.length + 1);
  });
});
