// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import { NO_ANIMATION, staticTransform } from '../../../../shared/model';
import type { ApiClient } from '../../../../renderer/api';
import { clearIconCache } from '../../../../renderer/canvas/scene-assets';
import { takePreloadedVideo } from '../../../../renderer/canvas/video-preload';
import { afterFirstPicture } from '../../../../renderer/editor/first-picture';
import { dropOpenAhead, openAhead, warmUpEditor } from '../../../../renderer/editor/open-ahead';
import { documentWithClip, mediaAsset, openedProject } from '../support/documents';

afterEach(() => {
  vi.unstubAllGlobals();
  dropOpenAhead();
  clearIconCache();
  document.body.innerHTML = '';
});

function fakeApi(host: 'browser' | 'electron') {
  const call = vi.fn(async (method: string) =>
    method === 'media.previewStill'
      ? { url: 'data:image/jpeg;base64,/9j/', frameMs: 0 }
      : { svg: '<svg viewBox="0 0 48 48"></svg>' },
  );
  return { host, call: call as unknown as ApiClient['call'] };
}

function fakeScheduler(withIdle: boolean) {
  const queued: (() => void)[] = [];
  const cancelled: number[] = [];
  const idle = {
    requestIdleCallback: vi.fn((callback: () => void) => queued.push(callback)),
    cancelIdleCallback: (handle: number) => cancelled.push(handle),
  };
  return {
    queued,
    cancelled,
    scheduler: {
      ...(withIdle ? idle : {}),
      setTimeout: vi.fn((callback: () => void) => queued.push(callback)),
      clearTimeout: (handle: number) => cancelled.push(handle),
    },
  };
}

describe('warmUpEditor', () => {
  it('loads the scene fonts once the page is idle, not before', () => {
    const { queued, scheduler } = fakeScheduler(true);
    const load = vi.fn(() => Promise.resolve());
    warmUpEditor(scheduler, load);
    expect(load).not.toHaveBeenCalled();
    expect(scheduler.requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), {
      timeout: 1000,
    });
    queued[0]!();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('boots the footage worker with the fonts', () => {
    const { queued, scheduler } = fakeScheduler(true);
    const prewarm = vi.fn();
    warmUpEditor(scheduler, () => Promise.resolve(), 1000, prewarm);
    expect(prewarm).not.toHaveBeenCalled();
    queued[0]!();
    expect(prewarm).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timer without idle callbacks, and can be cancelled', () => {
    const { queued, cancelled, scheduler } = fakeScheduler(false);
    const cancel = warmUpEditor(scheduler, () => Promise.resolve());
    expect(scheduler.setTimeout).toHaveBeenCalledTimes(1);
    expect(queued).toHaveLength(1);
    cancel();
    expect(cancelled).toEqual([1]);
  });

  it('swallows a failed load (the canvas asks again and reports it)', async () => {
    const { queued, scheduler } = fakeScheduler(true);
    warmUpEditor(scheduler, () => Promise.reject(new Error('offline')));
    expect(() => queued[0]!()).not.toThrow();
    await Promise.resolve();
  });
});

describe('openAhead', () => {
  it('starts the opened project’s first footage on the host’s media URL', () => {
    openAhead(fakeApi('browser'), openedProject(documentWithClip(mediaAsset('med_a'))));
    expect(takePreloadedVideo('/media/p1/med_a')).toBeInstanceOf(HTMLVideoElement);
  });

  it('holds filmstrips and posters back until the first picture; closing lets them go', () => {
    openAhead(fakeApi('browser'), openedProject(documentWithClip(mediaAsset('med_a'))));
    const decoration = vi.fn();
    afterFirstPicture(decoration);
    expect(decoration).not.toHaveBeenCalled();
    dropOpenAhead();
    expect(decoration).toHaveBeenCalledTimes(1);
  });

  it('asks the engine for the icons the canvas shows first', () => {
    const withIcon = applyCommand(
      documentWithClip(mediaAsset('med_a')),
      invocation('overlay.add', {
        overlay: {
          id: 'ovl_knee',
          kind: 'icon',
          start: 0,
          end: 3000,
          enter: NO_ANIMATION,
          exit: NO_ANIMATION,
          transform: staticTransform(0.5, 0.3),
          iconId: 'body/joints',
          fill: '#E11D48',
          outline: '#FFFFFF',
          sizePx: 200,
        },
      }),
    ).doc;
    const api = fakeApi('browser');
    openAhead(api, openedProject(withIcon));
    expect(api.call).toHaveBeenCalledWith('assets.icon', { id: 'body/joints' });
  });

  it('lets the editor render once the opening still is answered, or after a short wait at most', async () => {
    vi.stubGlobal('createImageBitmap', async () => ({ width: 2, height: 2, close() {} }));
    let answer: (value: { url: string; frameMs: number }) => void = () => undefined;
    const call = vi.fn((method: string) =>
      method === 'media.previewStill'
        ? new Promise((resolve) => {
            answer = resolve;
          })
        : Promise.resolve({ svg: '<svg viewBox="0 0 48 48"></svg>' }),
    );
    const api = { host: 'browser' as const, call: call as unknown as ApiClient['call'] };
    let ready = false;
    void openAhead(api, openedProject(documentWithClip(mediaAsset('med_a'))), 10_000).then(() => {
      ready = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(call).toHaveBeenCalledWith('media.previewStill', expect.anything());
    expect(ready).toBe(false);
    answer({ url: 'data:image/jpeg;base64,/9j/', frameMs: 0 });
    await vi.waitFor(() => expect(ready).toBe(true));

    // An engine that does not answer holds the editor back no longer than the wait.
    const silent = vi.fn(() => new Promise(() => undefined));
    const started = performance.now();
    await openAhead(
      { host: 'browser', call: silent as unknown as ApiClient['call'] },
      openedProject(documentWithClip(mediaAsset('med_a'))),
      40,
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });

  it('does not hold the editor back when there is no footage to show', async () => {
    const started = performance.now();
    await openAhead(fakeApi('browser'), openedProject(documentWithClip(mediaAsset('med_a'))), 5000);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('uses the Electron media scheme in the desktop app, and drops what was not taken', () => {
    openAhead(fakeApi('electron'), openedProject(documentWithClip(mediaAsset('med_a'))));
    expect(document.querySelectorAll('video')).toHaveLength(1);
    dropOpenAhead();
    expect(document.querySelectorAll('video')).toHaveLength(0);
    openAhead(fakeApi('electron'), openedProject(documentWithClip(mediaAsset('med_a'))));
    expect(takePreloadedVideo('medclip-media://media/p1/med_a')).toBeInstanceOf(HTMLVideoElement);
  });
});
