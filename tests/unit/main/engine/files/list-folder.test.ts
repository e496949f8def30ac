import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFolder } from '../../../../../main/engine/files/list-folder';
import { tempDir } from '../../../../support/temp';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
  mkdirSync(join(tmp.dir, 'b-folder'));
  mkdirSync(join(tmp.dir, '.hidden'));
  writeFileSync(join(tmp.dir, 'clip.MP4'), 'x');
  writeFileSync(join(tmp.dir, 'notes.txt'), 'hello');
});
afterEach(() => tmp.cleanup());

describe('listFolder', () => {
  it('lists folders first, hides dot files, filters by extension case-insensitively', () => {
    const all = listFolder(tmp.dir);
    expect(all.entries.map((e) => e.name)).toEqual(['b-folder', 'clip.MP4', 'notes.txt']);
    const media = listFolder(tmp.dir, ['mp4']);
    expect(media.entries.map((e) => e.name)).toEqual(['b-folder', 'clip.MP4']);
    expect(media.entries[1]).toMatchObject({ kind: 'file', sizeBytes: 1 });
    expect(media.parent).not.toBeNull();
  });

  it('gives a clear error for a missing folder', () => {
    expect(() => listFolder(join(tmp.dir, 'nope'))).toThrow(/does not exist/);
  });
});
