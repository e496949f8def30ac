import { describe, expect, it } from 'vitest';
import {
  absolutePathSchema,
  contentHashSchema,
  mediaAssetSchema,
  mediaHasDuration,
} from '../../../../shared/model/media';
import { asset, audioProbe, imageProbe } from '../fixtures';

describe('mediaAssetSchema', () => {
  it('accepts a complete asset and keeps the optional missing flag', () => {
    expect(mediaAssetSchema.parse(asset('med_a'))).toEqual(asset('med_a'));
    expect(mediaAssetSchema.parse({ ...asset('med_a'), missing: true }).missing).toBe(true);
  });

  it.each(['/home/me/a.mp4', 'C:\\Users\\me\\a.mp4', 'd:/clips/a.mp4', '\\\\server\\share\\a.mp4'])(
    'accepts the absolute path %s',
    (path) => {
      expect(absolutePathSchema.safeParse(path).success).toBe(true);
    },
  );

  it.each(['a.mp4', './a.mp4', '../a.mp4', 'C:a.mp4', '', '/a\0b'])(
    'refuses the path %j',
    (path) => {
      expect(absolutePathSchema.safeParse(path).success).toBe(false);
    },
  );

  it('wants a lower-case hex digest', () => {
    expect(contentHashSchema.safeParse('ab'.repeat(32)).success).toBe(true);
    expect(contentHashSchema.safeParse('AB'.repeat(32)).success).toBe(false);
    expect(contentHashSchema.safeParse('abc').success).toBe(false);
    expect(contentHashSchema.safeParse('zz'.repeat(32)).success).toBe(false);
  });

  it('refuses negative sizes and a malformed probe', () => {
    expect(mediaAssetSchema.safeParse({ ...asset('m'), sizeBytes: -1 }).success).toBe(false);
    const badProbe = { ...asset('m'), probe: { ...asset('m').probe, rotation: 45 } };
    expect(mediaAssetSchema.safeParse(badProbe).success).toBe(false);
  });

  it('knows still images have no duration', () => {
    expect(mediaHasDuration(asset('i', imageProbe()))).toBe(false);
    expect(mediaHasDuration(asset('a', audioProbe()))).toBe(true);
  });
});
