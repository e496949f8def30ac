import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api';
import { ThumbnailCache, posterFrame } from '../../../../renderer/panels/thumbnails';
import { createFakeClient } from '../support/fake-client';

describe('posterFrame', () => {
  it('takes the middle frame', () => {
    expect(posterFrame(['a', 'b', 'c', 'd', 'e'])).toBe('c');
    expect(posterFrame(['a', 'b'])).toBe('a');
    expect(posterFrame([])).toBeNull();
  });
});

describe('ThumbnailCache', () => {
  it('asks the engine once per media', async () => {
    const client = createFakeClient({
      'media.thumbnails': ({ mediaId }) => ({ frames: [`data:image/jpeg;base64,${mediaId}`] }),
    });
    const cache = new ThumbnailCache(client, 'p1');
    await expect(cache.get('med_a')).resolves.toBe('data:image/jpeg;base64,med_a');
    await cache.get('med_a');
    await cache.get('med_b');
    expect(client.callsOf('media.thumbnails')).toEqual([
      { projectId: 'p1', mediaId: 'med_a' },
      { projectId: 'p1', mediaId: 'med_b' },
    ]);
  });

  it('tries again after a failure', async () => {
    let fail = true;
    const client = createFakeClient({
      'media.thumbnails': () => {
        if (fail) throw new ApiError({ code: 'missing-media', message: 'gone' });
        return { frames: ['data:image/png;base64,AA=='] };
      },
    });
    const cache = new ThumbnailCache(client, 'p1');
    await expect(cache.get('med_a')).rejects.toThrow('gone');
    fail = false;
    await expect(cache.get('med_a')).resolves.toBe('data:image/png;base64,AA==');
  });
});
