// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { settle } from '../../support/render';
import { keyDown, type } from '../inspector/harness';
import { click, doubleClick, renderCaptionsPanel, type CaptionsHarness } from './harness';

let view: CaptionsHarness | undefined;
afterEach(() => view?.unmount());

const texts = (view: CaptionsHarness) => view.doc().tracks.captions.map((cue) => cue.text);
const editor = (view: CaptionsHarness) =>
  view.container.querySelector<HTMLTextAreaElement>('[data-testid="caption-cue-editor"]');
const mainButton = (row: HTMLElement) => row.querySelector<HTMLButtonElement>('.cue-row__main')!;

describe('CaptionsPanel', () => {
  it('lists cues in time order with their time range, text and problems', async () => {
    view = await renderCaptionsPanel();
    expect(view.rows().map((row) => row.dataset.id)).toEqual(['cue_1', 'cue_2', 'cue_3']);
    expect(view.row('cue_2').querySelector('.cue-row__time')?.textContent).toBe(
      '00:02.15 – 00:02.27',
    );
    expect(view.row('cue_1').querySelector('.cue-row__text')?.textContent).toBe(
      'Your knee has four ligaments.',
    );
    // 400 ms is under 5/6 s, and 14 characters in 0.4 s is 35 per second.
    const badges = Array.from(view.row('cue_2').querySelectorAll('[data-problem-type]'));
    expect(badges.map((badge) => badge.getAttribute('data-problem-type'))).toEqual(
      expect.arrayContaining(['tooShort', 'readingSpeed']),
    );
    expect(badges.find((b) => b.textContent === 'Too short')?.getAttribute('title')).toMatch(/400/);
    expect(view.row('cue_3').dataset.problems).toBe('');
    const listed = view.container.querySelectorAll('[data-testid="caption-problem"]');
    expect(listed.length).toBeGreaterThanOrEqual(2);
  });

  it('sets the reading-speed limit and platform as one undoable step each', async () => {
    view = await renderCaptionsPanel();
    const badgesOf = (id: string) =>
      Array.from(view!.row(id).querySelectorAll('[data-problem-type]')).map((badge) =>
        badge.getAttribute('data-problem-type'),
      );
    // 29 characters in 2 s is 14.5 per second: fine at the default 17.
    expect(badgesOf('cue_1')).not.toContain('readingSpeed');
    const pick = async (label: string, value: string) => {
      const select = view!.container.querySelector<HTMLSelectElement>(
        `select[aria-label="${label}"]`,
      )!;
      await act(async () => {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    await pick('Reading speed limit', '12');
    expect(view.doc().captionRules).toEqual({ maxCharsPerSecond: 12, platform: 'tiktok' });
    expect(badgesOf('cue_1')).toContain('readingSpeed');
    await pick('Caption safe zone platform', 'shorts');
    expect(view.doc().captionRules).toEqual({ maxCharsPerSecond: 12, platform: 'shorts' });
    expect(view.undoLabels().slice(-2)).toEqual(['Change caption rules', 'Change caption rules']);
    await act(async () => {
      view!.store.undo();
      view!.store.undo();
    });
    expect(view.doc().captionRules).toBeUndefined();
  });

  it('selects a cue and seeks to it on click; a problem does the same', async () => {
    view = await renderCaptionsPanel();
    await click(mainButton(view.row('cue_3')));
    expect(view.selection.getSnapshot()).toEqual([{ kind: 'caption', id: 'cue_3' }]);
    expect(view.clock.timeMs).toBe(4000);
    expect(view.row('cue_3').dataset.selected).toBe('true');
    expect(view.row('cue_3').dataset.active).toBe('true');

    const problem = view.container.querySelector<HTMLElement>(
      '[data-testid="caption-problem"][data-cue-id="cue_2"]',
    )!;
    await click(problem);
    expect(view.selection.idsOf('caption')).toEqual(['cue_2']);
    expect(view.clock.timeMs).toBe(2500);
  });

  it('highlights the cue under the playhead as it moves', async () => {
    view = await renderCaptionsPanel();
    await act(async () => view?.clock.seek(4500));
    expect(
      view
        .rows()
        .filter((row) => row.dataset.active === 'true')
        .map((r) => r.dataset.id),
    ).toEqual(['cue_3']);
    await act(async () => view?.clock.seek(3500));
    expect(view.rows().some((row) => row.dataset.active === 'true')).toBe(false);
  });

  it('edits text inline: Enter saves, Shift+Enter is a new line, Escape cancels', async () => {
    view = await renderCaptionsPanel();
    await doubleClick(mainButton(view.row('cue_1')));
    const field = editor(view)!;
    expect(field.value).toBe('Your knee has four ligaments.');
    await type(field, 'Your knee has\nfour ligaments!');
    const shiftEnter = await keyDown(field, 'Enter', { shiftKey: true });
    expect(shiftEnter.defaultPrevented).toBe(false);
    expect(editor(view)).not.toBeNull();
    await keyDown(field, 'Enter');
    expect(editor(view)).toBeNull();
    expect(texts(view)[0]).toBe('Your knee has\nfour ligaments!');
    expect(view.undoLabels()).toEqual(['Edit caption text']);

    await doubleClick(mainButton(view.row('cue_3')));
    await type(editor(view)!, 'Something else');
    await keyDown(editor(view)!, 'Escape');
    expect(editor(view)).toBeNull();
    expect(texts(view)[1]).toBe('Rest and ice help.');
    expect(view.undoLabels()).toHaveLength(1);
  });

  it('refuses blank text and keeps the editor open', async () => {
    view = await renderCaptionsPanel();
    await doubleClick(mainButton(view.row('cue_1')));
    await type(editor(view)!, '   ');
    await keyDown(editor(view)!, 'Enter');
    expect(editor(view)?.getAttribute('aria-invalid')).toBe('true');
    expect(view.container.querySelector('.cue-editor__error')?.textContent).toMatch(
      /needs some text/,
    );
    expect(texts(view)[0]).toBe('Your knee has four ligaments.');
  });

  it('splits at the text cursor (Ctrl+Enter), saving edited text in the same step', async () => {
    view = await renderCaptionsPanel();
    await doubleClick(mainButton(view.row('cue_1')));
    const field = editor(view)!;
    await type(field, 'Your knee has four strong ligaments.');
    field.setSelectionRange(13, 13);
    await keyDown(field, 'Enter', { ctrlKey: true });
    const cues = view.doc().tracks.captions;
    expect(cues.map((cue) => cue.text).slice(0, 2)).toEqual([
      'Your knee has',
      'four strong ligaments.',
    ]);
    // 13 characters before, 22 after: 2000 ms × 13/35.
    expect(cues[0]?.end).toBe(743);
    expect(cues[1]?.start).toBe(743);
    expect(view.undoLabels()).toEqual(['Split caption']);
    expect(view.selection.idsOf('caption')).toEqual([cues[1]?.id]);
  });

  it('merges the selected cue with the next and nudges its edges by a frame', async () => {
    view = await renderCaptionsPanel();
    await click(mainButton(view.row('cue_2')));
    await click(view.button('Nudge start a frame earlier'));
    await click(view.button('Nudge end a frame later'));
    const cue2 = () => view?.doc().tracks.captions.find((cue) => cue.id === 'cue_2');
    expect(cue2()).toMatchObject({ start: 2467, end: 2933 });
    await click(view.button('Merge caption with next'));
    expect(cue2()).toMatchObject({
      start: 2467,
      end: 6000,
      text: 'The ACL is one Rest and ice help.',
    });
    expect(view.undoLabels()).toEqual(['Nudge caption', 'Nudge caption', 'Merge captions']);
    view.store.undo();
    await settle();
    expect(view.rows()).toHaveLength(3);
  });

  it('runs the caption shortcuts on the selected cue and reports refusals', async () => {
    view = await renderCaptionsPanel();
    expect(view.actions.isAvailable('caption.mergeNext')).toBe(false);
    await click(mainButton(view.row('cue_3')));
    await act(async () => void view?.actions.run('caption.nudgeEndEarlier'));
    expect(view.doc().tracks.captions.find((cue) => cue.id === 'cue_3')?.end).toBe(5967);
    await act(async () => void view?.actions.run('caption.mergeNext'));
    expect(view.errors.join()).toMatch(/last caption: nothing to merge with/);
  });

  it('before it is first shown, runs the caption shortcuts without building its lists', async () => {
    view = await renderCaptionsPanel(undefined, false);
    expect(view.rows()).toHaveLength(0);
    expect(view.container.querySelector('[data-testid="caption-problem"]')).toBeNull();
    act(() => view?.selection.select({ kind: 'caption', id: 'cue_3' }));
    await settle();
    await act(async () => void view?.actions.run('caption.nudgeEndEarlier'));
    expect(view.doc().tracks.captions.find((cue) => cue.id === 'cue_3')?.end).toBe(5967);
  });

  it('adds a cue at the playhead and opens it for typing', async () => {
    view = await renderCaptionsPanel();
    await act(async () => view?.clock.seek(7000));
    await click(view.button('Add caption at playhead'));
    const added = view.doc().tracks.captions.find((cue) => cue.start === 7000);
    expect(added).toMatchObject({ end: 9000, text: 'New caption' });
    expect(editor(view)?.value).toBe('New caption');
    expect(view.rows().at(-1)?.dataset.id).toBe(added?.id);
  });

  it('finds and replaces across cues in one undo step', async () => {
    view = await renderCaptionsPanel();
    const find = view.container.querySelector<HTMLButtonElement>('button[aria-pressed="false"]')!;
    expect(find.textContent).toBe('Find');
    await click(find);
    const input = (label: string) =>
      view!.container.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;
    const checkbox = (label: string) =>
      Array.from(view!.container.querySelectorAll('label'))
        .find((element) => element.textContent === label)!
        .querySelector('input')!;
    await type(input('Find'), 'e');
    const count = () =>
      view!.container.querySelector('[data-testid="caption-find-count"]')?.textContent;
    expect(count()).toBe('8 matches in 3 captions');
    await act(async () => {
      checkbox('Match case').click();
    });
    await type(input('Find'), 'the');
    expect(count()).toBe('No matches');
    await act(async () => {
      checkbox('Match case').click();
    });
    expect(count()).toBe('1 match in 1 caption');
    await type(input('Replace with'), 'This');
    const replaceAll = Array.from(view.container.querySelectorAll('button')).find(
      (button) => button.textContent === 'Replace all',
    )!;
    await click(replaceAll);
    expect(texts(view)).toContain('This ACL is one');
    expect(view.undoLabels()).toEqual(['Replace in captions']);
  });
});
