import { act } from 'react';
import { applyCommand, invocation, type CommandInvocation } from '../../../../../shared/commands';
import { documentDurationMs, type ProjectDocument } from '../../../../../shared/model';
import { PreviewClock } from '../../../../../renderer/canvas/preview-clock';
import { ActionRegistry } from '../../../../../renderer/editor/action-registry';
import { DocumentStore } from '../../../../../renderer/editor/document-store';
import { EditorContext } from '../../../../../renderer/editor/editor-context';
import { SelectionStore } from '../../../../../renderer/editor/selection';
import { CaptionsPanel } from '../../../../../renderer/panels/captions/CaptionsPanel';
import { documentWithClip, mediaAsset, openedProject, videoProbe } from '../../support/documents';
import { FakeEngine } from '../../support/fake-engine';
import { render, settle, withProviders, type Rendered } from '../../support/render';

/**
 * Three cues on a 10 s clip: "Your knee has four ligaments." 0–2000, "The ACL is one" 2500–2900
 * (too short and too fast to read: it has problems), "Rest and ice help." 4000–6000.
 */
export function captionsDoc(): ProjectDocument {
  const steps: CommandInvocation[] = [
    invocation('caption.add', {
      id: 'cue_1',
      start: 0,
      end: 2000,
      text: 'Your knee has four ligaments.',
    }),
    invocation('caption.add', { id: 'cue_3', start: 4000, end: 6000, text: 'Rest and ice help.' }),
    // Listed last but plays second: the panel shows cues in time order.
    invocation('caption.add', { id: 'cue_2', start: 2500, end: 2900, text: 'The ACL is one' }),
  ];
  const clip = documentWithClip(mediaAsset('med_a', { probe: videoProbe({ durationMs: 10_000 }) }));
  return steps.reduce((doc, step) => applyCommand(doc, step).doc, clip);
}

export interface CaptionsHarness extends Rendered {
  store: DocumentStore;
  selection: SelectionStore;
  clock: PreviewClock;
  actions: ActionRegistry;
  errors: string[];
  doc(): ProjectDocument;
  undoLabels(): string[];
  rows(): HTMLElement[];
  row(id: string): HTMLElement;
  button(label: string): HTMLButtonElement;
}

export async function renderCaptionsPanel(
  document: ProjectDocument = captionsDoc(),
  listed = true,
): Promise<CaptionsHarness> {
  const engine = new FakeEngine(document);
  const errors: string[] = [];
  const store = new DocumentStore(engine.client, openedProject(document), {
    onError: (title, message) => errors.push(`${title}: ${message}`),
  });
  const selection = new SelectionStore();
  const clock = new PreviewClock({
    durationMs: documentDurationMs(document),
    fps: document.format.fps,
  });
  const actions = new ActionRegistry();
  const services = { projectId: 'p1', store, selection, clock, actions };
  const rendered = await render(
    withProviders(
      engine.client,
      <EditorContext.Provider value={services}>
        <CaptionsPanel listed={listed} />
      </EditorContext.Provider>,
    ),
  );
  const rows = () =>
    Array.from(rendered.container.querySelectorAll<HTMLElement>('[data-testid="caption-cue"]'));
  return {
    ...rendered,
    store,
    selection,
    clock,
    actions,
    errors,
    doc: () => store.getSnapshot().document,
    undoLabels: () => store.getSnapshot().history.undoStack.map((step) => step.label),
    rows,
    row: (id) => {
      const found = rows().find((row) => row.dataset.id === id);
      if (!found) throw new Error(`no row for ${id}`);
      return found;
    },
    button: (label) => {
      const found = rendered.container.querySelector<HTMLButtonElement>(
        `button[aria-label="${label}"]`,
      );
      if (!found) throw new Error(`no button "${label}"`);
      return found;
    },
  };
}

export async function click(element: Element): Promise<void> {
  await act(async () => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
  await settle();
}

export async function doubleClick(element: Element): Promise<void> {
  await act(async () => {
    element.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
  });
  await settle();
}
