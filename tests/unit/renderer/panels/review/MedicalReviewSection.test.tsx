// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { invocation } from '../../../../../shared/commands';
import { reviewStatus } from '../../../../../shared/review/status';
import { click, settle } from '../../support/render';
import { renderInspector, type, type InspectorHarness } from '../inspector/harness';

let view: InspectorHarness | undefined;
afterEach(() => view?.unmount());

const testId = <T extends HTMLElement = HTMLInputElement>(id: string) =>
  view?.container.querySelector<T>(`[data-testid="${id}"]`) as T;

describe('medical review section', () => {
  it('signs off as one undo step, then shows out of date after an edit', async () => {
    view = await renderInspector();
    expect(testId('review-status').dataset.state).toBe('none');
    await type(testId('review-reviewer'), 'Dr Amira Khan');
    await type(testId('review-role'), 'Cardiologist');
    await type(testId('review-date'), '2025-03-01');
    await type(testId<HTMLTextAreaElement>('review-notes'), 'Doses checked');
    await click(testId('review-end-card'));
    await click(testId('review-sign-off'));

    expect(view.doc().medicalReview).toMatchObject({
      reviewer: 'Dr Amira Khan',
      role: 'Cardiologist',
      date: '2025-03-01',
      notes: 'Doses checked',
      endCard: { durationMs: 2500 },
    });
    expect(view.undoLabels()).toEqual(['Sign off medical review']);
    expect(testId('review-status').dataset.state).toBe('current');
    expect(testId('review-record').textContent).toContain('1 March 2025');
    expect(view.engine.applied.at(-1)?.invocations[0]?.name).toBe('review.signOff');

    await act(async () => {
      view?.store.dispatch(invocation('project.rename', { name: 'Edited' }));
    });
    await settle();
    expect(reviewStatus(view.doc()).state).toBe('out-of-date');
    expect(testId('review-status').dataset.state).toBe('out-of-date');
    expect(view.container.textContent).toContain('The project changed after this sign-off');
  });

  it('refuses an incomplete sign-off with the reason beside each field', async () => {
    view = await renderInspector();
    await click(testId('review-sign-off'));
    expect(view.doc().medicalReview).toBeUndefined();
    expect(view.container.textContent).toContain('Enter the reviewer’s name.');
    expect(testId('review-reviewer').getAttribute('aria-invalid')).toBe('true');
  });

  it('toggles the end card and clears the sign-off', async () => {
    view = await renderInspector();
    await act(async () => {
      view?.store.dispatch(
        invocation('review.signOff', { reviewer: 'Dr B', role: 'GP', date: '2025-03-01' }),
      );
    });
    await settle();
    await click(testId('review-end-card-toggle'));
    expect(view.doc().medicalReview?.endCard).toEqual({ durationMs: 2500 });
    await click(testId('review-clear'));
    expect(view.doc().medicalReview).toBeUndefined();
    expect(view.undoLabels().slice(-2)).toEqual(['Change review end card', 'Clear medical review']);
  });
});
