// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import { NO_ANIMATION, staticTransform, type Overlay } from '../../../../shared/model';
import {
  BrowserSceneAssets,
  clearIconCache,
  prefetchOpeningIcons,
} from '../../../../renderer/canvas/scene-assets';
import type { ApiClient } from '../../../../renderer/api';
import { emptyDocument } from '../support/documents';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><path fill="currentColor" d="M0 0h48v48H0z"/></svg>';

function iconOverlay(id: string, start: number, scale = 1): Overlay {
  return {
    id,
    kind: 'icon',
    start,
    end: start + 5000,
    enter: NO_ANIMATION,
    exit: NO_ANIMATION,
    transform: [{ ...staticTransform(0.5, 0.5)[0]!, scale }],
    iconId: 'body/joints',
    fill: '#E11D48',
    outline: '#FFFFFF',
    sizePx: 200,
  };
}

function docWith(...overlays: Overlay[]) {
  return overlays.reduce(
    (doc, overlay) => applyCommand(doc, invocation('overlay.add', { overlay })).doc,
    emptyDocument(),
  );
}

function fakeApi(fail = false) {
  const call = vi.fn(async (method: string, request: { id: string }) => {
    if (fail) throw new Error('engine gone');
    return { svg: SVG, method, id: request.id };
  });
  return { api: { host: 'browser', call } as unknown as ApiClient, call };
}

/** happy-dom does not decode pictures: every image "loads" as soon as it has a source. */
beforeEach(() => {
  let count = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:test/${(count += 1)}`);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLImageElement.prototype, 'src', 'set').mockImplementation(function (
    this: HTMLImageElement,
  ) {
    setTimeout(() => this.onload?.(new Event('load')), 0);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  clearIconCache();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('scene icons', () => {
  it('prefetches the icons shown at 0 ms, so the canvas has them on its first draw', async () => {
    const { api, call } = fakeApi();
    prefetchOpeningIcons(api, docWith(iconOverlay('ovl_now', 0), iconOverlay('ovl_later', 8000)));
    expect(call).toHaveBeenCalledTimes(1);
    expect(call).toHaveBeenCalledWith('assets.icon', { id: 'body/joints' });
    await settle();
    const loaded = vi.fn();
    const assets = new BrowserSceneAssets(api, 'p1', loaded);
    const request = { iconId: 'body/joints', fill: '#E11D48', outline: '#FFFFFF' };
    expect(assets.icon({ ...request, rasterSizePx: 200 })).toBeInstanceOf(HTMLImageElement);
    expect(assets.loadingCount).toBe(0);
    expect(call).toHaveBeenCalledTimes(1);
    // Another size of the same look stands in while it loads, and loads once.
    expect(assets.icon({ ...request, rasterSizePx: 400 })).toBeInstanceOf(HTMLImageElement);
    expect(assets.loadingCount).toBe(1);
    await settle();
    expect(assets.loadingCount).toBe(0);
    expect(loaded).toHaveBeenCalledTimes(1);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('prefetches an icon scaled up at the raster size the builder asks for', async () => {
    const { api } = fakeApi();
    prefetchOpeningIcons(api, docWith(iconOverlay('ovl_big', 0, 2.5)));
    await settle();
    const assets = new BrowserSceneAssets(api, 'p1', () => undefined);
    const request = { iconId: 'body/joints', fill: '#E11D48', outline: '#FFFFFF' };
    expect(assets.icon({ ...request, rasterSizePx: 600 })).toBeInstanceOf(HTMLImageElement);
    expect(assets.loadingCount).toBe(0);
  });

  it('does not keep a failed load: a later canvas asks the engine again', async () => {
    const failing = fakeApi(true);
    prefetchOpeningIcons(failing.api, docWith(iconOverlay('ovl_now', 0)));
    await settle();
    const errors: string[] = [];
    const { api, call } = fakeApi();
    const assets = new BrowserSceneAssets(
      api,
      'p1',
      () => undefined,
      (what) => errors.push(what),
    );
    const request = {
      iconId: 'body/joints',
      fill: '#E11D48',
      outline: '#FFFFFF',
      rasterSizePx: 200,
    };
    expect(assets.icon(request)).toBeUndefined();
    await settle();
    expect(call).toHaveBeenCalledTimes(1);
    expect(assets.icon(request)).toBeInstanceOf(HTMLImageElement);
    expect(errors).toEqual([]);
  });
});
