// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { EditorActionId } from '../../../../shared/editor/actions';
import type { ApiClient } from '../../../../renderer/api';
import { ActionRegistry } from '../../../../renderer/editor/action-registry';
import {
  handleEditorKey,
  useEditorKeys,
  useMenuActions,
} from '../../../../renderer/editor/useEditorKeys';
import { render, type Rendered } from '../support/render';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
  document.body.innerHTML = '';
});

function registryCounting(ids: EditorActionId[], enabled = true) {
  const actions = new ActionRegistry();
  const runs: EditorActionId[] = [];
  for (const id of ids) actions.register(id, { run: () => runs.push(id), enabled: () => enabled });
  return { actions, runs };
}

function keydown(init: KeyboardEventInit, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('handleEditorKey', () => {
  it('runs the matching action and prevents the default only then', () => {
    const { actions, runs } = registryCounting(['playback.toggle']);
    const event = new KeyboardEvent('keydown', { key: ' ', cancelable: true });
    expect(handleEditorKey(event, actions, false)).toBe(true);
    expect(event.defaultPrevented).toBe(true);
    expect(runs).toEqual(['playback.toggle']);

    // No handler for J here, and a key with no action: the browser keeps them.
    const unhandled = new KeyboardEvent('keydown', { key: 'j', cancelable: true });
    expect(handleEditorKey(unhandled, actions, false)).toBe(false);
    expect(unhandled.defaultPrevented).toBe(false);
    const other = new KeyboardEvent('keydown', { key: 'q', cancelable: true });
    expect(handleEditorKey(other, actions, false)).toBe(false);
    expect(other.defaultPrevented).toBe(false);
  });

  it('leaves a disabled action and an already handled key alone', () => {
    const { actions, runs } = registryCounting(['edit.undo'], false);
    const event = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, cancelable: true });
    expect(handleEditorKey(event, actions, false)).toBe(false);
    expect(event.defaultPrevented).toBe(false);
    const enabled = registryCounting(['edit.undo']);
    const handled = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, cancelable: true });
    handled.preventDefault();
    expect(handleEditorKey(handled, enabled.actions, false)).toBe(false);
    expect([...runs, ...enabled.runs]).toEqual([]);
  });

  it('runs a held shuttle key once but repeats a held frame step', () => {
    const { actions, runs } = registryCounting([
      'playback.shuttleForward',
      'playback.frameForward',
    ]);
    const held = new KeyboardEvent('keydown', { key: 'l', repeat: true, cancelable: true });
    expect(handleEditorKey(held, actions, false)).toBe(false);
    // Swallowed, so the held key does not type or scroll either.
    expect(held.defaultPrevented).toBe(true);
    const step = new KeyboardEvent('keydown', {
      key: 'ArrowRight',
      repeat: true,
      cancelable: true,
    });
    expect(handleEditorKey(step, actions, false)).toBe(true);
    expect(runs).toEqual(['playback.frameForward']);
  });
});

function Keys({ actions, isMac }: { actions: ActionRegistry; isMac: boolean }) {
  useEditorKeys(actions, isMac);
  return <input aria-label="Name" />;
}

describe('useEditorKeys', () => {
  it('handles keys from anywhere in the page, except while typing', async () => {
    const { actions, runs } = registryCounting(['timeline.split', 'edit.undo']);
    rendered = await render(<Keys actions={actions} isMac={true} />);
    keydown({ key: 's' });
    keydown({ key: 'z', metaKey: true });
    const field = rendered.container.querySelector('input') as HTMLInputElement;
    const typed = keydown({ key: 's' }, field);
    expect(typed.defaultPrevented).toBe(false);
    expect(runs).toEqual(['timeline.split', 'edit.undo']);
  });

  it('sees a key before a panel that handles it too, and stops on unmount', async () => {
    const { actions, runs } = registryCounting(['timeline.split']);
    rendered = await render(<Keys actions={actions} isMac={false} />);
    let panelSawPrevented: boolean | null = null;
    const panel = (event: KeyboardEvent) => (panelSawPrevented = event.defaultPrevented);
    window.addEventListener('keydown', panel);
    keydown({ key: 's' });
    expect(panelSawPrevented).toBe(true);
    rendered.unmount();
    rendered = undefined;
    keydown({ key: 's' });
    window.removeEventListener('keydown', panel);
    expect(runs).toEqual(['timeline.split']);
  });
});

function Menu({ api, actions }: { api: Pick<ApiClient, 'on'>; actions: ActionRegistry }) {
  useMenuActions(api, actions);
  return <input aria-label="Field" />;
}

describe('useMenuActions', () => {
  it('runs menu actions, but gives Undo to a focused field and skips Duplicate there', async () => {
    let listener: ((payload: { action: EditorActionId }) => void) | null = null;
    const api = {
      on: ((_event: string, handler: (payload: { action: EditorActionId }) => void) => {
        listener = handler;
        return () => (listener = null);
      }) as ApiClient['on'],
    };
    const { actions, runs } = registryCounting(['edit.undo', 'edit.duplicate', 'file.save']);
    rendered = await render(<Menu api={api} actions={actions} />);
    const send = (action: EditorActionId) => act(() => listener?.({ action }));
    await send('edit.undo');
    const field = rendered.container.querySelector('input') as HTMLInputElement;
    field.focus();
    const commands: string[] = [];
    const original = document.execCommand;
    document.execCommand = (command: string) => {
      commands.push(command);
      return true;
    };
    await send('edit.undo');
    await send('edit.duplicate');
    await send('file.save');
    expect(runs).toEqual(['edit.undo', 'file.save']);
    document.execCommand = original;
    expect(commands).toEqual(['undo']);
    rendered.unmount();
    rendered = undefined;
    expect(listener).toBeNull();
  });
});
