import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  onOpeningStill,
  openingStillFor,
  prefetchOpeningStill,
  releaseOpeningStill,
} from '../../../../renderer/canvas/opening-still';
import { audioProbe, documentWithClip, mediaAsset, openedProject } from '../support/documents';

type Bitmap = ImageBitmap & { close: ReturnType<typeof vi.fn> };
const bitmap = (): Bitmap => ({ width: 1280, height: 720, close: vi.fn() }) as unknown as Bitmap;

function fakeApi(reply: Promise<{ url: string; frameMs: number }>) {
  const call = vi.fn((_name: string, _request: unknown) => reply);
  return { api: { call } as never, call };
}

const answer = (frameMs = 0) => Promise.resolve({ url: 'data:image/jpeg;base64,/9j/', frameMs });

afterEach(() => releaseOpeningStill());

describe('prefetchOpeningStill', () => {
  it('asks the engine for the frame at the opening playhead and keeps it for that media', async () => {
    const { api, call } = fakeApi(answer());
    const picture = bitmap();
    const arrived = vi.fn();
    const stop = onOpeningStill(arrived);
    await prefetchOpeningStill(api, openedProject(documentWithClip()), async () => picture);
    stop();
    expect(call).toHaveBeenCalledWith('media.previewStill', {
      projectId: 'p1',
      mediaId: 'med_a',
      sourceMs: 0,
    });
    expect(arrived).toHaveBeenCalledTimes(1);
    expect(openingStillFor('p1', 'med_a', 0)?.picture).toBe(picture);
    // Only for exactly what it shows: another time, media or project gets nothing.
    expect(openingStillFor('p1', 'med_a', 40)).toBeNull();
    expect(openingStillFor('p1', 'med_b', 0)).toBeNull();
    expect(openingStillFor('p2', 'med_a', 0)).toBeNull();
  });

  it('lets the picture go when released, and drops an answer that comes after', async () => {
    const first = bitmap();
    await prefetchOpeningStill(
      fakeApi(answer()).api,
      openedProject(documentWithClip()),
      async () => first,
    );
    releaseOpeningStill();
    expect(first.close).toHaveBeenCalled();
    expect(openingStillFor('p1', 'med_a', 0)).toBeNull();

    let finish: (value: { url: string; frameMs: number }) => void = () => {};
    const late = new Promise<{ url: string; frameMs: number }>((resolve) => (finish = resolve));
    const stale = bitmap();
    const pending = prefetchOpeningStill(
      fakeApi(late).api,
      openedProject(documentWithClip()),
      async () => stale,
    );
    releaseOpeningStill();
    finish({ url: 'data:image/jpeg;base64,/9j/', frameMs: 0 });
    await pending;
    expect(stale.close).toHaveBeenCalled();
    expect(openingStillFor('p1', 'med_a', 0)).toBeNull();
  });

  it('asks nothing when the opening playhead has no playable video', async () => {
    const audioOnly = documentWithClip(mediaAsset('med_a', { probe: audioProbe() }));
    const missing = documentWithClip(mediaAsset('med_a', { missing: true }));
    for (const doc of [audioOnly, missing]) {
      const { api, call } = fakeApi(answer());
      await prefetchOpeningStill(api, openedProject(doc), async () => bitmap());
      expect(call).not.toHaveBeenCalled();
    }
  });

  it('is quiet when the engine cannot make the still (the video element still loads)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { api } = fakeApi(Promise.reject(new Error('no video frame at 0 ms')));
    await expect(
      prefetchOpeningStill(api, openedProject(documentWithClip()), async () => bitmap()),
    ).resolves.toBeUndefined();
    expect(openingStillFor('p1', 'med_a', 0)).toBeNull();
    warn.mockRestore();
  });
});
