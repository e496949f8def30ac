// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PreviewClock } from '../../../../renderer/canvas/preview-clock';
import {
  ignoresTransportKeys,
  matchTransportKey,
  runTransportAction,
} from '../../../../renderer/canvas/transport-keys';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('transport keys', () => {
  it('maps Space, arrows, Home and End, and leaves modified keys alone', () => {
    expect(matchTransportKey(key(' '))).toBe('toggle');
    expect(matchTransportKey(key('ArrowLeft'))).toBe('back');
    expect(matchTransportKey(key('ArrowRight'))).toBe('forward');
    expect(matchTransportKey(key('Home'))).toBe('start');
    expect(matchTransportKey(key('End'))).toBe('end');
    expect(matchTransportKey(key('ArrowLeft', { ctrlKey: true }))).toBeNull();
    expect(matchTransportKey(key(' ', { shiftKey: true }))).toBeNull();
    expect(matchTransportKey(key('z'))).toBeNull();
  });

  it('stays out of text fields and dialogs, and lets Space press a focused button', () => {
    document.body.innerHTML = `
      <input id="name" type="text"><input id="scrub" type="range">
      <button id="play">Play</button>
      <div role="dialog"><span id="inside">x</span></div><div id="plain"></div>`;
    const byId = (id: string) => document.getElementById(id);
    expect(ignoresTransportKeys(byId('name'), 'toggle')).toBe(true);
    expect(ignoresTransportKeys(byId('name'), 'back')).toBe(true);
    expect(ignoresTransportKeys(byId('scrub'), 'forward')).toBe(false);
    expect(ignoresTransportKeys(byId('play'), 'toggle')).toBe(true);
    expect(ignoresTransportKeys(byId('play'), 'forward')).toBe(false);
    expect(ignoresTransportKeys(byId('inside'), 'end')).toBe(true);
    expect(ignoresTransportKeys(byId('plain'), 'toggle')).toBe(false);
    expect(ignoresTransportKeys(document.body, 'toggle')).toBe(false);
  });

  it('runs each action on the clock', () => {
    const clock = new PreviewClock({ durationMs: 2000, fps: 25 });
    runTransportAction(clock, 'forward');
    expect(clock.timeMs).toBe(40);
    runTransportAction(clock, 'end');
    expect(clock.timeMs).toBe(1960);
    runTransportAction(clock, 'back');
    expect(clock.timeMs).toBe(1920);
    runTransportAction(clock, 'start');
    expect(clock.timeMs).toBe(0);
    runTransportAction(clock, 'toggle');
    expect(clock.playing).toBe(true);
    runTransportAction(clock, 'toggle');
    expect(clock.playing).toBe(false);
  });
});
