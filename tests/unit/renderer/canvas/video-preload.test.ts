// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import type { ProjectDocument } from '../../../../shared/model';
import {
  preloadOpeningFootage,
  releasePreloadedVideos,
  takePreloadedVideo,
} from '../../../../renderer/canvas/video-preload';
import { audioProbe, documentWithClip, emptyDocument, mediaAsset } from '../support/documents';

const urlFor = (mediaId: string) => `/media/p1/${mediaId}`;
const preloaded = () => [...document.querySelectorAll('video')];

afterEach(() => {
  releasePreloadedVideos();
  document.body.innerHTML = '';
});

/** The clip of `documentWithClip` trimmed to start `inMs` into its file. */
function trimmedStart(doc: ProjectDocument, inMs: number): ProjectDocument {
  const clip = doc.tracks.video[0]!;
  return { ...doc, tracks: { ...doc.tracks, video: [{ ...clip, in: inMs }] } };
}

describe('preloadOpeningFootage', () => {
  it('starts the clip at the opening playhead loading, muted and hidden in the page', () => {
    preloadOpeningFootage(documentWithClip(mediaAsset('med_a')), urlFor);
    const [video] = preloaded();
    expect(preloaded()).toHaveLength(1);
    expect(video?.getAttribute('src')).toBe('/media/p1/med_a');
    expect(video?.muted).toBe(true);
    expect(video?.preload).toBe('auto');
    expect(video?.dataset.mediaId).toBe('med_a');
    expect(video?.parentElement?.className).toBe('preview-videos');
  });

  it('starts the element at the clip’s source time, so the preview needs no first seek', () => {
    preloadOpeningFootage(trimmedStart(documentWithClip(), 1200), urlFor);
    expect(preloaded()[0]?.currentTime).toBeCloseTo(1.2, 5);
  });

  it('hands the element over once, to the caller asking for its URL', () => {
    preloadOpeningFootage(documentWithClip(mediaAsset('med_a')), urlFor);
    expect(takePreloadedVideo('/media/p1/med_other')).toBeNull();
    const video = takePreloadedVideo('/media/p1/med_a');
    expect(video).toBeInstanceOf(HTMLVideoElement);
    expect(takePreloadedVideo('/media/p1/med_a')).toBeNull();
    // Taken elements are the taker's: releasing the rest leaves them alone.
    releasePreloadedVideos();
    expect(video?.getAttribute('src')).toBe('/media/p1/med_a');
  });

  it('lets go of what nobody took, when asked and when the next project opens', () => {
    preloadOpeningFootage(documentWithClip(mediaAsset('med_a')), urlFor);
    preloadOpeningFootage(documentWithClip(mediaAsset('med_b')), urlFor);
    expect(preloaded().map((video) => video.dataset.mediaId)).toEqual(['med_b']);
    expect(takePreloadedVideo('/media/p1/med_a')).toBeNull();
    releasePreloadedVideos();
    expect(preloaded()).toHaveLength(0);
    expect(takePreloadedVideo('/media/p1/med_b')).toBeNull();
  });

  it('loads nothing for an empty track, missing media or audio-only files', () => {
    preloadOpeningFootage(emptyDocument(), urlFor);
    preloadOpeningFootage(documentWithClip(mediaAsset('med_gone', { missing: true })), urlFor);
    const audioOnly = applyCommand(
      emptyDocument(),
      invocation('media.import', {
        asset: mediaAsset('med_song', { probe: audioProbe() }),
        clipId: 'clip_song',
      }),
    ).doc;
    preloadOpeningFootage(audioOnly, urlFor);
    expect(preloaded()).toHaveLength(0);
  });
});
