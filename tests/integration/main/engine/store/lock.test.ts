import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectLockedError } from '../../../../../main/engine/store/errors';
import { ProjectStore } from '../../../../../main/engine/store/project-store';
import { runFixture, type FixtureProcess } from './fixtures/child';
import { replayNotes, type NotesDoc } from './fixtures/notes-model';

const dirs: string[] = [];
const children: FixtureProcess[] = [];
afterEach(() => {
  for (const fixture of children.splice(0)) fixture.child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function newProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'medclip-lock-'));
  dirs.push(dir);
  const file = path.join(dir, 'shared.medclip');
  ProjectStore.create<NotesDoc>(file, {
    projectId: 'prj_lock',
    initialDocument: { notes: [] },
    appVersion: 'lock-test',
  }).close();
  return file;
}

const openHere = (file: string) =>
  ProjectStore.open<NotesDoc>(file, {
    replay: replayNotes,
    appVersion: 'lock-test',
    busyTimeoutMs: 200,
  });

describe('project locking across processes', () => {
  it('a second process gets ProjectLockedError with the holder pid, then can open once it closes', async () => {
    const file = newProject();
    const holder = runFixture('hold-open.ts', [file]);
    children.push(holder);
    const pid = Number((await holder.waitForLine(/^ready \d+$/)).split(' ')[1]);

    let caught: unknown;
    const t0 = Date.now();
    try {
      // Default busy timeout (2 s): a live holder named in the lock file is reported at once.
      ProjectStore.open<NotesDoc>(file, { replay: replayNotes, appVersion: 'lock-test' });
    } catch (err) {
      caught = err;
    }
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(caught).toBeInstanceOf(ProjectLockedError);
    expect((caught as ProjectLockedError).message).toBe(
      `${file} is open in another window (pid ${pid})`,
    );
    expect((caught as ProjectLockedError).owner?.pid).toBe(pid);

    // A plain SQLite connection cannot sneak a write in either.
    const raw = new Database(file, { timeout: 100 });
    expect(() => raw.exec("INSERT INTO meta (key, value) VALUES ('x', 'y')")).toThrow(
      /locked|busy/i,
    );
    raw.close();

    holder.child.stdin.write('close\n');
    await holder.waitForLine(/^closed$/);
    await holder.exited;
    expect(existsSync(`${file}.lock`)).toBe(false);
    const store = openHere(file);
    expect(store.staleLock).toBeNull();
    store.close();
  });

  it('a killed holder leaves a stale lock that does not block the next open', async () => {
    const file = newProject();
    const holder = runFixture('hold-open.ts', [file]);
    children.push(holder);
    const pid = Number((await holder.waitForLine(/^ready \d+$/)).split(' ')[1]);
    holder.child.kill('SIGKILL');
    await holder.exited;
    expect(existsSync(`${file}.lock`)).toBe(true);
    const store = openHere(file);
    expect(store.staleLock?.pid).toBe(pid);
    expect(store.load()).toEqual({ document: { notes: [] }, seq: 0 });
    store.close();
  });
});
