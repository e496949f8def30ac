// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Overlay } from '../../../../../shared/model';
import { click, settle } from '../../support/render';
import {
  choose,
  control,
  enter,
  errorOf,
  keyDown,
  leave,
  renderInspector,
  type InspectorHarness,
} from './harness';

let view: InspectorHarness | undefined;
afterEach(() => view?.unmount());

/** The overlay as the document has it now (typed loosely: tests read kind-specific fields). */
const overlay = (id: string): Overlay & Record<string, unknown> => {
  const found = view?.doc().tracks.overlays.find((each) => each.id === id);
  if (!found) throw new Error(`no overlay ${id}`);
  return found as Overlay & Record<string, unknown>;
};
const testId = <T extends HTMLElement = HTMLInputElement>(id: string) =>
  view?.container.querySelector<T>(`[data-testid="${id}"]`) as T;
const seek = async (ms: number) => {
  await act(async () => view?.clock.seek(ms));
};

describe('overlay inspector', () => {
  it('edits a text overlay’s words and type, each commit one named undo step', async () => {
    view = await renderInspector({ selected: [{ kind: 'overlay', id: 'ov_text' }] });
    expect(testId('inspector-subject').textContent).toBe('Text');
    await enter(control<HTMLTextAreaElement>(view.container, 'Text'), 'The ACL');
    await enter(testId('overlay-font-size'), '80');
    await enter(testId('overlay-font-size'), '96');
    await choose(control<HTMLSelectElement>(view.container, 'Font'), 'Atkinson Hyperlegible');
    await enter(testId('overlay-fill'), '#ffd60a');
    const text = overlay('ov_text');
    expect(text).toMatchObject({
      text: 'The ACL',
      fontSizePx: 96,
      fontFamily: 'Atkinson Hyperlegible',
      fontWeight: 700,
      fill: '#ffd60a',
    });
    // Two commits of the same field stay two steps (not merged by the command's coalesce key).
    expect(view.undoLabels()).toEqual([
      'Edit text',
      'Edit overlay',
      'Edit overlay',
      'Edit overlay',
      'Edit overlay',
    ]);
    view.store.undo();
    view.store.undo();
    view.store.undo();
    await settle();
    expect(overlay('ov_text').fontSizePx).toBe(80);
    await view.store.idle();
    expect(view.engine.document.tracks.overlays[0]).toEqual(overlay('ov_text'));
  });

  it('refuses a size out of range in place', async () => {
    view = await renderInspector({ selected: [{ kind: 'overlay', id: 'ov_text' }] });
    const size = testId('overlay-font-size');
    await enter(size, '4');
    expect(errorOf(size)).toBe('Must be at least 8 px.');
    expect(overlay('ov_text').fontSizePx).toBe(64);
  });

  it('moves the overlay in time keeping its length, and refuses an end that cuts keyframes', async () => {
    view = await renderInspector({ selected: [{ kind: 'overlay', id: 'ov_icon' }] });
    await enter(testId('span-start'), '00:01.00');
    expect(overlay('ov_icon')).toMatchObject({ start: 1000, end: 5000 });
    const end = testId('span-end');
    await enter(end, '00:02.00');
    expect(errorOf(end)).toBe("Keyframe at 2000 ms is past the overlay's 1000 ms.");
    expect(overlay('ov_icon').end).toBe(5000);
  });

  it('changes the enter animation, giving it a length when switched on', async () => {
    view = await renderInspector({ selected: [{ kind: 'overlay', id: 'ov_icon' }] });
    await choose(testId<HTMLSelectElement>('enter-type'), 'pop');
    expect(overlay('ov_icon').enter).toEqual({ type: 'pop', durationMs: 300, easing: 'linear' });
    await enter(testId('enter-duration'), '0.5');
    expect(overlay('ov_icon').enter.durationMs).toBe(500);
    await enter(testId('enter-duration'), '9');
    expect(errorOf(testId('enter-duration'))).toBe('Must be at most 4 s.');
  });

  it('checks a new icon id exists before using it', async () => {
    view = await renderInspector({ selected: [{ kind: 'overlay', id: 'ov_icon' }] });
    const field = testId('overlay-icon-id');
    await enter(field, 'Body/Lungs');
    await settle();
    expect(overlay('ov_icon').iconId).toBe('body/lungs');
    await enter(field, 'nothing/here');
    await settle();
    expect(overlay('ov_icon').iconId).toBe('body/lungs');
    expect(view.container.textContent).toContain('There is no icon “nothing/here” in healthicons.');
    await enter(field, 'bad id!');
    expect(errorOf(field)).toMatch(/Icon ids look like/);
  });
});

describe('transform at the playhead', () => {
  it('edits the lone keyframe of a static overlay wherever the playhead is', async () => {
    view = await renderInspector({ selected: [{ kind: 'overlay', id: 'ov_text' }] });
    expect(testId('transform-x').value).toBe('540');
    expect(testId('transform-y').value).toBe('576');
    await seek(9000);
    await enter(testId('transform-x'), '270');
    await enter(testId('transform-opacity'), '50');
    expect(overlay('ov_text').transform).toEqual([
      { t: 0, x: 0.25, y: 0.3, scale: 1, rotation: 0, opacity: 0.5, easing: 'linear' },
    ]);
    expect(view.undoLabels()).toEqual(['Move overlay', 'Change overlay opacity']);
  });

  it('shows live values while the playhead moves and keys changes between keyframes', async () => {
    view = await renderInspector({ selected: [{ kind: 'overlay', id: 'ov_icon' }] });
    expect(testId('transform-x').value).toBe('216');
    await seek(1000);
    expect(testId('transform-x').value).toBe('540');
    expect(testId('transform-mode').textContent).toBe(
      'A change here adds a keyframe at the playhead.',
    );
    await enter(testId('transform-scale'), '150');
    expect(overlay('ov_icon').transform.map((k) => [k.t, k.x, k.scale])).toEqual([
      [0, 0.2, 1],
      [1000, 0.5, 1.5],
      [2000, 0.8, 1],
    ]);
    expect(testId('transform-mode').textContent).toBe('Editing the keyframe at the playhead.');
    await seek(2000);
    expect(testId('transform-x').value).toBe('864');
    expect(testId('transform-scale').value).toBe('100');
  });

  it('re-renders as the playhead moves only when what it shows changes', async () => {
    view = await renderInspector({ selected: [{ kind: 'overlay', id: 'ov_text' }] });
    await seek(1500);
    const still = view.commits();
    // A static overlay shows the same values anywhere inside it: nothing re-renders.
    for (const ms of [1600, 2000, 2500, 3000]) await seek(ms);
    expect(view.commits()).toBe(still);
    view.unmount();

    view = await renderInspector({ selected: [{ kind: 'overlay', id: 'ov_icon' }] });
    const before = view.commits();
    // An animated one re-renders once per frame that changes its values, not per clock tick.
    for (const ms of [100, 110, 120, 500]) await seek(ms);
    expect(view.commits() - before).toBe(2);
    expect(testId('transform-x').value).toBe('378');
  });

  it('refuses to key an animated overlay while the playhead is outside it', async () => {
    view = await renderInspector({ selected: [{ kind: 'overlay', id: 'ov_icon' }] });
    await seek(6000);
    const x = testId('transform-x');
    await enter(x, '100');
    expect(errorOf(x)).toBe('Move the playhead over the overlay to change its animated transform.');
    expect(overlay('ov_icon').transform).toHaveLength(2);
  });

  it('adds and removes keyframes at the playhead, retimes them and sets their easing', async () => {
    view = await renderInspector({ selected: [{ kind: 'overlay', id: 'ov_icon' }] });
    const toggle = () => testId<HTMLButtonElement>('keyframe-toggle-transform');
    await seek(500);
    expect(toggle().textContent).toBe('Add keyframe at playhead');
    await click(toggle());
    expect(overlay('ov_icon').transform.map((k) => k.t)).toEqual([0, 500, 2000]);
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    expect(view.container.querySelectorAll('[data-testid="keyframe"]')).toHaveLength(3);

    await choose(control<HTMLSelectElement>(view.container, 'Keyframe 2 easing'), 'easeInOut');
    expect(overlay('ov_icon').transform[1]?.easing).toBe('easeInOut');
    await enter(control(view.container, 'Keyframe 2 time'), '00:01.00');
    expect(overlay('ov_icon').transform.map((k) => k.t)).toEqual([0, 1000, 2000]);
    await enter(control(view.container, 'Keyframe 2 time'), '00:02.00');
    expect(errorOf(control(view.container, 'Keyframe 2 time'))).toBe(
      'Another keyframe is already at that time.',
    );

    await click(control<HTMLButtonElement>(view.container, 'Remove keyframe 1'));
    expect(overlay('ov_icon').transform.map((k) => k.t)).toEqual([1000, 2000]);
    expect(view.undoLabels()).toEqual([
      'Add keyframe',
      'Change keyframe easing',
      'Move keyframe',
      'Remove keyframe',
    ]);
  });

  it('steps the playhead between keyframes', async () => {
    view = await renderInspector({ selected: [{ kind: 'overlay', id: 'ov_icon' }] });
    await seek(1000);
    await click(control<HTMLButtonElement>(view.container, 'Next keyframe'));
    expect(view.clock.timeMs).toBe(2000);
    expect(control<HTMLButtonElement>(view.container, 'Next keyframe').disabled).toBe(true);
    await click(control<HTMLButtonElement>(view.container, 'Previous keyframe'));
    expect(view.clock.timeMs).toBe(0);
  });

  it('merges arrow-key nudges into one undo step that ends when the field is left', async () => {
    view = await renderInspector({ selected: [{ kind: 'overlay', id: 'ov_text' }] });
    const rotation = testId('transform-rotation');
    await act(async () => rotation.focus());
    await keyDown(rotation, 'ArrowUp');
    await keyDown(rotation, 'ArrowUp', { shiftKey: true });
    await keyDown(rotation, 'ArrowUp');
    expect(overlay('ov_text').transform[0]?.rotation).toBe(12);
    await leave(rotation);
    await act(async () => rotation.focus());
    await keyDown(rotation, 'ArrowDown');
    expect(view.undoLabels()).toEqual(['Rotate overlay', 'Rotate overlay']);
    view.store.undo();
    view.store.undo();
    await settle();
    expect(overlay('ov_text').transform[0]?.rotation).toBe(0);
  });
});
