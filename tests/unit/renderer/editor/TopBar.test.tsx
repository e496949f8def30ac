// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { History, invocation } from '../../../../shared/commands';
import {
  AutosaveIndicator,
  SAVED_FLASH_MS,
  saveStateText,
} from '../../../../renderer/editor/AutosaveIndicator';
import type { EditorSnapshot } from '../../../../renderer/editor/document-store';
import { isTypingTarget } from '../../../../renderer/editor/shortcuts';
import { TopBar } from '../../../../renderer/editor/TopBar';
import { emptyDocument } from '../support/documents';
import { byText, click, render, type Rendered } from '../support/render';

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

describe('TopBar history, shortcuts and Save', () => {
  it('toggles the history panel and opens the shortcuts sheet, with their keys', async () => {
    const clicks: string[] = [];
    rendered = await render(
      <TopBar
        snapshot={snapshot()}
        isMac
        onUndo={() => undefined}
        onRedo={() => undefined}
        onClose={() => undefined}
        onDiagnostics={() => undefined}
        historyOpen
        onHistory={() => clicks.push('history')}
        onShortcuts={() => clicks.push('shortcuts')}
      />,
    );
    const history = byText(rendered.container, 'button', 'History');
    expect(history?.getAttribute('aria-pressed')).toBe('true');
    const tip = document.getElementById(history?.getAttribute('aria-describedby') ?? '');
    expect(tip?.textContent).toContain('⇧⌘H');
    await click(history);
    await click(rendered.container.querySelector('button[aria-label="Keyboard shortcuts"]'));
    expect(clicks).toEqual(['history', 'shortcuts']);
  });

  it('has no History or shortcuts button without their handlers', async () => {
    rendered = await render(
      <TopBar
        snapshot={snapshot()}
        isMac={false}
        onUndo={() => undefined}
        onRedo={() => undefined}
        onClose={() => undefined}
        onDiagnostics={() => undefined}
      />,
    );
    expect(byText(rendered.container, 'button', 'History')).toBeUndefined();
    expect(rendered.container.querySelector('button[aria-label="Keyboard shortcuts"]')).toBeNull();
  });
});

describe('AutosaveIndicator', () => {
  it('says "Saved" for a moment after Save flushed, then the usual state', async () => {
    vi.useFakeTimers();
    try {
      rendered = await render(<AutosaveIndicator save={{ status: 'saved' }} flushCount={0} />);
      const status = () => rendered?.container.querySelector('.autosave');
      expect(status()?.textContent).toBe('All changes saved');
      await act(async () =>
        rendered?.root.render(<AutosaveIndicator save={{ status: 'saved' }} flushCount={1} />),
      );
      expect(status()?.textContent).toBe('Saved');
      expect(status()?.getAttribute('data-state')).toBe('flushed');
      await act(async () => vi.advanceTimersByTime(SAVED_FLASH_MS));
      expect(status()?.textContent).toBe('All changes saved');
      await act(async () =>
        rendered?.root.render(
          <AutosaveIndicator save={{ status: 'error', reason: 'Disk full.' }} flushCount={2} />,
        ),
      );
      expect(status()?.textContent).toBe('Not saved: Disk full.');
    } finally {
      vi.useRealTimers();
    }
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
