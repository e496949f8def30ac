import { describe, expect, it } from 'vitest';
import { History, invocation } from '../../../../shared/commands';
import { historyRows, OPENED_LABEL, stepsTo } from '../../../../renderer/panels/history-steps';
import { emptyDocument } from '../support/documents';

/** Three named renames, the last two undone. */
function history(): History {
  let doc = emptyDocument();
  let current = History.empty();
  for (const name of ['One', 'Two', 'Three']) {
    const applied = current.apply(doc, invocation('project.rename', { name }), `Rename to ${name}`);
    doc = applied.doc;
    // Renames merge into one step unless sealed (like typing into one field).
    current = applied.history.seal();
  }
  for (let index = 0; index < 2; index += 1) {
    const undone = current.undo(doc);
    doc = undone.doc;
    current = undone.history;
  }
  return current;
}

describe('historyRows', () => {
  it('lists the opened project, done steps, then undone steps in redo order', () => {
    expect(historyRows(history())).toEqual([
      { position: 0, label: OPENED_LABEL, state: 'done' },
      { position: 1, label: 'Rename to One', state: 'current' },
      { position: 2, label: 'Rename to Two', state: 'undone' },
      { position: 3, label: 'Rename to Three', state: 'undone' },
    ]);
    expect(historyRows(History.empty())).toEqual([
      { position: 0, label: OPENED_LABEL, state: 'current' },
    ]);
  });
});

describe('stepsTo', () => {
  it('counts the undos or redos to a position', () => {
    const h = history();
    expect(stepsTo(h, 0)).toEqual({ undo: 1, redo: 0 });
    expect(stepsTo(h, 1)).toEqual({ undo: 0, redo: 0 });
    expect(stepsTo(h, 3)).toEqual({ undo: 0, redo: 2 });
    expect(() => stepsTo(h, 4)).toThrow('history position 4 is outside 0..3');
    expect(() => stepsTo(h, -1)).toThrow(RangeError);
  });
});
