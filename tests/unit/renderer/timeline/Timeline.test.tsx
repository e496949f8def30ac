// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentDurationMs } from '../../../../shared/model';
import type { ProjectDocument } from '../../../../shared/model';
import { PreviewClock } from '../../../../renderer/canvas/preview-clock';
import { ActionRegistry } from '../../../../renderer/editor/action-registry';
import { DocumentStore } from '../../../../renderer/editor/document-store';
import { EditorContext, type EditorServices } from '../../../../renderer/editor/editor-context';
import { SelectionStore } from '../../../../renderer/editor/selection';
import { Timeline } from '../../../../renderer/timeline/Timeline';
import { openedProject } from '../support/documents';
import { FakeEngine } from '../support/fake-engine';
import { render, settle, withProviders, type Rendered } from '../support/render';
import { timelineDocument } from './timeline-fixtures';

/** The scroller is 1112 px wide: 1000 px of time area at 0.1 px/ms for this 10 s project. */
const SCROLLER_WIDTH = 1112;
const PX_PER_MS = 0.1;
const HEADER = 112;

interface Harness extends Rendered {
  services: EditorServices;
  engine: FakeEngine;
  item(testId: string, id: string): HTMLElement;
}

let view: Harness | undefined;
afterEach(() => view?.unmount());

beforeEach(() => {
  // happy-dom lays nothing out: the scroller gets a size and sits at the page's top left.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    const width = this.classList.contains('timeline__scroller') ? SCROLLER_WIDTH : 0;
    return {
      x: 0,
      y: 0,
      left: 0,
      top: 0,
      width,
      height: 200,
      right: width,
      bottom: 200,
    } as DOMRect;
  });
  return () => vi.restoreAllMocks();
});

async function renderTimeline(doc: ProjectDocument = timelineDocument()): Promise<Harness> {
  const engine = new FakeEngine(doc, {
    'media.thumbnails': () => ({ frames: [] }),
    'media.waveform': () => ({ peaksPerSecond: 50, peaks: [[-0.5, 0.5]] }),
  });
  const store = new DocumentStore(engine.client, openedProject(doc));
  const services: EditorServices = {
    projectId: 'p1',
    store,
    selection: new SelectionStore(),
    clock: new PreviewClock({ durationMs: documentDurationMs(doc), fps: doc.format.fps }),
    actions: new ActionRegistry(),
  };
  const rendered = await render(
    withProviders(
      engine.client,
      <EditorContext.Provider value={services}>
        <Timeline />
      </EditorContext.Provider>,
    ),
  );
  await settle();
  return {
    ...rendered,
    services,
    engine,
    item: (testId, id) => {
      const found = rendered.container.querySelector<HTMLElement>(
        `[data-testid="${testId}"][data-id="${id}"]`,
      );
      if (!found) throw new Error(`no ${testId} ${id}`);
      return found;
    },
  };
}

async function pointer(
  type: string,
  target: EventTarget,
  clientX: number,
  clientY = 40,
  init: PointerEventInit = {},
) {
  await act(async () => {
    target.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        cancelable: true,
        button: 0,
        clientX,
        clientY,
        ...init,
      }),
    );
  });
}

/** Presses at `fromX`, moves to `toX` in a few steps and lets go. */
async function drag(target: Element, fromX: number, toX: number, init: PointerEventInit = {}) {
  await pointer('pointerdown', target, fromX, 40, init);
  for (const x of [fromX + (toX - fromX) / 3, fromX + ((toX - fromX) * 2) / 3, toX]) {
    await pointer('pointermove', window, x, 40, init);
  }
  await pointer('pointerup', window, toX, 40, init);
}

const xOf = (ms: number) => HEADER + ms * PX_PER_MS;
const undoLabels = (services: EditorServices) =>
  services.store.getSnapshot().history.undoStack.map((step) => step.label);

describe('Timeline', () => {
  it('draws every track with its items to scale, labelled', async () => {
    view = await renderTimeline();
    const clip = view.item('timeline-clip', 'clip_b');
    expect(clip.style.left).toBe(`${4000 * PX_PER_MS}px`);
    expect(clip.style.width).toBe(`${2000 * PX_PER_MS}px`);
    expect(clip.textContent).toContain('hip.mp4');
    expect(view.item('timeline-overlay', 'ovl_ring').textContent).toContain('Badge 2');
    expect(view.item('timeline-caption', 'cue_2').textContent).toContain('The ACL');
    expect(view.item('timeline-audio', 'aud_m').textContent).toContain('music.mp3');
    expect(view.container.querySelectorAll('[data-testid="timeline-marker"]')).toHaveLength(1);
    const labels = [...view.container.querySelectorAll('.ruler__label')].map((l) => l.textContent);
    expect(labels.slice(0, 3)).toEqual(['0:00', '0:01', '0:02']);
  });

  it('selects on click, toggles with Shift, and selects with a box', async () => {
    view = await renderTimeline();
    const { selection } = view.services;
    await pointer('pointerdown', view.item('timeline-caption', 'cue_1'), xOf(500));
    await pointer('pointerup', window, xOf(500));
    expect(selection.getSnapshot()).toEqual([{ kind: 'caption', id: 'cue_1' }]);
    await pointer('pointerdown', view.item('timeline-clip', 'clip_b'), xOf(4500), 40, {
      shiftKey: true,
    });
    await pointer('pointerup', window, xOf(4500));
    expect(selection.idsOf('clip')).toEqual(['clip_b']);
    expect(selection.idsOf('caption')).toEqual(['cue_1']);

    // A box from empty space after the clips, back over the two clips' rows.
    const tracks = view.container.querySelector('.timeline__tracks')!;
    await pointer('pointerdown', tracks, xOf(9000), 200);
    await pointer('pointermove', window, xOf(3500), 0);
    await pointer('pointerup', window, xOf(3500), 0);
    expect(selection.idsOf('clip')).toEqual(['clip_a', 'clip_b']);
    expect(selection.idsOf('overlay')).toEqual(['ovl_ring']);
  });

  it('moves an item by dragging, snapping to the marker, as one undo step', async () => {
    view = await renderTimeline();
    const cue = view.item('timeline-caption', 'cue_2');
    // 2500 + 470 ms lands within reach of the marker at 3000.
    await drag(cue, xOf(3000), xOf(3470));
    expect(view.services.store.getSnapshot().document.tracks.captions[1]).toMatchObject({
      start: 3000,
      end: 5000,
    });
    expect(undoLabels(view.services)).toEqual(['Move caption']);
    expect(view.engine.applied.at(-1)?.invocations[0]?.name).toBe('timeline.retime');
    view.services.store.undo();
    await settle();
    expect(view.services.store.getSnapshot().document.tracks.captions[1]?.start).toBe(2500);
  });

  it('shows the drag before committing it, and Escape cancels it', async () => {
    view = await renderTimeline();
    const overlay = view.item('timeline-overlay', 'ovl_icon');
    await pointer('pointerdown', overlay, xOf(1000));
    await pointer('pointermove', window, xOf(1500));
    await pointer('pointermove', window, xOf(2170));
    expect(view.item('timeline-overlay', 'ovl_icon').dataset.startMs).toBe('1666');
    expect(undoLabels(view.services)).toEqual([]);
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await pointer('pointerup', window, xOf(2170));
    expect(view.item('timeline-overlay', 'ovl_icon').dataset.startMs).toBe('500');
    expect(undoLabels(view.services)).toEqual([]);
  });

  it('trims a clip head by its handle: start and in move together', async () => {
    view = await renderTimeline();
    const handle = view
      .item('timeline-clip', 'clip_b')
      .querySelector('[data-testid="trim-start"]')!;
    await drag(handle, xOf(4000), xOf(4600));
    const clip = view.services.store.getSnapshot().document.tracks.video[1];
    expect(clip).toMatchObject({ id: 'clip_b', start: 4600, in: 600, out: 2000 });
    expect(undoLabels(view.services)).toEqual(['Trim clip']);
  });

  it('runs split, marker, duplicate, delete and ripple delete as actions', async () => {
    view = await renderTimeline();
    const { actions, clock, store, selection } = view.services;
    clock.seek(1000);
    await act(async () => void actions.run('timeline.split'));
    expect(store.getSnapshot().document.tracks.video.map((c) => [c.start, c.in, c.out])).toEqual([
      [0, 1000, 2000],
      [1000, 2000, 5000],
      [4000, 0, 2000],
    ]);
    await act(async () => void actions.run('timeline.addMarker'));
    expect(store.getSnapshot().document.markers.map((m) => m.time)).toEqual([3000, 1000]);
    selection.select({ kind: 'clip', id: 'clip_b' });
    await act(async () => void actions.run('edit.duplicate'));
    const copy = selection.getSnapshot()[0]!;
    expect(copy.id).not.toBe('clip_b');
    expect(store.getSnapshot().document.tracks.video.at(-1)).toMatchObject({ start: 6000 });
    selection.select({ kind: 'clip', id: 'clip_a' });
    await act(async () => void actions.run('edit.rippleDelete'));
    expect(store.getSnapshot().document.tracks.video.map((c) => c.start)).toEqual([0, 3000, 5000]);
    selection.select({ kind: 'caption', id: 'cue_1' });
    await act(async () => void actions.run('edit.delete'));
    expect(store.getSnapshot().document.tracks.captions.map((c) => c.id)).toEqual(['cue_2']);
    expect(undoLabels(view.services)).toEqual([
      'Split at playhead',
      'Add marker',
      'Duplicate clip',
      'Ripple delete clip',
      'Delete caption',
    ]);
    await act(async () => void actions.run('edit.selectAll'));
    expect(selection.getSnapshot()).toHaveLength(3 + 1 + 2 + 1);
  });

  it('zooms in, out and back to fit, and toggles snapping', async () => {
    view = await renderTimeline();
    const ruler = () =>
      Number(view!.container.querySelector('.ruler')!.getAttribute('data-px-per-ms'));
    expect(ruler()).toBeCloseTo(PX_PER_MS);
    await act(async () => void view!.services.actions.run('timeline.zoomIn'));
    expect(ruler()).toBeCloseTo(PX_PER_MS * 1.6);
    await act(async () => void view!.services.actions.run('timeline.zoomOut'));
    await act(async () => void view!.services.actions.run('timeline.zoomOut'));
    expect(ruler()).toBeCloseTo(PX_PER_MS / 1.6);
    await act(async () => void view!.services.actions.run('timeline.zoomToFit'));
    expect(ruler()).toBeCloseTo(PX_PER_MS);
    // Ctrl+wheel (a pinch) zooms; a plain wheel does not.
    const scroller = view.container.querySelector('.timeline__scroller')!;
    const wheel = async (init: { deltaY: number; ctrlKey?: boolean }) => {
      const event = new WheelEvent('wheel', {
        bubbles: true,
        cancelable: true,
        deltaY: init.deltaY,
      });
      // happy-dom's WheelEvent leaves out the mouse fields.
      Object.defineProperties(event, {
        ctrlKey: { value: init.ctrlKey ?? false },
        metaKey: { value: false },
        clientX: { value: 500 },
      });
      await act(async () => void scroller.dispatchEvent(event));
      return event;
    };
    expect((await wheel({ deltaY: -300, ctrlKey: true })).defaultPrevented).toBe(true);
    expect(ruler()).toBeCloseTo(PX_PER_MS * Math.E);
    await wheel({ deltaY: -300 });
    expect(ruler()).toBeCloseTo(PX_PER_MS * Math.E);
    const section = view.container.querySelector('.timeline')!;
    expect(section.getAttribute('data-snapping')).toBe('true');
    await act(async () => void view!.services.actions.run('timeline.toggleSnapping'));
    expect(section.getAttribute('data-snapping')).toBe('false');
  });
});
