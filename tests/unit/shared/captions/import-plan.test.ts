import { describe, expect, it } from 'vitest';
import { planCaptionImport } from '../../../../shared/captions';
import { History } from '../../../../shared/commands';
import { emptyDoc } from '../fixtures';

const cues = [
  { start: 0, end: 1000, text: 'one' },
  { start: 1000, end: 2000, text: 'x'.repeat(1001) },
  { start: 2000, end: 3000, text: 'three' },
];

function counter(): () => string {
  let n = 0;
  return () => `cue_new${(n += 1)}`;
}

describe('planCaptionImport', () => {
  it('appends one caption.add per cue the model can hold and lists the rest', () => {
    const plan = planCaptionImport([{ id: 'cue_old' }], cues, 'append', counter());
    expect(plan.invocations).toEqual([
      { name: 'caption.add', args: { id: 'cue_new1', start: 0, end: 1000, text: 'one' } },
      { name: 'caption.add', args: { id: 'cue_new2', start: 2000, end: 3000, text: 'three' } },
    ]);
    expect(plan).toMatchObject({ added: 2, removed: 0 });
    expect(plan.problems).toEqual([
      { index: 2, reason: expect.stringMatching(/^cue at 00:00:01,000: /) },
    ]);
  });

  it('replace removes every existing caption first, and nothing when no cue fits', () => {
    const existing = [{ id: 'cue_a' }, { id: 'cue_b' }];
    const plan = planCaptionImport(existing, cues, 'replace', counter());
    expect(plan.invocations.map((inv) => inv.name)).toEqual([
      'caption.remove',
      'caption.remove',
      'caption.add',
      'caption.add',
    ]);
    expect(plan.removed).toBe(2);
    const none = planCaptionImport(existing, [cues[1]!], 'replace', counter());
    expect(none).toMatchObject({ invocations: [], added: 0, removed: 0 });
  });

  it('is one undo step that restores the previous captions in their order', () => {
    const base = emptyDoc();
    let history = History.empty();
    const first = history.apply(
      base,
      planCaptionImport([], cues, 'append', counter()).invocations,
      'first',
    );
    history = first.history;
    const before = first.doc.tracks.captions;
    const ids = ['cue_r1', 'cue_r2'];
    const replace = planCaptionImport(before, [cues[2]!, cues[0]!], 'replace', () => ids.shift()!);
    const replaced = history.apply(first.doc, replace.invocations, 'Import captions');
    expect(replaced.doc.tracks.captions.map((cue) => cue.text)).toEqual(['three', 'one']);
    expect(replaced.history.undoStack).toHaveLength(2);
    const undone = replaced.history.undo(replaced.doc);
    expect(undone.doc.tracks.captions).toEqual(before);
  });
});
