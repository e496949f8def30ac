// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { AudioPool } from '../../../../renderer/canvas/audio-pool';
import type { AudioClip } from '../../../../shared/model';

let pool: AudioPool | undefined;
afterEach(() => {
  pool?.destroy();
  document.body.innerHTML = '';
});

const music: AudioClip = {
  id: 'a1',
  mediaId: 'm1',
  start: 1000,
  in: 500,
  out: 4500,
  volume: 0.5,
  fadeInMs: 0,
  fadeOutMs: 0,
};
const paused = { audible: false, rate: 1, frameMs: 1000 / 30 };

describe('AudioPool', () => {
  it('makes an element per clip, marked with where the clip sits, at the clip’s volume', () => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    pool = new AudioPool(container, (id) => `/media/p/${id}`);
    const second = { ...music, id: 'a2', start: 2000 };
    pool.sync([music, second], { ...paused, timeMs: 2500 }, false, 0);
    const elements = [...container.querySelectorAll('audio')];
    expect(elements.map((element) => element.dataset.clipId)).toEqual(['a1', 'a2']);
    expect(elements[0]?.getAttribute('src')).toBe('/media/p/m1');
    expect(elements[0]?.dataset.clipStart).toBe('1000');
    expect(elements[0]?.dataset.clipIn).toBe('500');
    expect(elements[0]?.volume).toBeCloseTo(0.5);

    // Trimmed, then out of reach: the element follows, then goes.
    pool.sync([{ ...music, start: 1200 }], { ...paused, timeMs: 2500 }, false, 16);
    expect(container.querySelectorAll('audio')).toHaveLength(1);
    expect(container.querySelector('audio')?.dataset.clipStart).toBe('1200');
    pool.sync([], { ...paused, timeMs: 9000 }, false, 32);
    expect(container.querySelectorAll('audio')).toHaveLength(0);
  });

  it('plays a volume above 1 at full volume (an element cannot amplify)', () => {
    const container = document.createElement('div');
    pool = new AudioPool(container, (id) => `/media/p/${id}`);
    pool.sync([{ ...music, volume: 2 }], { ...paused, timeMs: 2500 }, false, 0);
    expect(container.querySelector('audio')?.volume).toBe(1);
  });
});
