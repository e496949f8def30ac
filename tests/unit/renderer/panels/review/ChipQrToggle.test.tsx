// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../../shared/commands';
import { staticTransform, NO_ANIMATION, type ProjectDocument } from '../../../../../shared/model';
import { click } from '../../support/render';
import { inspectorDoc, renderInspector, type InspectorHarness } from '../inspector/harness';

let view: InspectorHarness | undefined;
afterEach(() => view?.unmount());

const testId = <T extends HTMLElement = HTMLInputElement>(id: string) =>
  view?.container.querySelector<T>(`[data-testid="${id}"]`) as T;

function docWithChip(doi?: string): ProjectDocument {
  const csl = {
    type: 'article-journal',
    title: 'Trial',
    author: [{ family: 'Smith', given: 'A' }],
    issued: { 'date-parts': [[2023]] },
    ...(doi ? { DOI: doi } : {}),
  };
  return [
    invocation('citation.add', { id: 'cit_1', csl }),
    invocation('overlay.add', {
      overlay: {
        id: 'ov_chip',
        kind: 'citationChip',
        citationId: 'cit_1',
        start: 0,
        end: 2000,
        transform: staticTransform(0.5, 0.2),
        enter: NO_ANIMATION,
        exit: NO_ANIMATION,
      },
    }),
  ].reduce((doc, step) => applyCommand(doc, step).doc, inspectorDoc());
}

const chip = () => view?.doc().tracks.overlays.find((o) => o.id === 'ov_chip');

describe('chip QR toggle', () => {
  it('turns the QR on and off, each one named undo step, naming the link', async () => {
    view = await renderInspector({
      doc: docWithChip('10.1056/NEJMoa2034577'),
      selected: [{ kind: 'overlay', id: 'ov_chip' }],
    });
    expect(testId('chip-qr-hint').textContent).toBe(
      'Links to https://doi.org/10.1056/NEJMoa2034577',
    );
    await click(testId('chip-qr'));
    expect(chip()).toMatchObject({ qr: true });
    await click(testId('chip-qr'));
    expect(chip()).not.toHaveProperty('qr');
    expect(view.undoLabels().slice(-2)).toEqual(['Show QR code', 'Hide QR code']);
  });

  it('says when the source has no DOI to link', async () => {
    view = await renderInspector({
      doc: docWithChip(),
      selected: [{ kind: 'overlay', id: 'ov_chip' }],
    });
    expect(testId('chip-qr-hint').textContent).toBe(
      'This source has no DOI, so no QR code is drawn.',
    );
  });
});
