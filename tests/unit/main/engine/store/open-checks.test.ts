import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotAProjectError, ProjectCorruptError } from '../../../../../main/engine/store/errors';
import { addNote, useStores, useTempDir } from './helpers';

const tempDir = useTempDir();
const stores = useStores();

describe('opening files that are not (healthy) MedClip projects', () => {
  it('a zero-byte file', () => {
    const file = path.join(tempDir(), 'empty.medclip');
    writeFileSync(file, '');
    expect(() => stores.open(file)).toThrow(NotAProjectError);
    expect(() => stores.open(file)).toThrow(`${file} is not a MedClip project (the file is empty)`);
  });

  it('a short text file and a long garbage file', () => {
    const dir = tempDir();
    const short = path.join(dir, 'notes.medclip');
    writeFileSync(short, 'hello');
    expect(() => stores.open(short)).toThrow(NotAProjectError);
    const garbage = path.join(dir, 'garbage.medclip');
    writeFileSync(garbage, Buffer.alloc(64 * 1024, 0xa7));
    expect(() => stores.open(garbage)).toThrow(
      /is not a MedClip project \(not a SQLite database\)/,
    );
  });

  it('a folder', () => {
    const folder = path.join(tempDir(), 'dir.medclip');
    mkdirSync(folder);
    expect(() => stores.open(folder)).toThrow(NotAProjectError);
  });

  it("another program's SQLite database, left unchanged", () => {
    const file = path.join(tempDir(), 'other.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    db.close();
    const before = statSync(file).size;
    expect(() => stores.open(file)).toThrow(
      `${file} is not a MedClip project (a SQLite database of another program)`,
    );
    const after = new Database(file);
    expect(after.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(after.prepare('SELECT x FROM t').pluck().get()).toBe(1);
    after.close();
    expect(statSync(file).size).toBe(before);
  });

  it('a project with damaged pages throws ProjectCorruptError naming the file', () => {
    const file = path.join(tempDir(), 'damaged.medclip');
    const store = stores.create(file);
    for (let i = 0; i < 200; i++)
      store.appendOps([addNote(`note ${i} ${'x'.repeat(300)}`, `g${i}`)]);
    store.close();
    const pageSize = 4096;
    const pages = statSync(file).size / pageSize;
    expect(pages).toBeGreaterThan(20);
    const fd = openSync(file, 'r+');
    // Overwrite four pages in the middle of the file (the ops table's leaves) with garbage.
    writeSync(
      fd,
      Buffer.alloc(pageSize * 4, 0x5a),
      0,
      pageSize * 4,
      Math.floor(pages / 2) * pageSize,
    );
    closeSync(fd);
    let caught: unknown;
    try {
      stores.open(file);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ProjectCorruptError);
    expect((caught as ProjectCorruptError).message).toContain(file);
    expect((caught as ProjectCorruptError).code).toBe('project-corrupt');
  });
});
