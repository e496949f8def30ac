// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, type ProjectOpened } from '../../../../../shared/api';
import { StartScreen } from '../../../../../renderer/app/start/StartScreen';
import { createFakeClient } from '../../support/fake-client';
import { openedProject } from '../../support/documents';
import {
  browserInfo,
  byText,
  click,
  render,
  settle,
  typeInto,
  withProviders,
  type Rendered,
} from '../../support/render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

const recent = {
  projects: [
    {
      path: '/home/ana/MedClip Projects/Knee.medclip',
      name: 'Knee',
      openedAt: '2025-03-01T09:30:00Z',
      exists: true,
    },
    { path: '/mnt/usb/Old.medclip', name: 'Old', openedAt: '2025-01-01T09:30:00Z', exists: false },
  ],
};

describe('StartScreen in browser mode', () => {
  it('lists recent projects and greys out the missing ones', async () => {
    const client = createFakeClient({ 'project.recent': () => recent });
    rendered = await render(withProviders(client, <StartScreen onOpened={() => undefined} />));
    await settle();
    const items = Array.from(
      rendered.container.querySelectorAll<HTMLButtonElement>('.recent__item'),
    );
    expect(items.map((item) => item.querySelector('.recent__name')?.textContent)).toEqual([
      'Knee',
      'OldMissing',
    ]);
    expect(items[0]?.disabled).toBe(false);
    expect(items[1]?.disabled).toBe(true);
  });

  it('opens a recent project', async () => {
    const opened: ProjectOpened[] = [];
    const client = createFakeClient({
      'project.recent': () => recent,
      'project.open': ({ path }) => ({ ...openedProject(), path }),
    });
    rendered = await render(
      withProviders(client, <StartScreen onOpened={(project) => opened.push(project)} />),
    );
    await settle();
    await click(rendered.container.querySelector('.recent__item'));
    expect(opened.map((project) => project.path)).toEqual([
      '/home/ana/MedClip Projects/Knee.medclip',
    ]);
  });

  it('suggests <home>/MedClip Projects/<name>.medclip and follows the name', async () => {
    const created: unknown[] = [];
    const client = createFakeClient({
      'project.recent': () => ({ projects: [] }),
      'project.create': (request) => {
        created.push(request);
        return openedProject();
      },
    });
    rendered = await render(withProviders(client, <StartScreen onOpened={() => undefined} />));
    const [nameInput, pathInput] = Array.from(
      rendered.container.querySelectorAll<HTMLInputElement>('.new-project input'),
    );
    expect(pathInput?.value).toBe('/home/ana/MedClip Projects/Untitled explainer.medclip');
    await typeInto(nameInput, 'ACL repair');
    expect(pathInput?.value).toBe('/home/ana/MedClip Projects/ACL repair.medclip');
    await click(byText(rendered.container, 'button', 'Create project'));
    expect(created).toEqual([
      { path: '/home/ana/MedClip Projects/ACL repair.medclip', name: 'ACL repair' },
    ]);
  });

  it('explains a path it cannot use instead of sending it', async () => {
    const client = createFakeClient({ 'project.recent': () => ({ projects: [] }) });
    rendered = await render(withProviders(client, <StartScreen onOpened={() => undefined} />));
    const pathInput =
      rendered.container.querySelectorAll<HTMLInputElement>('.new-project input')[1];
    await typeInto(pathInput, 'projects/knee');
    await click(byText(rendered.container, 'button', 'Create project'));
    expect(rendered.container.querySelector('.field__error')?.textContent).toBe(
      'Use a full path, starting from the top of the disk.',
    );
    expect(client.callsOf('project.create')).toHaveLength(0);
  });

  it('shows the engine refusal as a readable notification', async () => {
    const client = createFakeClient({
      'project.recent': () => ({ projects: [] }),
      'project.create': () => {
        throw new ApiError({ code: 'exists', message: 'A project already exists at that path' });
      },
    });
    rendered = await render(withProviders(client, <StartScreen onOpened={() => undefined} />));
    await click(byText(rendered.container, 'button', 'Create project'));
    const toast = document.querySelector('.toast');
    expect(toast?.textContent).toContain('Could not create the project');
    expect(toast?.textContent).toContain('A project already exists at that path.');
    expect(toast?.textContent).not.toContain('exists,');
  });

  it('opens a project through the engine-backed picker, showing only .medclip files', async () => {
    const opened: string[] = [];
    const client = createFakeClient({
      'project.recent': () => ({ projects: [] }),
      'fs.list': ({ dir }) => ({
        dir: dir ?? '/home/ana',
        parent: '/home',
        entries: [
          { name: 'Clips', path: '/home/ana/Clips', kind: 'dir' },
          { name: 'Knee.medclip', path: '/home/ana/Knee.medclip', kind: 'file', sizeBytes: 4096 },
          { name: 'notes.txt', path: '/home/ana/notes.txt', kind: 'file', sizeBytes: 10 },
        ],
      }),
      'project.open': ({ path }) => ({ ...openedProject(), path }),
    });
    rendered = await render(
      withProviders(client, <StartScreen onOpened={(project) => opened.push(project.path)} />),
    );
    await click(byText(rendered.container, 'button', 'Open project…'));
    const dialog = document.querySelector('[role="dialog"]');
    expect(dialog?.textContent).toContain('Knee.medclip');
    expect(dialog?.textContent).not.toContain('notes.txt');
    expect(client.callsOf('fs.list')).toEqual([{ dir: '/home/ana', extensions: ['medclip'] }]);
    await click(byText(dialog as Element, 'button.picker__entry', 'Knee.medclip'));
    await click(byText(dialog as Element, 'button', 'Open'));
    expect(opened).toEqual(['/home/ana/Knee.medclip']);
  });
});

describe('StartScreen in Electron', () => {
  it('creates the project where the native save dialog says', async () => {
    const client = createFakeClient(
      {
        'project.recent': () => ({ projects: [] }),
        'dialog.saveProject': () => ({ path: '/Users/ana/Desktop/Heart.medclip' }),
        'project.create': ({ path }) => ({ ...openedProject(), path }),
      },
      'electron',
    );
    const opened: string[] = [];
    rendered = await render(
      withProviders(client, <StartScreen onOpened={(project) => opened.push(project.path)} />, {
        ...browserInfo,
        host: 'electron',
        canPickNativeFiles: true,
      }),
    );
    expect(rendered.container.querySelectorAll('.new-project input')).toHaveLength(1);
    await typeInto(rendered.container.querySelector('.new-project input'), 'Heart');
    await click(byText(rendered.container, 'button', 'Create project…'));
    expect(client.callsOf('dialog.saveProject')).toEqual([{ suggestedName: 'Heart.medclip' }]);
    expect(client.callsOf('project.create')).toEqual([
      { path: '/Users/ana/Desktop/Heart.medclip', name: 'Heart' },
    ]);
    expect(opened).toEqual(['/Users/ana/Desktop/Heart.medclip']);
  });

  it('opens a project chosen in the native open dialog', async () => {
    const client = createFakeClient(
      {
        'project.recent': () => ({ projects: [] }),
        'dialog.openFiles': () => ({ paths: ['/Users/ana/Knee.medclip'] }),
        'project.open': ({ path }) => ({ ...openedProject(), path }),
      },
      'electron',
    );
    rendered = await render(
      withProviders(client, <StartScreen onOpened={() => undefined} />, {
        ...browserInfo,
        canPickNativeFiles: true,
      }),
    );
    await click(byText(rendered.container, 'button', 'Open project…'));
    expect(client.callsOf('dialog.openFiles')).toEqual([{ kind: 'project', multiple: false }]);
    expect(client.callsOf('project.open')).toEqual([{ path: '/Users/ana/Knee.medclip' }]);
  });
});
