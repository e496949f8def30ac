// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { History, invocation } from '../../../../shared/commands';
import { saveStateText } from '../../../../renderer/editor/AutosaveIndicator';
import type { EditorSnapshot } from '../../../../renderer/editor/document-store';
import { isTypingTarget } from '../../../../renderer/editor/shortcuts';
import { TopBar } from '../../../../renderer/editor/TopBar';
import { emptyDocument } from '../support/documents';
import { render, type Rendered } from '../support/render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

function snapshot(overrides: Partial<EditorSnapshot> = {}): EditorSnapshot {
  return {
    projectId: 'p1',
    path: '/projects/knee.medclip',
    readOnly: false,
    document: emptyDocument(),
    seq: 0,
    history: History.empty(),
    save: { status: 'saved' },
    ...overrides,
  };
}

describe('TopBar', () => {
  it('names the step undo and redo would take', async () => {
    const doc = emptyDocument();
    const applied = History.empty().apply(
      doc,
      invocation('project.rename', { name: 'Hip' }),
      'Rename project',
    );
    const undone = applied.history.undo(applied.doc);
    const history = undone.history.apply(
      undone.doc,
      invocation('project.rename', { name: 'Hip 2' }),
      'Rename again',
    );
    rendered = await render(
      <TopBar
        snapshot={snapshot({ history: history.history })}
        isMac={false}
        onUndo={() => undefined}
        onRedo={() => undefined}
        onClose={() => undefined}
        onDiagnostics={() => undefined}
      />,
    );
    const undo = rendered.container.querySelector<HTMLButtonElement>('button[aria-label^="Undo"]');
    const redo = rendered.container.querySelector<HTMLButtonElement>(
      'button[aria-label^="Redo"], button[aria-label="Nothing to redo"]',
    );
    expect(undo?.getAttribute('aria-label')).toBe('Undo Rename again');
    expect(undo?.disabled).toBe(false);
    const tooltip = document.getElementById(undo?.getAttribute('aria-describedby') ?? '');
    expect(tooltip?.textContent).toContain('Ctrl+Z');
    expect(redo?.getAttribute('aria-label')).toBe('Nothing to redo');
    expect(redo?.disabled).toBe(true);
  });

  it('shows the project name, a read-only badge and the save state', async () => {
    rendered = await render(
      <TopBar
        snapshot={snapshot({ readOnly: true, save: { status: 'error', reason: 'Disk full.' } })}
        isMac
        onUndo={() => undefined}
        onRedo={() => undefined}
        onClose={() => undefined}
        onDiagnostics={() => undefined}
      />,
    );
    const text = rendered.container.textContent ?? '';
    expect(text).toContain('Knee explainer');
    expect(text).toContain('Read-only');
    expect(text).toContain('Not saved: Disk full.');
  });
});

describe('saveStateText', () => {
  it('says what the autosave is doing', () => {
    expect(saveStateText({ status: 'saving' })).toBe('Saving…');
    expect(saveStateText({ status: 'saved' })).toBe('All changes saved');
    expect(saveStateText({ status: 'error', reason: 'The disk is full.' })).toBe(
      'Not saved: The disk is full.',
    );
  });
});

describe('isTypingTarget', () => {
  it('is true in text fields and editable content, false on buttons and checkboxes', () => {
    const text = document.createElement('input');
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    const area = document.createElement('textarea');
    const button = document.createElement('button');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const inner = document.createElement('span');
    editable.appendChild(inner);
    expect(isTypingTarget(text)).toBe(true);
    expect(isTypingTarget(area)).toBe(true);
    expect(isTypingTarget(inner)).toBe(true);
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(button)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
