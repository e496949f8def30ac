// @vitest-environment happy-dom
import { act, useSyncExternalStore } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import { staticTransform, NO_ANIMATION, type ProjectDocument } from '../../../../shared/model';
import { PreviewClock } from '../../../../renderer/canvas/preview-clock';
import { PreviewPanel } from '../../../../renderer/canvas/PreviewPanel';
import { ActionRegistry } from '../../../../renderer/editor/action-registry';
import { DocumentStore } from '../../../../renderer/editor/document-store';
import { EditorContext, type EditorServices } from '../../../../renderer/editor/editor-context';
import { SelectionStore } from '../../../../renderer/editor/selection';
import { documentWithClip, openedProject } from '../support/documents';
import { FakeEngine } from '../support/fake-engine';
import { render, settle, withProviders, type Rendered } from '../support/render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());
beforeEach(() => localStorage.clear());

/** The clip plus an icon from 0.5 s to 1.5 s. */
function doc(): ProjectDocument {
  return applyCommand(
    documentWithClip(),
    invocation('overlay.add', {
      overlay: {
        id: 'ovl_icon',
        kind: 'icon',
        iconId: 'body/heart_organ',
        fill: '#ffffff',
        outline: '#000000',
        sizePx: 200,
        start: 500,
        end: 1500,
        transform: staticTransform(0.5, 0.3),
        enter: NO_ANIMATION,
        exit: NO_ANIMATION,
      },
    }),
  ).doc;
}

function Panel({ services }: { services: EditorServices }) {
  const snapshot = useSyncExternalStore(services.store.subscribe, services.store.getSnapshot);
  return (
    <EditorContext.Provider value={services}>
      <PreviewPanel doc={snapshot.document} projectId="p1" clock={services.clock} />
    </EditorContext.Provider>
  );
}

async function setUp() {
  const engine = new FakeEngine(doc());
  const services: EditorServices = {
    projectId: 'p1',
    store: new DocumentStore(engine.client, openedProject(engine.document)),
    selection: new SelectionStore(),
    clock: new PreviewClock({ durationMs: 2000, fps: 30 }),
    actions: new ActionRegistry(),
  };
  rendered = await render(withProviders(engine.client, <Panel services={services} />));
  const area = () => rendered!.container.querySelector('[data-testid="canvas-area"]')!;
  const run = async (id: Parameters<ActionRegistry['run']>[0]) => {
    let ran = false;
    await act(async () => {
      ran = services.actions.run(id);
    });
    await settle();
    return ran;
  };
  return { services, area, run };
}

describe('PreviewPanel actions', () => {
  it('toggles the safe zones and remembers the platform chosen', async () => {
    const { area, run } = await setUp();
    expect(area().getAttribute('data-safe-zone')).toBe('off');
    expect(await run('view.safeZones')).toBe(true);
    expect(area().getAttribute('data-safe-zone')).toBe('tiktok');
    expect(JSON.parse(localStorage.getItem('medclip.canvas.safeZones')!)).toEqual({
      shown: true,
      platform: 'tiktok',
    });
    await run('view.safeZones');
    expect(area().getAttribute('data-safe-zone')).toBe('off');
  });

  it('zooms to 100% and back to fit', async () => {
    const { area, run } = await setUp();
    expect(area().getAttribute('data-zoom')).toBe('fit');
    await run('view.canvas100');
    expect(area().getAttribute('data-zoom')).toBe('1.0000');
    await run('view.canvasFit');
    expect(area().getAttribute('data-zoom')).toBe('fit');
  });

  it('adds and removes a keyframe of the selected overlay at the playhead, one step each', async () => {
    const { services, run } = await setUp();
    const { actions, selection, clock, store } = services;
    expect(actions.isAvailable('keyframe.toggle')).toBe(false);
    act(() => selection.select({ kind: 'overlay', id: 'ovl_icon' }));
    // At 0 ms the icon is not showing yet.
    expect(actions.isAvailable('keyframe.toggle')).toBe(false);
    act(() => clock.seek(1000));
    expect(actions.isAvailable('keyframe.toggle')).toBe(true);
    await run('keyframe.toggle');
    const keyed = store.getSnapshot();
    expect(keyed.document.tracks.overlays[0]!.transform.map((k) => k.t)).toEqual([0, 500]);
    expect(keyed.history.undoStack.at(-1)?.label).toBe('Add keyframe');
    await run('keyframe.toggle');
    expect(store.getSnapshot().document.tracks.overlays[0]!.transform.map((k) => k.t)).toEqual([0]);
    expect(store.getSnapshot().history.undoStack.map((step) => step.label)).toEqual([
      'Add keyframe',
      'Remove keyframe',
    ]);
  });
});
