// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VideoPool } from '../../../../renderer/canvas/video-pool';
import {
  preloadOpeningFootage,
  releasePreloadedVideos,
} from '../../../../renderer/canvas/video-preload';
import { documentWithClip, mediaAsset } from '../support/documents';

let pool: VideoPool | undefined;
afterEach(() => {
  pool?.destroy();
  releasePreloadedVideos();
  document.body.innerHTML = '';
});

function setup(mediaIds: string[]) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  pool = new VideoPool(
    container,
    (id) => `/media/p/${id}`,
    () => undefined,
  );
  pool.setMedia(mediaIds);
  const videos = () => [...container.querySelectorAll('video')];
  return { pool, videos };
}

const still = { playing: false, rate: 1, moved: false };
const clip = (clipId: string, mediaId: string, sourceMs: number) => ({
  clipId,
  mediaId,
  sourceMs,
  volume: 1,
  muted: false,
});
const upcoming = (clipId: string, mediaId: string, sourceMs: number) => ({
  clipId,
  mediaId,
  sourceMs,
  startMs: 3000,
  untilMs: 500,
});

describe('VideoPool', () => {
  it('keeps one element per file on the track, each pointing at its media URL', () => {
    const { videos } = setup(['m1', 'm2']);
    expect(videos().map((video) => video.dataset.mediaId)).toEqual(['m1', 'm2']);
    expect(videos()[0]?.getAttribute('src')).toBe('/media/p/m1');
    pool!.setMedia(['m2']);
    expect(videos().map((video) => video.dataset.mediaId)).toEqual(['m2']);
  });

  it('gives the next clip of another file that file’s element, and keeps them muted', () => {
    const { videos } = setup(['m1', 'm2']);
    pool!.sync(clip('a', 'm1', 2500), upcoming('b', 'm2', 0), still, 1000 / 30);
    expect(videos()).toHaveLength(2);
    expect(videos().every((video) => video.muted)).toBe(true);
  });

  it('adds a second element when the next clip jumps elsewhere in the same file', () => {
    const { videos } = setup(['m1']);
    pool!.sync(clip('a', 'm1', 2500), upcoming('b', 'm1', 8000), still, 1000 / 30);
    expect(videos().map((video) => video.dataset.mediaId)).toEqual(['m1', 'm1']);
    // Once that clip plays and the next one comes up, the two elements serve: no third.
    pool!.sync(clip('b', 'm1', 8100), null, still, 1000 / 30);
    pool!.sync(clip('b', 'm1', 8200), upcoming('c', 'm1', 0), still, 1000 / 30);
    expect(videos()).toHaveLength(2);
  });

  it('reports nothing to draw before an element has a picture', () => {
    setup(['m1']);
    pool!.sync(clip('a', 'm1', 0), null, still, 1000 / 30);
    expect(pool!.picture()).toBeNull();
    expect(pool!.isAt(0)).toBe(false);
    expect(pool!.has('m1')).toBe(true);
    expect(pool!.has('m9')).toBe(false);
  });

  it('carries on with the element preloaded when the project opened, without reloading it', () => {
    preloadOpeningFootage(documentWithClip(mediaAsset('m1')), (id) => `/media/p/${id}`);
    const early = document.querySelector('video')!;
    // The preload already has its metadata: the pool asks for a draw straight away.
    Object.defineProperty(early, 'readyState', { value: 1 });
    const load = vi.spyOn(early, 'load');
    const container = document.createElement('div');
    document.body.appendChild(container);
    let pictures = 0;
    pool = new VideoPool(
      container,
      (id) => `/media/p/${id}`,
      () => {
        pictures += 1;
      },
    );
    pool.setMedia(['m1']);
    expect(pictures).toBe(1);
    pool.setMedia(['m1', 'm2']);
    const videos = [...container.querySelectorAll('video')];
    expect(videos[0]).toBe(early);
    expect(videos[0]?.getAttribute('src')).toBe('/media/p/m1');
    expect(videos[1]?.getAttribute('src')).toBe('/media/p/m2');
    expect(load).not.toHaveBeenCalled();
  });

  it('marks a preloaded element that already failed as failed', () => {
    preloadOpeningFootage(documentWithClip(mediaAsset('m1')), (id) => `/media/p/${id}`);
    const early = document.querySelector('video')!;
    Object.defineProperty(early, 'error', { value: { code: 4, message: 'unsupported' } });
    const errors: string[] = [];
    const container = document.createElement('div');
    document.body.appendChild(container);
    pool = new VideoPool(
      container,
      (id) => `/media/p/${id}`,
      () => undefined,
      (mediaId, message) => errors.push(`${mediaId}: ${message}`),
    );
    pool.setMedia(['m1']);
    expect(pool.has('m1')).toBe(false);
    expect(errors).toEqual(['m1: unsupported']);
  });
});
