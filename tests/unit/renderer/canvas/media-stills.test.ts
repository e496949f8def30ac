import { describe, expect, it, vi } from 'vitest';
import { isStillImage, MediaStills } from '../../../../renderer/canvas/media-stills';
import { mediaAsset, videoProbe } from '../support/documents';

type Bitmap = ImageBitmap & { close: ReturnType<typeof vi.fn> };
const bitmap = (): Bitmap => ({ width: 800, height: 600, close: vi.fn() }) as unknown as Bitmap;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('MediaStills', () => {
  it('loads a photo once, tells when it is there, and hands out the decoded picture', async () => {
    const call = vi.fn(async () => ({ dataUrl: 'data:image/png;base64,iVBO' }));
    const picture = bitmap();
    const loaded = vi.fn();
    const stills = new MediaStills({ call } as never, 'p1', loaded, async () => picture);
    expect(stills.get('med_photo')).toBeNull();
    expect(stills.pending('med_photo')).toBe(true);
    expect(stills.get('med_photo')).toBeNull();
    await flush();
    expect(call).toHaveBeenCalledTimes(1);
    expect(call).toHaveBeenCalledWith('assets.mediaImage', {
      projectId: 'p1',
      mediaId: 'med_photo',
    });
    expect(loaded).toHaveBeenCalledTimes(1);
    expect(stills.get('med_photo')).toEqual({ picture, width: 800, height: 600 });
    expect(stills.pending('med_photo')).toBe(false);
    stills.destroy();
    expect(picture.close).toHaveBeenCalled();
  });

  it('does not ask again after a failure, and is no longer pending', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const call = vi.fn(async () => {
      throw new Error('too large');
    });
    const stills = new MediaStills(
      { call } as never,
      'p1',
      () => {},
      async () => bitmap(),
    );
    stills.get('med_photo');
    await flush();
    expect(stills.get('med_photo')).toBeNull();
    expect(stills.pending('med_photo')).toBe(false);
    expect(call).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('too large'));
    warn.mockRestore();
  });
});

describe('isStillImage', () => {
  it('is true for image media that is where the project says', () => {
    const photo = mediaAsset('med_p', { probe: { ...videoProbe(), kind: 'image' } });
    expect(isStillImage(photo)).toBe(true);
    expect(isStillImage({ ...photo, missing: true })).toBe(false);
    expect(isStillImage(mediaAsset('med_v'))).toBe(false);
    expect(isStillImage(undefined)).toBe(false);
  });
});
