import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../../../main/engine/store/project-store';
import { runFixture, type FixtureProcess } from './fixtures/child';
import { replayNotes, type NotesDoc } from './fixtures/notes-model';

const dirs: string[] = [];
const children: FixtureProcess[] = [];
afterEach(() => {
  for (const fixture of children.splice(0)) fixture.child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function acks(fixture: FixtureProcess): number[] {
  return fixture.lines
    .filter((line) => line.startsWith('ack '))
    .map((line) => Number(line.slice(4)));
}

/** Starts the appender, waits for `count` acknowledged appends, then SIGKILLs it. */
async function appendThenKill(
  file: string,
  count: number,
): Promise<{ pid: number; startHead: number; acked: number[] }> {
  const fixture = runFixture('append-until-killed.ts', [file]);
  children.push(fixture);
  const [, pid, head] = (await fixture.waitForLine(/^ready \d+ \d+$/)).split(' ').map(Number);
  const startHead = head ?? NaN;
  await fixture.waitForLine(new RegExp(`^ack ${startHead + count}$`));
  fixture.child.kill('SIGKILL');
  const exit = await fixture.exited;
  expect(exit.signal).toBe('SIGKILL');
  const acked = acks(fixture);
  // One op per transaction, nothing skipped: the acks run on from the head it opened at.
  expect(acked).toEqual(acked.map((_, i) => startHead + 1 + i));
  return { pid: pid ?? NaN, startHead, acked };
}

function integrityCheck(file: string): string[] {
  const db = new Database(file, { fileMustExist: true });
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
  } finally {
    db.close();
  }
}

describe('crash safety of the project file', () => {
  it('keeps every acknowledged op across SIGKILLs, stays intact, and reopens past the stale lock', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'medclip-crash-'));
    dirs.push(dir);
    const file = path.join(dir, 'crash.medclip');

    const first = await appendThenKill(file, 200);
    expect(first.startHead).toBe(0);
    expect(first.acked.length).toBeGreaterThanOrEqual(200);
    // The killed process could not clean up: its lock file is still there.
    expect(existsSync(`${file}.lock`)).toBe(true);
    expect(integrityCheck(file)).toEqual(['ok']);

    // A second process reopens past the stale lock and is killed again. Its head may be past
    // the last ack: an op can commit and the kill land before its ack is printed.
    const second = await appendThenKill(file, 150);
    expect(second.startHead).toBeGreaterThanOrEqual(first.acked.at(-1) ?? NaN);
    const lastAck = second.acked.at(-1) ?? NaN;

    const store = ProjectStore.open<NotesDoc>(file, { replay: replayNotes, appVersion: 'verify' });
    try {
      expect(store.staleLock?.pid).toBe(second.pid);
      const loaded = store.load();
      expect(loaded.seq).toBeGreaterThanOrEqual(lastAck);
      const ops = store.readOps(0, loaded.seq);
      const seqs = new Set(ops.map((op) => op.seq));
      for (const seq of [...first.acked, ...second.acked]) expect(seqs.has(seq)).toBe(true);
      expect(ops.map((op) => op.seq)).toEqual(ops.map((_, i) => i + 1));
      const texts = ops.map((op) => `note ${op.seq}`);
      expect(ops.map((op) => (op.args as { text: string }).text)).toEqual(texts);
      expect(loaded.document.notes).toEqual(texts);
    } finally {
      store.close();
    }
    expect(integrityCheck(file)).toEqual(['ok']);
  });
});
