import { act } from 'react';
import { documentDurationMs, type ProjectDocument } from '../../../../../shared/model';
import { PreviewClock } from '../../../../../renderer/canvas/preview-clock';
import { ActionRegistry } from '../../../../../renderer/editor/action-registry';
import { DocumentStore } from '../../../../../renderer/editor/document-store';
import { EditorContext } from '../../../../../renderer/editor/editor-context';
import { SelectionStore } from '../../../../../renderer/editor/selection';
import { PrivacyPanel } from '../../../../../renderer/panels/privacy/PrivacyPanel';
import type { FakeHandlers } from '../../support/fake-client';
import { openedProject } from '../../support/documents';
import { FakeEngine } from '../../support/fake-engine';
import { render, settle, withProviders, type Rendered } from '../../support/render';

export interface PrivacyHarness extends Rendered {
  engine: FakeEngine;
  store: DocumentStore;
  selection: SelectionStore;
  clock: PreviewClock;
  doc(): ProjectDocument;
  undoLabels(): string[];
  track(id: string): HTMLElement;
  button(scope: ParentNode, name: string): HTMLButtonElement;
}

export async function renderPrivacyPanel(
  document: ProjectDocument,
  options: { handlers?: FakeHandlers; readOnly?: boolean } = {},
): Promise<PrivacyHarness> {
  const engine = new FakeEngine(document, options.handlers ?? {});
  const store = new DocumentStore(engine.client, {
    ...openedProject(document),
    readOnly: options.readOnly ?? false,
  });
  const selection = new SelectionStore();
  const clock = new PreviewClock({
    durationMs: documentDurationMs(document),
    fps: document.format.fps,
  });
  const services = { projectId: 'p1', store, selection, clock, actions: new ActionRegistry() };
  const rendered = await render(
    withProviders(
      engine.client,
      <EditorContext.Provider value={services}>
        <PrivacyPanel />
      </EditorContext.Provider>,
    ),
  );
  return {
    ...rendered,
    engine,
    store,
    selection,
    clock,
    doc: () => store.getSnapshot().document,
    undoLabels: () => store.getSnapshot().history.undoStack.map((step) => step.label),
    track: (id) => {
      const found = rendered.container.querySelector<HTMLElement>(
        `[data-testid="face-track"][data-id="${id}"]`,
      );
      if (!found) throw new Error(`no face track ${id}`);
      return found;
    },
    button: (scope, name) => {
      const found = Array.from(scope.querySelectorAll<HTMLButtonElement>('button')).find(
        (b) => b.textContent === name || b.getAttribute('aria-label') === name,
      );
      if (!found) throw new Error(`no button "${name}"`);
      return found;
    },
  };
}

export async function press(element: Element): Promise<void> {
  await act(async () => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
  await settle();
}

export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

export async function fill(input: HTMLInputElement, text: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function submit(form: HTMLFormElement): Promise<void> {
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}
