// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { click } from '../../support/render';
import { choose, enter, errorOf, renderInspector, type InspectorHarness } from './harness';

let view: InspectorHarness | undefined;
afterEach(() => view?.unmount());

const testId = <T extends HTMLElement = HTMLInputElement>(id: string) =>
  view?.container.querySelector<T>(`[data-testid="${id}"]`) as T;
const styleOf = (id: string) => view?.doc().captionStyles.find((style) => style.id === id);

describe('caption style editor', () => {
  it('applies a preset to the selected caption as one undo step', async () => {
    view = await renderInspector({ selected: [{ kind: 'caption', id: 'cue_1' }] });
    await choose(testId<HTMLSelectElement>('caption-preset'), 'high-contrast');
    expect(view.doc().tracks.captions[0]?.styleId).toBe('style-high-contrast');
    expect(styleOf('style-high-contrast')?.fontFamily).toBe('Atkinson Hyperlegible');
    expect(testId('caption-style-name').value).toBe('High contrast');
    expect(view.undoLabels().at(-1)).toBe('Apply caption preset');
  });

  it('edits the style through commands and shows refusals inline', async () => {
    view = await renderInspector({ selected: [{ kind: 'caption', id: 'cue_1' }] });
    await enter(testId('caption-style-size'), '80');
    expect(styleOf('style-clean')?.fontSizePx).toBe(80);
    await choose(testId<HTMLSelectElement>('caption-style-font'), 'Atkinson Hyperlegible');
    // TikTok Sans 700 -> Atkinson Hyperlegible ships 700: the weight stays.
    expect(styleOf('style-clean')).toMatchObject({
      fontFamily: 'Atkinson Hyperlegible',
      fontWeight: 700,
    });
    await click(testId('caption-style-box'));
    expect(styleOf('style-clean')?.box).toBeDefined();
    await enter(testId('caption-style-box-padding'), '24');
    expect(styleOf('style-clean')?.box?.paddingPx).toBe(24);
    await enter(testId('caption-style-size'), '2');
    expect(errorOf(testId('caption-style-size'))).toMatch(/8/);
    expect(styleOf('style-clean')?.fontSizePx).toBe(80);
  });

  it('shows automatic word timings in highlight modes and stores an adjusted one', async () => {
    view = await renderInspector({ selected: [{ kind: 'caption', id: 'cue_1' }] });
    await choose(testId<HTMLSelectElement>('caption-style-mode'), 'wordHighlight');
    expect(testId('caption-words-source').textContent).toMatch(/Automatic/);
    // "Your knee has ligaments." over 2000 ms by length: "Your" is 4 of 21 characters.
    expect(testId('caption-word-0-end').value).toBe('381');
    await enter(testId('caption-word-0-end'), '300');
    const words = view.doc().tracks.captions[0]?.words;
    expect(words?.[0]).toEqual({ text: 'Your', start: 0, end: 300 });
    expect(words).toHaveLength(4);
    await click(testId('caption-words-reset'));
    expect(view.doc().tracks.captions[0]).not.toHaveProperty('words');
  });
});
