import { describe, expect, it } from 'vitest';
import { applyCommand, batchInvocation, invocation } from '../../../../../shared/commands';
import { chipIdFor } from '../../../../../shared/commands/citation-chips';
import {
  importInvocations,
  linkInvocations,
  removeInvocations,
  unlinkInvocations,
} from '../../../../../renderer/panels/citations/citation-links';
import { applyAll, emptyDoc } from '../../../shared/fixtures';

const csl = { type: 'article-journal', title: 'Statins', author: [{ family: 'Smith' }] };

function doc() {
  return applyAll(emptyDoc(), [
    invocation('citation.add', { id: 'cit_1', csl }),
    invocation('caption.add', {
      id: 'cue_1',
      start: 0,
      end: 3000,
      text: 'Cuts risk by 30%',
      citationIds: [],
    }),
  ]);
}

const apply = (d: ReturnType<typeof doc>, list: ReturnType<typeof linkInvocations>) =>
  applyCommand(d, batchInvocation(list));

describe('citation panel edits', () => {
  it('links a cue and places its chip in one step that undoes as one', () => {
    const before = doc();
    const linked = apply(before, linkInvocations('cue_1', 'cit_1'));
    expect(linked.doc.tracks.captions[0]?.citationIds).toEqual(['cit_1']);
    expect(linked.doc.tracks.overlays.map((o) => o.id)).toEqual([chipIdFor('cue_1', 'cit_1')]);
    expect(applyCommand(linked.doc, linked.inverse).doc).toStrictEqual(before);
  });

  it('unlinking removes the placed chip too', () => {
    const linked = apply(doc(), linkInvocations('cue_1', 'cit_1')).doc;
    const unlinked = apply(linked, unlinkInvocations(linked, 'cue_1', 'cit_1')).doc;
    expect(unlinked.tracks.captions[0]?.citationIds).toEqual([]);
    expect(unlinked.tracks.overlays).toEqual([]);
  });

  it('removes a cited source with its links and chips in one step', () => {
    const linked = apply(doc(), linkInvocations('cue_1', 'cit_1')).doc;
    const removed = apply(linked, removeInvocations(linked, 'cit_1'));
    expect(removed.doc.citations).toEqual([]);
    expect(removed.doc.tracks.overlays).toEqual([]);
    expect(applyCommand(removed.doc, removed.inverse).doc).toStrictEqual(linked);
  });

  it('adds every previewed entry with a fresh id', () => {
    let n = 0;
    const list = importInvocations(
      [
        { csl, label: 'Smith' },
        { csl: { ...csl, title: 'Other' }, label: 'Smith' },
      ],
      () => `cit_new${(n += 1)}`,
    );
    const added = apply(emptyDoc(), list).doc;
    expect(added.citations.map((c) => [c.id, c.csl.title])).toEqual([
      ['cit_new1', 'Statins'],
      ['cit_new2', 'Other'],
    ]);
  });
});
