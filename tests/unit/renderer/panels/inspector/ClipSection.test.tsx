// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { invocation } from '../../../../../shared/commands';
import { click } from '../../support/render';
import {
  choose,
  control,
  enter,
  errorOf,
  keyDown,
  renderInspector,
  type InspectorHarness,
} from './harness';

let view: InspectorHarness | undefined;
afterEach(() => view?.unmount());

const testId = <T extends HTMLElement = HTMLInputElement>(id: string) =>
  view?.container.querySelector<T>(`[data-testid="${id}"]`) as T;
const clip = () => {
  const found = view?.doc().tracks.video[0];
  if (!found) throw new Error('no clip');
  return found;
};
const selectClip = () => renderInspector({ selected: [{ kind: 'clip', id: 'clip_med_a' }] });

describe('video clip inspector', () => {
  it('shows the media name and timing as timecodes', async () => {
    view = await selectClip();
    expect(testId('inspector-subject').textContent).toBe('med_a.mp4');
    expect(testId('clip-start').value).toBe('00:00.00');
    expect(testId('clip-out').value).toBe('00:10.00');
    expect(testId('clip-duration').value).toBe('00:10.00');
  });

  it('trims and moves through clip.trim and clip.move, refusing an out past the media', async () => {
    view = await selectClip();
    await enter(testId('clip-in'), '00:01.00');
    await enter(testId('clip-duration'), '00:04.00');
    await enter(testId('clip-start'), '00:02.00');
    expect(clip()).toMatchObject({ in: 1000, out: 5000, start: 2000 });
    expect(view.undoLabels()).toEqual(['Trim clip', 'Trim clip', 'Move clip']);
    const out = testId('clip-out');
    await enter(out, '00:12.00');
    expect(errorOf(out)).toBe('Must be 00:10.00 or earlier.');
    expect(clip().out).toBe(5000);
  });

  it('refuses a move onto another clip with the command’s reason', async () => {
    view = await selectClip();
    act(() => {
      view?.store.dispatch(
        invocation('clip.add', { id: 'clip_b', mediaId: 'med_a', start: 10_000, out: 2000 }),
      );
    });
    await enter(testId('clip-start'), '00:01.00');
    expect(errorOf(testId('clip-start'))).toMatch(/would overlap clip "clip_b"/);
    expect(clip().start).toBe(0);
  });

  it('sets the level in dB, with the slider (one step on release) and mutes', async () => {
    view = await selectClip();
    await enter(testId('volume-db'), '-6');
    expect(clip().volume).toBe(0.5012);
    expect(testId('volume-db').value).toBe('-6.0 dB');
    const slider = testId('volume-slider');
    await act(async () => {
      // The prototype's setter, as the browser does, so React sees a new value.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
        slider,
        '150',
      );
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(clip().volume).toBe(0.5012);
    expect(testId('volume-db').value).toBe('+3.5 dB');
    await act(async () => {
      slider.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(clip().volume).toBe(1.5);
    // Arrow keys on the slider are its own: they do not bubble on to window listeners.
    const seen: string[] = [];
    const listener = (event: KeyboardEvent) => seen.push(event.key);
    window.addEventListener('keydown', listener);
    await keyDown(slider, 'ArrowLeft');
    window.removeEventListener('keydown', listener);
    expect(seen).toEqual([]);
    await click(testId('clip-mute'));
    expect(clip().muted).toBe(true);
    expect(view.undoLabels()).toEqual(['Change clip volume', 'Change clip volume', 'Mute clip']);
  });

  it('switches reframe mode and edits the mode’s settings', async () => {
    view = await selectClip();
    await choose(testId<HTMLSelectElement>('reframe-mode'), 'fit-blur');
    expect(clip().reframe).toEqual({ mode: 'fit-blur', blurStrength: 40 });
    await enter(testId('reframe-blur'), '70');
    expect(clip().reframe).toEqual({ mode: 'fit-blur', blurStrength: 70 });
    await enter(testId('reframe-blur'), '170');
    expect(errorOf(testId('reframe-blur'))).toBe('Must be at most 100.');
    await choose(testId<HTMLSelectElement>('reframe-mode'), 'fit-color');
    expect(clip().reframe).toEqual({ mode: 'fit-color', color: '#000000' });
    await enter(control(view.container, 'Colour'), '#112233');
    expect(clip().reframe).toEqual({ mode: 'fit-color', color: '#112233' });
  });

  it('moves the fill focus and keys it at the playhead', async () => {
    view = await selectClip();
    await enter(testId('focus-x'), '30');
    expect(clip().reframe).toEqual({
      mode: 'fill',
      focus: [{ t: 0, x: 0.3, y: 0.5, easing: 'linear' }],
    });
    await act(async () => view?.clock.seek(4000));
    await click(testId<HTMLButtonElement>('keyframe-toggle-focus'));
    await enter(testId('focus-x'), '70');
    expect(clip().reframe).toEqual({
      mode: 'fill',
      focus: [
        { t: 0, x: 0.3, y: 0.5, easing: 'linear' },
        { t: 4000, x: 0.7, y: 0.5, easing: 'linear' },
      ],
    });
    await act(async () => view?.clock.seek(2000));
    expect(testId('focus-x').value).toBe('50');
  });
});

describe('audio clip, caption and marker inspectors', () => {
  it('edits an audio clip’s timing, level and fades through audio.update', async () => {
    view = await renderInspector({ selected: [{ kind: 'audio', id: 'aud_1' }] });
    expect(testId('inspector-subject').textContent).toBe('music.mp3');
    await enter(control(view.container, 'Start'), '00:03.00');
    await enter(testId('volume-db'), '-12');
    await enter(testId('fade-in'), '1.5');
    await enter(testId('fade-out'), '7');
    expect(errorOf(testId('fade-out'))).toBe('Must be at most 6.5 s.');
    expect(view.doc().tracks.audio[0]).toMatchObject({
      start: 3000,
      volume: 0.2512,
      fadeInMs: 1500,
      fadeOutMs: 500,
    });
    expect(view.undoLabels()).toEqual(['Move audio clip', 'Change audio volume', 'Change fade in']);
    await view.store.idle();
    expect(view.engine.document.tracks.audio[0]).toEqual(view.doc().tracks.audio[0]);
  });

  it('edits a caption’s text, style and timing; new word counts drop stale word timings', async () => {
    view = await renderInspector({ selected: [{ kind: 'caption', id: 'cue_1' }] });
    await enter(testId<HTMLTextAreaElement>('caption-text'), 'Four ligaments hold your knee.');
    await choose(testId<HTMLSelectElement>('caption-style'), 'style-legible');
    await enter(testId('span-start'), '00:01.00');
    expect(view.doc().tracks.captions[0]).toMatchObject({
      text: 'Four ligaments hold your knee.',
      styleId: 'style-legible',
      start: 1000,
      end: 3000,
    });
    const text = testId<HTMLTextAreaElement>('caption-text');
    await enter(text, '   ');
    expect(errorOf(text)).toBe('A caption needs some text.');
  });

  it('renames and moves a marker through marker.update', async () => {
    view = await renderInspector({ selected: [{ kind: 'marker', id: 'mrk_1' }] });
    await enter(testId('marker-label'), 'Cut to X-ray');
    await enter(testId('marker-time'), '00:04.10');
    expect(view.doc().markers).toEqual([{ id: 'mrk_1', time: 4333, label: 'Cut to X-ray' }]);
    expect(view.undoLabels()).toEqual(['Rename marker', 'Move marker']);
  });
});
