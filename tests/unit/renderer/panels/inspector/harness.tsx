import { act, Profiler, type ReactElement } from 'react';
import { applyCommand, invocation, type CommandInvocation } from '../../../../../shared/commands';
import {
  documentDurationMs,
  staticTransform,
  type MediaAsset,
  type ProjectDocument,
} from '../../../../../shared/model';
import { PreviewClock } from '../../../../../renderer/canvas/preview-clock';
import { ActionRegistry } from '../../../../../renderer/editor/action-registry';
import { DocumentStore } from '../../../../../renderer/editor/document-store';
import { EditorContext } from '../../../../../renderer/editor/editor-context';
import { SelectionStore, type Selection } from '../../../../../renderer/editor/selection';
import { useEditorSnapshot } from '../../../../../renderer/editor/useDocumentStore';
import { Inspector } from '../../../../../renderer/panels/Inspector';
import {
  audioProbe,
  documentWithClip,
  mediaAsset,
  openedProject,
  videoProbe,
} from '../../support/documents';
import { FakeEngine } from '../../support/fake-engine';
import { render, settle, withProviders, type Rendered } from '../../support/render';

/**
 * The inspector inside a real editor context: a DocumentStore over the fake engine (so edits
 * go through the command registry and reach the "engine"), a selection, a clock.
 */

/** A 10 s clip (fill reframe), a text overlay (static), an icon overlay (two keyframes),
 * a caption, a marker and an audio clip. */
export function inspectorDoc(): ProjectDocument {
  const video = mediaAsset('med_a', { probe: videoProbe({ durationMs: 10_000, fps: 30 }) });
  const steps: CommandInvocation[] = [
    invocation('media.add', {
      asset: mediaAsset('med_music', { name: 'music.mp3', probe: audioProbe(30_000) }),
    }),
    invocation('audio.add', { id: 'aud_1', mediaId: 'med_music', out: 8000, fadeOutMs: 500 }),
    invocation('overlay.add', {
      overlay: {
        id: 'ov_text',
        kind: 'text',
        text: 'Knee anatomy',
        fontFamily: 'Inter',
        fontWeight: 700,
        fontSizePx: 64,
        fill: '#ffffff',
        align: 'center',
        maxWidthPx: 900,
        start: 1000,
        end: 5000,
        transform: staticTransform(0.5, 0.3),
        enter: { type: 'fade', durationMs: 300, easing: 'easeOut' },
        exit: { type: 'none', durationMs: 0, easing: 'linear' },
      },
    }),
    invocation('overlay.add', {
      overlay: {
        id: 'ov_icon',
        kind: 'icon',
        iconId: 'body/joints',
        fill: '#ffffff',
        outline: '#0f766e',
        sizePx: 220,
        start: 0,
        end: 4000,
        transform: [
          { t: 0, x: 0.2, y: 0.5, scale: 1, rotation: 0, opacity: 1, easing: 'linear' },
          { t: 2000, x: 0.8, y: 0.5, scale: 1, rotation: 0, opacity: 1, easing: 'linear' },
        ],
        enter: { type: 'none', durationMs: 0, easing: 'linear' },
        exit: { type: 'none', durationMs: 0, easing: 'linear' },
      },
    }),
    invocation('caption.add', {
      id: 'cue_1',
      start: 0,
      end: 2000,
      text: 'Your knee has ligaments.',
    }),
    invocation('marker.add', { id: 'mrk_1', time: 1500, label: 'Beat' }),
  ];
  return steps.reduce((doc, step) => applyCommand(doc, step).doc, documentWithClip(video));
}

export interface InspectorHarness extends Rendered {
  engine: FakeEngine;
  store: DocumentStore;
  selection: SelectionStore;
  clock: PreviewClock;
  errors: string[];
  doc(): ProjectDocument;
  undoLabels(): string[];
  /** How many times React committed the inspector's tree so far. */
  commits(): number;
}

export async function renderInspector(
  options: {
    doc?: ProjectDocument;
    selected?: Selection;
    media?: MediaAsset;
    readOnly?: boolean;
  } = {},
): Promise<InspectorHarness> {
  const document = options.doc ?? inspectorDoc();
  const engine = new FakeEngine(document, {
    'assets.icon': ({ id }) => {
      if (id.startsWith('body/')) return { svg: '<svg/>' };
      throw new Error(`no icon ${id}`);
    },
  });
  const errors: string[] = [];
  const store = new DocumentStore(
    engine.client,
    { ...openedProject(document), readOnly: options.readOnly ?? false },
    { onError: (title, message) => errors.push(`${title}: ${message}`) },
  );
  const selection = new SelectionStore();
  selection.set(options.selected ?? []);
  const clock = new PreviewClock({
    durationMs: documentDurationMs(document),
    fps: document.format.fps,
  });
  const services = { projectId: 'p1', store, selection, clock, actions: new ActionRegistry() };
  function Host(): ReactElement {
    const snapshot = useEditorSnapshot(store);
    return <Inspector doc={snapshot.document} selected={options.media} />;
  }
  let commits = 0;
  const rendered = await render(
    withProviders(
      engine.client,
      <EditorContext.Provider value={services}>
        <Profiler id="inspector" onRender={() => (commits += 1)}>
          <Host />
        </Profiler>
      </EditorContext.Provider>,
    ),
  );
  return {
    ...rendered,
    engine,
    store,
    selection,
    clock,
    errors,
    doc: () => store.getSnapshot().document,
    undoLabels: () => store.getSnapshot().history.undoStack.map((step) => step.label),
    commits: () => commits,
  };
}

/** The control labelled `label` (a <label for> or an aria-label), inside `scope`. */
export function control<T extends HTMLElement = HTMLInputElement>(
  scope: ParentNode,
  label: string,
): T {
  const byAria = scope.querySelector<T>(`[aria-label="${label}"]`);
  if (byAria) return byAria;
  const labelElement = Array.from(scope.querySelectorAll('label')).find(
    (candidate) => candidate.textContent === label,
  );
  const target = labelElement && document.getElementById(labelElement.htmlFor);
  if (!target) throw new Error(`no control labelled "${label}"`);
  return target as T;
}

export async function keyDown(
  element: Element,
  key: string,
  init: KeyboardEventInit = {},
): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  await act(async () => {
    element.dispatchEvent(event);
  });
  await settle();
  return event;
}

/** Types into a text field as a person would (replacing its text). */
export async function type(element: HTMLInputElement | HTMLTextAreaElement, text: string) {
  await act(async () => {
    element.focus();
    const prototype = Object.getPrototypeOf(element) as object;
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, text);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Types and presses Enter. */
export async function enter(element: HTMLInputElement | HTMLTextAreaElement, text: string) {
  await type(element, text);
  await keyDown(element, 'Enter');
}

export async function leave(element: HTMLElement) {
  await act(async () => {
    element.blur();
  });
  await settle();
}

/** Picks an option of a <select> as a person would. */
export async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

export function errorOf(element: HTMLElement): string | null {
  const id = element.getAttribute('aria-describedby');
  return id === null ? null : (document.getElementById(id)?.textContent ?? null);
}
