// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ManualRegion, ProjectDocument } from '../../../../../shared/model';
import { click } from '../../support/render';
import { choose, enter, inspectorDoc, renderInspector, type InspectorHarness } from './harness';

let view: InspectorHarness | undefined;
afterEach(() => view?.unmount());

const testId = <T extends HTMLElement = HTMLInputElement>(id: string) =>
  view?.container.querySelector<T>(`[data-testid="${id}"]`) as T;
const region = () => view?.doc().privacy.manualRegions[0];

/** The inspector doc's clip shows med_a source 0-10 s at 0-10 s; the region blurs 1-8 s. */
function docWithRegion(): ProjectDocument {
  const doc = inspectorDoc();
  const made: ManualRegion = {
    id: 'reg_1',
    mediaId: 'med_a',
    startMs: 1000,
    endMs: 8000,
    keyframes: [{ t: 1000, box: { x: 40, y: 30, width: 100, height: 60 } }],
    blurStyle: 'gaussian',
    label: 'Region 1',
  };
  return { ...doc, privacy: { ...doc.privacy, manualRegions: [made] } };
}

const seek = async (ms: number) => {
  await act(async () => view?.clock.seek(ms));
};

describe('blur region inspector', () => {
  it('shows the label, span, style and keyframes of the selected region', async () => {
    view = await renderInspector({
      doc: docWithRegion(),
      selected: [{ kind: 'region', id: 'reg_1' }],
    });
    expect(view.container.querySelector('h3')?.textContent).toBe('Blur region');
    expect(testId('region-label').value).toBe('Region 1');
    expect(testId('region-start').value).toBe('00:01.00');
    expect(testId('region-end').value).toBe('00:08.00');
    expect(testId<HTMLSelectElement>('region-style').value).toBe('gaussian');
    const keys = view.container.querySelectorAll('[data-testid="region-keyframe"]');
    expect(Array.from(keys, (key) => key.textContent)).toEqual(['00:01.0040, 30 · 100×60×']);
  });

  it('adds and removes a keyframe at the playhead, holding the box there', async () => {
    view = await renderInspector({
      doc: docWithRegion(),
      selected: [{ kind: 'region', id: 'reg_1' }],
    });
    await seek(3000);
    const toggle = testId<HTMLButtonElement>('region-keyframe-toggle');
    expect(toggle.textContent).toBe('Add keyframe at playhead');
    await click(toggle);
    expect(region()?.keyframes).toEqual([
      { t: 1000, box: { x: 40, y: 30, width: 100, height: 60 } },
      { t: 3000, box: { x: 40, y: 30, width: 100, height: 60 } },
    ]);
    expect(toggle.textContent).toBe('Remove keyframe at playhead');
    await click(toggle);
    expect(region()?.keyframes.map((key) => key.t)).toEqual([1000]);
    expect(view.undoLabels()).toEqual(['Add region keyframe', 'Remove region keyframe']);
    // The last keyframe holds the box: at its time the toggle cannot remove it.
    await seek(1000);
    expect(toggle.disabled).toBe(true);
  });

  it('changes span, style and label through the privacy commands, and deletes', async () => {
    view = await renderInspector({
      doc: docWithRegion(),
      selected: [{ kind: 'region', id: 'reg_1' }],
    });
    await enter(testId('region-end'), '00:05.00');
    await choose(testId<HTMLSelectElement>('region-style'), 'pixelate');
    await enter(testId('region-label'), 'Name badge');
    expect(region()).toMatchObject({
      startMs: 1000,
      endMs: 5000,
      blurStyle: 'pixelate',
      label: 'Name badge',
    });
    expect(view.undoLabels()).toEqual([
      'Set blur region span',
      'Set blur style',
      'Rename blur region',
    ]);
    await click(testId<HTMLButtonElement>('region-delete'));
    expect(view.doc().privacy.manualRegions).toEqual([]);
  });
});
