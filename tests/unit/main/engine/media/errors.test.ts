import { describe, expect, it } from 'vitest';
import {
  MediaError,
  mediaErrorFromFsError,
  type MediaErrorCode,
} from '../../../../../main/engine/media/errors';

describe('MediaError', () => {
  it('names the file in every message, with a message specific to each code', () => {
    const codes: MediaErrorCode[] = [
      'missing',
      'unreadable',
      'empty',
      'not-media',
      'truncated',
      'unsupported-codec',
      'timeout',
    ];
    const messages = codes.map((code) => new MediaError(code, '/clips/a b.mp4').message);
    for (const message of messages) expect(message).toContain('"/clips/a b.mp4"');
    expect(new Set(messages).size).toBe(codes.length);
  });

  it('carries the code, path and detail', () => {
    const error = new MediaError('truncated', '/x.mp4', 'no moov box');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('MediaError');
    expect(error.code).toBe('truncated');
    expect(error.path).toBe('/x.mp4');
    expect(error.message).toContain('no moov box');
  });
});

describe('mediaErrorFromFsError', () => {
  const fsError = (code: string) => Object.assign(new Error(code), { code });

  it('maps errno codes to media error codes', () => {
    expect(mediaErrorFromFsError(fsError('ENOENT'), '/a')?.code).toBe('missing');
    expect(mediaErrorFromFsError(fsError('ENOTDIR'), '/a')?.code).toBe('missing');
    expect(mediaErrorFromFsError(fsError('EACCES'), '/a')?.code).toBe('unreadable');
    expect(mediaErrorFromFsError(fsError('EPERM'), '/a')?.code).toBe('unreadable');
    expect(mediaErrorFromFsError(fsError('EISDIR'), '/a')?.code).toBe('not-media');
  });

  it('leaves other failures alone', () => {
    expect(mediaErrorFromFsError(fsError('EIO'), '/a')).toBeNull();
    expect(mediaErrorFromFsError('weird', '/a')).toBeNull();
  });
});
