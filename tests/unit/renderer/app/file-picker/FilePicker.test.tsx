// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/api';
import { FilePicker } from '../../../../../renderer/app/file-picker/FilePicker';
import { MEDIA_EXTENSIONS } from '../../../../../renderer/app/file-picker/entries';
import { createFakeClient } from '../../support/fake-client';
import {
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

const tree: Record<string, Array<{ name: string; kind: 'dir' | 'file' }>> = {
  '/home/ana': [
    { name: 'Footage', kind: 'dir' },
    { name: 'cv.pdf', kind: 'file' },
  ],
  '/home/ana/Footage': [
    { name: 'knee.mp4', kind: 'file' },
    { name: 'hip.mov', kind: 'file' },
  ],
};

function fsClient() {
  return createFakeClient({
    'fs.list': ({ dir }) => {
      const folder = dir ?? '/home/ana';
      const entries = tree[folder];
      if (!entries)
        throw new ApiError({ code: 'not-found', message: `Folder ${folder} does not exist` });
      return {
        dir: folder,
        parent: folder === '/' ? null : folder.slice(0, folder.lastIndexOf('/')) || '/',
        entries: entries.map((entry) => ({
          ...entry,
          path: `${folder}/${entry.name}`,
          ...(entry.kind === 'file' ? { sizeBytes: 2048 } : {}),
        })),
      };
    },
  });
}

describe('FilePicker', () => {
  it('navigates folders and confirms several selected files', async () => {
    const confirmed: string[][] = [];
    const client = fsClient();
    rendered = await render(
      withProviders(
        client,
        <FilePicker
          title="Import media"
          mode="files"
          multiple
          extensions={MEDIA_EXTENSIONS}
          confirmLabel="Import"
          onConfirm={(paths) => confirmed.push(paths)}
          onClose={() => undefined}
        />,
      ),
    );
    await settle();
    const dialog = document.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.textContent).not.toContain('cv.pdf');
    await click(byText(dialog, 'button.picker__entry', 'Footage'));
    expect((dialog.querySelector('input') as HTMLInputElement).value).toBe('/home/ana/Footage');
    const importButton = byText(dialog, 'button', 'Import') as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);
    await click(byText(dialog, 'button.picker__entry', 'knee.mp4'));
    await click(byText(dialog, 'button.picker__entry', 'hip.mov'));
    expect(dialog.textContent).toContain('2 selected');
    await click(importButton);
    expect(confirmed).toEqual([['/home/ana/Footage/knee.mp4', '/home/ana/Footage/hip.mov']]);
  });

  it('keeps a folder opened while the first listing was still on its way', async () => {
    let releaseHome: () => void = () => undefined;
    const homeHeld = new Promise<void>((resolve) => (releaseHome = resolve));
    const list = fsClient();
    const client = createFakeClient({
      'fs.list': async (request) => {
        // The first listing (the home folder) answers last.
        if (request.dir === undefined) await homeHeld;
        return list.call('fs.list', request);
      },
    });
    rendered = await render(
      withProviders(
        client,
        <FilePicker
          title="Import media"
          mode="files"
          confirmLabel="Import"
          onConfirm={() => undefined}
          onClose={() => undefined}
        />,
      ),
    );
    const dialog = document.querySelector('[role="dialog"]') as HTMLElement;
    await typeInto(dialog.querySelector('input'), '/home/ana/Footage');
    await click(byText(dialog, 'button', 'Go'));
    expect((dialog.querySelector('input') as HTMLInputElement).value).toBe('/home/ana/Footage');
    releaseHome();
    await settle();
    expect((dialog.querySelector('input') as HTMLInputElement).value).toBe('/home/ana/Footage');
    expect(dialog.textContent).toContain('knee.mp4');
  });

  it('goes up a folder and shows an error for a folder that does not exist', async () => {
    const client = fsClient();
    rendered = await render(
      withProviders(
        client,
        <FilePicker
          title="Import media"
          mode="files"
          initialDir="/home/ana/Footage"
          confirmLabel="Import"
          onConfirm={() => undefined}
          onClose={() => undefined}
        />,
      ),
    );
    await settle();
    const dialog = document.querySelector('[role="dialog"]') as HTMLElement;
    await click(dialog.querySelector('[aria-label="Up one folder"]'));
    expect((dialog.querySelector('input') as HTMLInputElement).value).toBe('/home/ana');
    await typeInto(dialog.querySelector('input'), '/nowhere');
    await click(byText(dialog, 'button', 'Go'));
    expect(dialog.querySelector('[role="alert"]')?.textContent).toBe(
      'Folder /nowhere does not exist.',
    );
  });

  it('picks the current folder in folder mode', async () => {
    const confirmed: string[][] = [];
    rendered = await render(
      withProviders(
        fsClient(),
        <FilePicker
          title="Choose a folder"
          mode="directory"
          confirmLabel="Use this folder"
          onConfirm={(paths) => confirmed.push(paths)}
          onClose={() => undefined}
        />,
      ),
    );
    await settle();
    const dialog = document.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.textContent).not.toContain('cv.pdf');
    await click(byText(dialog, 'button.picker__entry', 'Footage'));
    await click(byText(dialog, 'button', 'Use this folder'));
    expect(confirmed).toEqual([['/home/ana/Footage']]);
  });
});
