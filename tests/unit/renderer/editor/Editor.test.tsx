// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '../../../../renderer/editor/Editor';
import { FakeEngine } from '../support/fake-engine';
import { openedProject } from '../support/documents';
import { byText, click, render, settle, withProviders, type Rendered } from '../support/render';

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

function engineWithFolder() {
  return new FakeEngine(undefined, {
    'fs.list': ({ dir }) => ({
      dir: dir ?? '/home/ana',
      parent: '/home',
      entries: [
        { name: 'knee.mp4', path: '/home/ana/knee.mp4', kind: 'file', sizeBytes: 1000 },
        { name: 'broken.mp4', path: '/home/ana/broken.mp4', kind: 'file', sizeBytes: 0 },
      ],
    }),
    'media.thumbnails': () => ({ frames: [PIXEL] }),
  });
}

async function pressKey(init: KeyboardEventInit, target: EventTarget = window): Promise<void> {
  await act(async () => {
    target.dispatchEvent(
      new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }),
    );
  });
  await settle();
}

async function importThroughPicker(container: HTMLElement, names: string[]): Promise<void> {
  await click(byText(container, 'button', 'Import media'));
  const dialog = document.querySelector('[role="dialog"]') as HTMLElement;
  for (const name of names) await click(byText(dialog, 'button.picker__entry', name));
  await click(byText(dialog, '.modal__footer button', 'Import'));
}

describe('Editor', () => {
  it('builds the library, sources and privacy panels only when their tab is first shown', async () => {
    const engine = engineWithFolder();
    rendered = await render(
      withProviders(
        engine.client,
        <Editor opened={openedProject(engine.document)} onClose={() => undefined} />,
      ),
    );
    const { container } = rendered;
    const panel = (id: string) => container.querySelector(`#left-panel-${id}`);
    expect(panel('captions')?.childElementCount).toBeGreaterThan(0);
    for (const id of ['library', 'sources', 'privacy']) {
      expect(panel(id)?.childElementCount).toBe(0);
    }
    // Nothing the hidden panels fetch is asked for while opening.
    expect(engine.client.callsOf('library.icons')).toEqual([]);
    expect(engine.client.callsOf('privacy.gate')).toEqual([]);
    await click(container.querySelector('#left-tab-privacy'));
    expect(panel('privacy')?.textContent).toContain('Scan for faces');
    await click(container.querySelector('#left-tab-media'));
    // Still built, only hidden: its state survives switching tabs.
    expect(panel('privacy')?.hasAttribute('hidden')).toBe(true);
    expect(panel('privacy')?.textContent).toContain('Scan for faces');
    expect(panel('library')?.childElementCount).toBe(0);
  });

  it('imports through the picker, shows the clip in the bin and on the timeline, and undoes it', async () => {
    const engine = engineWithFolder();
    rendered = await render(
      withProviders(
        engine.client,
        <Editor opened={openedProject(engine.document)} onClose={() => undefined} />,
      ),
    );
    const { container } = rendered;
    expect(container.querySelector('[data-testid="project-name"]')?.textContent).toBe(
      'Knee explainer',
    );
    await importThroughPicker(container, ['knee.mp4']);
    await settle();

    expect(engine.client.callsOf('media.import')).toEqual([
      { projectId: 'p1', paths: ['/home/ana/knee.mp4'] },
    ]);
    const item = container.querySelector('[data-testid="media-item"]');
    expect(item?.textContent).toContain('knee.mp4');
    expect(item?.querySelector('img')?.getAttribute('src')).toBe(PIXEL);
    expect(container.querySelectorAll('[data-testid="timeline-clip"]')).toHaveLength(1);
    // The new media is selected, so the inspector shows its probe.
    expect(container.querySelector('.inspector')?.textContent).toContain('Frame rate');
    expect(container.querySelector('.autosave')?.textContent).toBe('All changes saved');

    await pressKey({ key: 'Escape' });
    expect(container.querySelector('.inspector')?.textContent).toContain('Video clips');
    const binItem = () => container.querySelector('[data-testid="media-item"]');
    await click(binItem());
    await click(binItem());
    expect(binItem()?.getAttribute('aria-pressed')).toBe('true');

    const undo = container.querySelector(
      'button[aria-label="Undo Import media"]',
    ) as HTMLButtonElement;
    expect(undo.disabled).toBe(false);
    await pressKey({ key: 'z', ctrlKey: true });
    expect(container.querySelectorAll('[data-testid="media-item"]')).toHaveLength(0);
    expect(container.querySelectorAll('[data-testid="timeline-clip"]')).toHaveLength(0);
    expect(container.querySelector('.inspector')?.textContent).toContain('Project');

    await pressKey({ key: 'y', ctrlKey: true });
    expect(container.querySelectorAll('[data-testid="timeline-clip"]')).toHaveLength(1);
    expect(engine.applied.map((each) => each.kind)).toEqual(['undo', 'redo']);
  });

  it('shows each file that could not be imported by name, in words', async () => {
    const engine = engineWithFolder();
    rendered = await render(
      withProviders(
        engine.client,
        <Editor opened={openedProject(engine.document)} onClose={() => undefined} />,
      ),
    );
    await importThroughPicker(rendered.container, ['broken.mp4']);
    const toast = document.querySelector('.toast--error');
    expect(toast?.querySelector('.toast__title')?.textContent).toBe('Could not import broken.mp4');
    expect(toast?.querySelector('.toast__message')?.textContent).toBe(
      'The file has no audio or video streams',
    );
  });

  it('leaves Ctrl+Z to a text field that has focus', async () => {
    const engine = engineWithFolder();
    rendered = await render(
      withProviders(
        engine.client,
        <Editor opened={openedProject(engine.document)} onClose={() => undefined} />,
      ),
    );
    await importThroughPicker(rendered.container, ['knee.mp4']);
    const field = document.createElement('input');
    document.body.appendChild(field);
    await pressKey({ key: 'z', ctrlKey: true }, field);
    expect(rendered.container.querySelectorAll('[data-testid="media-item"]')).toHaveLength(1);
    field.remove();
  });

  it('closes the project through the engine', async () => {
    let closed = 0;
    const engine = new FakeEngine(undefined, { 'project.close': () => ({ closed: true }) });
    rendered = await render(
      withProviders(
        engine.client,
        <Editor opened={openedProject(engine.document)} onClose={() => (closed += 1)} />,
      ),
    );
    await click(byText(rendered.container, 'button', 'Close project'));
    expect(engine.client.callsOf('project.close')).toEqual([{ projectId: 'p1' }]);
    expect(closed).toBe(1);
  });

  it('runs application-menu actions from the engine', async () => {
    const engine = engineWithFolder();
    rendered = await render(
      withProviders(
        engine.client,
        <Editor opened={openedProject(engine.document)} onClose={() => undefined} />,
      ),
    );
    await act(async () => engine.client.emit('menu', { action: 'file.import' }));
    await settle();
    expect(document.querySelector('[role="dialog"]')?.textContent).toContain('Import media');
  });

  it('tells the person once why a project opened read-only', async () => {
    const engine = new FakeEngine();
    const opened = {
      ...openedProject(engine.document),
      readOnly: true,
      warnings: ['This project was saved by a newer MedClip Studio and opens read-only.'],
    };
    rendered = await render(
      withProviders(engine.client, <Editor opened={opened} onClose={() => undefined} />),
    );
    const notices = Array.from(document.querySelectorAll('.toast'));
    expect(notices).toHaveLength(1);
    expect(notices[0]?.textContent).toContain('newer MedClip Studio');
    expect(rendered.container.textContent).toContain('Read-only');
    const importButton = byText(rendered.container, 'button', 'Import media') as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);
  });
});
