// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentDurationMs, type IconOverlay } from '../../../../../shared/model';
import { createLibraryHandlers } from '../../../../../main/engine/api/library-handlers';
import { PreviewClock } from '../../../../../renderer/canvas/preview-clock';
import { ActionRegistry } from '../../../../../renderer/editor/action-registry';
import { DocumentStore } from '../../../../../renderer/editor/document-store';
import { EditorContext } from '../../../../../renderer/editor/editor-context';
import { SelectionStore } from '../../../../../renderer/editor/selection';
import { LibraryPanel } from '../../../../../renderer/panels/library/LibraryPanel';
import { ICONS_PER_PAGE } from '../../../../../renderer/panels/library/IconsSection';
import { clearIconLibraryCache } from '../../../../../renderer/panels/library/icon-library-data';
import { documentWithClip, openedProject } from '../../support/documents';
import { FakeEngine } from '../../support/fake-engine';
import {
  byText,
  click,
  render,
  settle,
  typeInto,
  withProviders,
  type Rendered,
} from '../../support/render';

let view:
  | (Rendered & {
      engine: FakeEngine;
      store: DocumentStore;
      clock: PreviewClock;
      selection: SelectionStore;
    })
  | undefined;
let svgCalls: string[][] = [];

beforeEach(() => {
  clearIconLibraryCache();
  svgCalls = [];
});
afterEach(() => view?.unmount());

async function renderLibrary() {
  const document = documentWithClip();
  const library = createLibraryHandlers();
  const engine = new FakeEngine(document, {
    'library.icons': library['library.icons'],
    'library.iconSvgs': (request) => {
      svgCalls.push(request.ids);
      return library['library.iconSvgs'](request);
    },
    'library.credits': library['library.credits'],
  });
  const store = new DocumentStore(engine.client, openedProject(document));
  const selection = new SelectionStore();
  const clock = new PreviewClock({ durationMs: documentDurationMs(document), fps: 30 });
  const services = { projectId: 'p1', store, selection, clock, actions: new ActionRegistry() };
  const rendered = await render(
    withProviders(
      engine.client,
      <EditorContext.Provider value={services}>
        <LibraryPanel />
      </EditorContext.Provider>,
    ),
  );
  await settle();
  await settle();
  view = { ...rendered, engine, store, clock, selection };
  return view;
}

const tiles = () =>
  Array.from(view?.container.querySelectorAll<HTMLButtonElement>('.icon-library__tile') ?? []);
const count = () => view?.container.querySelector('[data-testid="icon-count"]')?.textContent ?? '';
const search = () => view?.container.querySelector('[data-testid="icon-search"]');

async function choose(testId: string, value: string) {
  const select = view?.container.querySelector<HTMLSelectElement>(`[data-testid="${testId}"]`);
  if (!select) throw new Error(`no ${testId}`);
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('LibraryPanel icons', () => {
  it('lists every healthicons icon a page at a time, with previews fetched in batches', async () => {
    await renderLibrary();
    expect(count()).toContain(`690 icons, showing ${ICONS_PER_PAGE}`);
    expect(tiles()).toHaveLength(ICONS_PER_PAGE);
    expect(svgCalls).toHaveLength(1);
    expect(svgCalls[0]).toHaveLength(ICONS_PER_PAGE);
    await settle();
    expect(tiles()[0]?.querySelector('img')?.getAttribute('src')).toMatch(
      /^data:image\/svg\+xml;charset=utf-8,/,
    );
    await click(view?.container.querySelector('[data-testid="icon-more"]'));
    expect(tiles()).toHaveLength(2 * ICONS_PER_PAGE);
    // Only the new page is fetched.
    expect(svgCalls[1]).toHaveLength(ICONS_PER_PAGE);
  });

  it('searches names and tags, filters by category and switches to the outline style', async () => {
    await renderLibrary();
    await typeInto(search(), 'lungs');
    await settle();
    expect(tiles()[0]?.dataset.iconId).toBe('body/lungs');
    await typeInto(search(), '');
    await choose('icon-category', 'ppe');
    expect(tiles()).toHaveLength(14);
    expect(count()).toMatch(/^14 icons ·/);
    await click(view?.container.querySelector('[data-testid="icon-style-outline"]'));
    expect(tiles().every((tile) => tile.dataset.iconId?.startsWith('outline/ppe/'))).toBe(true);
    await typeInto(search(), 'zzzqqq');
    await settle();
    expect(count()).toContain('No icons match.');
  });

  it('adds the clicked icon at the playhead in the brand colours, selected, as one undo step', async () => {
    const { store, clock, selection, engine } = await renderLibrary();
    await act(async () => clock.seek(2000));
    expect(clock.getSnapshot().timeMs).toBeGreaterThan(1900);
    await typeInto(search(), 'lungs');
    await settle();
    await click(tiles()[0]);
    await settle();
    const added = store
      .getSnapshot()
      .document.tracks.overlays.find((overlay) => overlay.kind === 'icon') as IconOverlay;
    expect(added).toMatchObject({
      iconId: 'body/lungs',
      start: clock.getSnapshot().timeMs,
      end: clock.getSnapshot().timeMs + 3000,
      fill: store.getSnapshot().document.brandKit.colors.text,
      outline: store.getSnapshot().document.brandKit.colors.primary,
    });
    expect(selection.getSnapshot()).toEqual([{ kind: 'overlay', id: added.id }]);
    expect(store.getSnapshot().history.undoStack.at(-1)?.label).toBe('Add icon Lungs');
    expect(engine.document.tracks.overlays.map((overlay) => overlay.id)).toContain(added.id);
  });

  it('shows the credits of healthicons and the fonts with their licences', async () => {
    await renderLibrary();
    await click(view?.container.querySelector('[data-testid="library-credits"]'));
    await settle();
    const dialog = document.querySelector('[data-testid="credits"]');
    expect(dialog?.textContent).toContain('Resolve to Save Lives');
    const icons = dialog?.querySelector('[data-package="healthicons"]');
    expect(icons?.textContent).toContain('MIT');
    expect(dialog?.querySelector('[data-package="@fontsource/inter"]')?.textContent).toContain(
      'OFL-1.1',
    );
    expect(byText(document.body, 'summary', 'Licence text')).toBeDefined();
  });

  it('shows the Shapes section beside Icons', async () => {
    await renderLibrary();
    const shapesTab = byText(view?.container ?? document, '[role="tab"]', 'Shapes');
    await click(shapesTab);
    const shapes = view?.container.querySelector<HTMLElement>('#library-section-shapes');
    expect(shapes?.hidden).toBe(false);
    expect(view?.container.querySelector<HTMLElement>('#library-section-icons')?.hidden).toBe(true);
  });
});
