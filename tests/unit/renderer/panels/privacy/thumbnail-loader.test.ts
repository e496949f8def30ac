import { describe, expect, it } from 'vitest';
import { ThumbnailLoader } from '../../../../../renderer/panels/privacy/thumbnail-loader';
import { createFakeClient } from '../../support/fake-client';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('ThumbnailLoader', () => {
  it('asks at most two at a time and remembers answers', async () => {
    let active = 0;
    let most = 0;
    let hold = true;
    const gates = new Map<string, ReturnType<typeof deferred>>();
    const client = createFakeClient({
      'privacy.trackThumbnails': async ({ trackId }) => {
        active += 1;
        most = Math.max(most, active);
        if (hold) {
          const gate = deferred();
          gates.set(trackId, gate);
          await gate.promise;
        }
        active -= 1;
        return { frames: [{ t: 0, url: `data:image/jpeg;base64,${trackId}` }] };
      },
    });
    const loader = new ThumbnailLoader(client, 'p1');
    const loads = ['a', 'b', 'c'].map((id) => loader.load(id, 'v1'));
    await new Promise((r) => setTimeout(r, 0));
    expect([...gates.keys()]).toEqual(['a', 'b']);
    gates.get('a')!.resolve();
    await loads[0];
    await new Promise((r) => setTimeout(r, 0));
    expect([...gates.keys()]).toEqual(['a', 'b', 'c']);
    gates.get('b')!.resolve();
    gates.get('c')!.resolve();
    expect((await Promise.all(loads)).map((frames) => frames[0]?.url)).toEqual([
      'data:image/jpeg;base64,a',
      'data:image/jpeg;base64,b',
      'data:image/jpeg;base64,c',
    ]);
    expect(most).toBe(2);
    hold = false;
    await loader.load('a', 'v1');
    expect(client.callsOf('privacy.trackThumbnails')).toHaveLength(3);
    // A new version of the track (a rescan) asks again.
    await loader.load('a', 'v2');
    expect(client.callsOf('privacy.trackThumbnails')).toHaveLength(4);
  });

  it('tries again after a failure', async () => {
    let calls = 0;
    const client = createFakeClient({
      'privacy.trackThumbnails': () => {
        calls += 1;
        if (calls === 1) throw new Error('decoder died');
        return { frames: [] };
      },
    });
    const loader = new ThumbnailLoader(client, 'p1');
    await expect(loader.load('a', 'v1')).rejects.toThrow();
    await expect(loader.load('a', 'v1')).resolves.toEqual([]);
    expect(calls).toBe(2);
  });
});
