import { describe, expect, it, vi } from 'vitest';
import { SelectionStore } from '../../../../renderer/editor/selection';
import { createDocument } from '../../../../shared/model';

describe('SelectionStore', () => {
  it('selects, toggles and clears, notifying only on change', () => {
    const store = new SelectionStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.select({ kind: 'overlay', id: 'ovl_a' });
    store.select({ kind: 'overlay', id: 'ovl_a' });
    expect(listener).toHaveBeenCalledTimes(1);
    store.toggle({ kind: 'caption', id: 'cue_1' });
    expect(store.getSnapshot()).toEqual([
      { kind: 'overlay', id: 'ovl_a' },
      { kind: 'caption', id: 'cue_1' },
    ]);
    store.toggle({ kind: 'overlay', id: 'ovl_a' });
    expect(store.idsOf('caption')).toEqual(['cue_1']);
    expect(store.has({ kind: 'overlay', id: 'ovl_a' })).toBe(false);
    store.clear();
    expect(store.getSnapshot()).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it('drops duplicates and items that left the document', () => {
    const store = new SelectionStore();
    store.set([
      { kind: 'marker', id: 'mrk_1' },
      { kind: 'marker', id: 'mrk_1' },
      { kind: 'clip', id: 'clip_gone' },
    ]);
    expect(store.getSnapshot()).toHaveLength(2);
    const doc = createDocument({ id: 'prj_sel', name: 'Selection' });
    doc.markers.push({ id: 'mrk_1', time: 1000, label: 'Hook' });
    store.prune(doc);
    expect(store.getSnapshot()).toEqual([{ kind: 'marker', id: 'mrk_1' }]);
  });

  it('keeps a selected blur region while the document has it', () => {
    const store = new SelectionStore();
    store.set([
      { kind: 'region', id: 'reg_1' },
      { kind: 'region', id: 'reg_gone' },
    ]);
    const doc = createDocument({ id: 'prj_sel', name: 'Selection' });
    doc.privacy.manualRegions.push({
      id: 'reg_1',
      mediaId: 'med_a',
      startMs: 0,
      endMs: 1000,
      keyframes: [{ t: 0, box: { x: 0, y: 0, width: 10, height: 10 } }],
      blurStyle: 'gaussian',
    });
    store.prune(doc);
    expect(store.idsOf('region')).toEqual(['reg_1']);
    doc.privacy.manualRegions.length = 0;
    store.prune(doc);
    expect(store.getSnapshot()).toEqual([]);
  });
});
