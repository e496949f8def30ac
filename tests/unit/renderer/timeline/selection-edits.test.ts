import { describe, expect, it } from 'vitest';
import { applyTransaction } from '../../../../shared/commands';
import {
  deleteInvocations,
  duplicateInvocation,
  everyItem,
  rippleDeleteInvocations,
  splitInvocation,
  splitTargets,
  stepLabel,
} from '../../../../renderer/timeline/selection-edits';
import { timelineDocument } from './timeline-fixtures';

const counter = () => {
  let n = 0;
  return (kind: string) => `${kind}_new${(n += 1)}`;
};

describe('split targets', () => {
  const doc = timelineDocument();

  it('splits the selected items under the playhead', () => {
    const selection = [
      { kind: 'caption', id: 'cue_2' },
      { kind: 'overlay', id: 'ovl_ring' },
      { kind: 'caption', id: 'cue_1' },
    ] as const;
    expect(splitTargets(doc, selection, 3000)).toEqual([
      { kind: 'caption', id: 'cue_2' },
      { kind: 'overlay', id: 'ovl_ring' },
    ]);
  });

  it('splits the video clip under the playhead when nothing selected is under it', () => {
    expect(splitTargets(doc, [], 1000)).toEqual([{ kind: 'clip', id: 'clip_a' }]);
    expect(splitTargets(doc, [{ kind: 'caption', id: 'cue_1' }], 4500)).toEqual([
      { kind: 'clip', id: 'clip_b' },
    ]);
    // On a cut there is nothing to split.
    expect(splitTargets(doc, [], 4000)).toEqual([]);
    expect(splitInvocation(doc, [], 4000, counter())).toBeNull();
  });

  it('makes one split command with a new id per piece', () => {
    const split = splitInvocation(doc, [], 1000, counter());
    expect(split).toEqual({
      name: 'timeline.split',
      args: { at: 1000, items: [{ kind: 'clip', id: 'clip_a', newId: 'clip_new1' }] },
    });
    const after = applyTransaction(doc, [split!]).doc;
    expect(after.tracks.video.map((c) => [c.id, c.start, c.in, c.out])).toEqual([
      ['clip_a', 0, 1000, 2000],
      ['clip_new1', 1000, 2000, 5000],
      ['clip_b', 4000, 0, 2000],
    ]);
  });
});

describe('delete, ripple delete and duplicate', () => {
  const doc = timelineDocument();
  const selection = [
    { kind: 'clip', id: 'clip_a' },
    { kind: 'marker', id: 'mrk_1' },
  ] as const;

  it('deletes every selected item as one step, leaving the gap', () => {
    const after = applyTransaction(doc, deleteInvocations(selection)).doc;
    expect(after.tracks.video.map((c) => [c.id, c.start])).toEqual([['clip_b', 4000]]);
    expect(after.markers).toEqual([]);
  });

  it('ripple deletes: the video track closes up, markers are just removed', () => {
    const { doc: after, step } = applyTransaction(doc, rippleDeleteInvocations(selection));
    expect(after.tracks.video.map((c) => [c.id, c.start])).toEqual([['clip_b', 0]]);
    expect(after.tracks.captions).toEqual(doc.tracks.captions);
    expect(after.markers).toEqual([]);
    expect(step.forward).toHaveLength(2);
  });

  it('duplicates track items and names the copies to select', () => {
    const duplicate = duplicateInvocation(
      [{ kind: 'caption', id: 'cue_1' }, ...selection],
      counter(),
    );
    expect(duplicate?.copies).toEqual([
      { kind: 'caption', id: 'caption_new1' },
      { kind: 'clip', id: 'clip_new2' },
    ]);
    const after = applyTransaction(doc, [duplicate!.invocation]).doc;
    expect(after.tracks.video.map((c) => [c.id, c.start])).toEqual([
      ['clip_a', 0],
      ['clip_new2', 4000],
      ['clip_b', 8000],
    ]);
    expect(duplicateInvocation([{ kind: 'marker', id: 'mrk_1' }], counter())).toBeNull();
  });

  it('selects every track item, and labels steps for the history', () => {
    expect(everyItem(doc)).toHaveLength(2 + 1 + 2 + 2);
    expect(stepLabel('Delete', [{ kind: 'clip', id: 'a' }])).toBe('Delete clip');
    expect(
      stepLabel('Move', [
        { kind: 'caption', id: 'a' },
        { kind: 'caption', id: 'b' },
      ]),
    ).toBe('Move 2 captions');
    expect(stepLabel('Delete', selection)).toBe('Delete 2 items');
  });
});
