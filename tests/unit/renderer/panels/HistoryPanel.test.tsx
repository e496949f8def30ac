// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { History, invocation } from '../../../../shared/commands';
import type { ProjectDocument } from '../../../../shared/model';
import { goToHistoryPosition, HistoryPanel } from '../../../../renderer/panels/HistoryPanel';
import { emptyDocument } from '../support/documents';
import { click, render, type Rendered } from '../support/render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

/** A tiny store over History, as the document store uses it. */
class Store {
  doc: ProjectDocument = emptyDocument();
  history = History.empty();
  calls: string[] = [];

  edit(name: string): void {
    const applied = this.history.apply(this.doc, invocation('project.rename', { name }), name);
    this.doc = applied.doc;
    // Renames merge into one step unless sealed (like typing into one field).
    this.history = applied.history.seal();
  }

  undo(): boolean {
    if (!this.history.canUndo) return false;
    ({ doc: this.doc, history: this.history } = this.history.undo(this.doc));
    this.calls.push('undo');
    return true;
  }

  redo(): boolean {
    if (!this.history.canRedo) return false;
    ({ doc: this.doc, history: this.history } = this.history.redo(this.doc));
    this.calls.push('redo');
    return true;
  }
}

describe('HistoryPanel', () => {
  it('lists the named steps with the current one marked, and jumps by undo and redo', async () => {
    const store = new Store();
    for (const name of ['Trim clip', 'Move overlay', 'Add marker']) store.edit(name);
    const show = () =>
      render(
        <HistoryPanel
          history={store.history}
          store={store}
          readOnly={false}
          onClose={() => undefined}
        />,
      );
    rendered = await show();
    const rows = () => [
      ...document.querySelectorAll<HTMLButtonElement>('[data-testid="history-step"]'),
    ];
    expect(rows().map((row) => row.textContent)).toEqual([
      'Opened project',
      '1Trim clip',
      '2Move overlay',
      '3Add marker',
    ]);
    expect(rows()[3]?.getAttribute('aria-current')).toBe('step');
    expect(rows()[3]?.disabled).toBe(true);

    await click(rows()[1]);
    expect(store.calls).toEqual(['undo', 'undo']);
    expect(store.doc.name).toBe('Trim clip');
    rendered.unmount();
    rendered = await show();
    expect(rows().map((row) => row.dataset.state)).toEqual(['done', 'current', 'undone', 'undone']);
    await click(rows()[3]);
    expect(store.calls).toEqual(['undo', 'undo', 'redo', 'redo']);
    expect(store.doc.name).toBe('Add marker');
  });

  it('cannot be used on a read-only project, and closes', async () => {
    const store = new Store();
    store.edit('Trim clip');
    let closed = 0;
    rendered = await render(
      <HistoryPanel history={store.history} store={store} readOnly onClose={() => (closed += 1)} />,
    );
    const rows = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="history-step"]')];
    expect(rows.every((row) => row.disabled)).toBe(true);
    await click(document.querySelector('button[aria-label="Close history"]'));
    expect(closed).toBe(1);
  });
});

describe('goToHistoryPosition', () => {
  it('stops when a step is refused', () => {
    const store = new Store();
    store.edit('A');
    store.edit('B');
    const refusing = { undo: () => false, redo: () => true };
    goToHistoryPosition(store.history, 0, refusing);
    expect(store.history.undoStack).toHaveLength(2);
  });
});
