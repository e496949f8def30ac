import { describe, expect, it } from 'vitest';
import { displaySize, mediaBadge } from '../../../../renderer/panels/media-labels';
import { audioProbe, mediaAsset, videoProbe } from '../support/documents';

describe('media labels', () => {
  it('badges video with its displayed resolution', () => {
    expect(mediaBadge(mediaAsset('med_a'))).toBe('320×240');
  });

  it('uses the size after rotation', () => {
    const probe = videoProbe({
      width: 1920,
      height: 1080,
      rotation: 90,
      displayWidth: 1080,
      displayHeight: 1920,
    });
    expect(displaySize(probe)).toEqual({ width: 1080, height: 1920 });
    expect(mediaBadge(mediaAsset('med_r', { probe }))).toBe('1080×1920');
  });

  it('badges audio and images by kind', () => {
    expect(mediaBadge(mediaAsset('med_s', { probe: audioProbe() }))).toBe('Audio');
    const image = videoProbe({
      kind: 'image',
      durationMs: 0,
      width: 800,
      height: 600,
      displayWidth: 800,
      displayHeight: 600,
    });
    expect(mediaBadge(mediaAsset('med_i', { probe: image }))).toBe('Image 800×600');
  });
});
