import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  InvalidStoreInputError,
  ProjectClosedError,
  ProjectExistsError,
  ProjectLockedError,
  ProjectNotFoundError,
  ReplayUnavailableError,
} from '../../../../../main/engine/store/errors';
import { ProjectStore } from '../../../../../main/engine/store/project-store';
import { decodeSnapshot } from '../../../../../main/engine/store/snapshot-codec';
import {
  addNote,
  applyAll,
  initialNotes,
  replayNotes,
  useStores,
  useTempDir,
  type NotesDoc,
} from './helpers';

const tempDir = useTempDir();
const stores = useStores();

describe('ProjectStore create / open / load', () => {
  it('creates a project whose load() returns the initial document at seq 0', () => {
    const file = path.join(tempDir(), 'talk.medclip');
    const store = stores.create(file);
    expect(store.readOnly).toBe(false);
    expect(store.journalMode).toBe('wal');
    expect(store.load()).toEqual({ document: initialNotes, seq: 0 });
    const info = store.info();
    expect(info.projectId).toBe('prj_test');
    expect(info.createdWithAppVersion).toBe('1.0.0');
    expect(info.documentSchemaVersion).toBe(1);
    expect(info.fileFormatVersion).toBe(1);
    expect(new Date(info.createdAt).toISOString()).toBe(info.createdAt);
    // No temp file is left beside the project.
    expect(readdirSync(path.dirname(file)).filter((n) => n.includes('creating'))).toEqual([]);
  });

  it('refuses to create over an existing file and leaves it untouched', () => {
    const file = path.join(tempDir(), 'taken.medclip');
    writeFileSync(file, 'precious');
    expect(() => stores.create(file)).toThrow(ProjectExistsError);
    expect(() => stores.create(file)).toThrow(/already exists/);
  });

  it('refuses to create in a folder that does not exist', () => {
    const file = path.join(tempDir(), 'missing', 'x.medclip');
    expect(() => stores.create(file)).toThrow(ProjectNotFoundError);
  });

  it('opening a missing file throws ProjectNotFoundError', () => {
    expect(() => stores.open(path.join(tempDir(), 'nope.medclip'))).toThrow(ProjectNotFoundError);
  });

  it('round-trips ops through close and reopen', () => {
    const file = path.join(tempDir(), 'p.medclip');
    const store = stores.create(file);
    let doc: NotesDoc = initialNotes;
    for (const text of ['a', 'b', 'c']) {
      const ops = [addNote(text)];
      doc = applyAll(doc, ops);
      store.appendOps(ops, doc);
    }
    expect(store.headSeq).toBe(3);
    store.close();
    const reopened = stores.open(file);
    expect(reopened.load()).toEqual({ document: doc, seq: 3 });
    expect(reopened.readOps().map((op) => op.args)).toEqual([
      { text: 'a' },
      { text: 'b' },
      { text: 'c' },
    ]);
  });

  it('appends a multi-op group in one transaction with one group id and returns the last seq', () => {
    const store = stores.create(path.join(tempDir(), 'g.medclip'));
    const seq = store.appendOps([addNote('x', 'step-1'), addNote('y', 'step-1')]);
    expect(seq).toBe(2);
    const ops = store.readOps();
    expect(ops.map((op) => op.groupId)).toEqual(['step-1', 'step-1']);
    expect(ops[0]?.at).toBe(ops[1]?.at);
    expect(ops[0]?.kind).toBe('do');
    expect(ops[0]?.inverse).toEqual({ name: 'note.remove', args: { index: -1 } });
  });

  it('rejects an invalid op without writing any op of its group', () => {
    const store = stores.create(path.join(tempDir(), 'bad.medclip'));
    const bad = { ...addNote('z'), kind: 'sideways' } as unknown as ReturnType<typeof addNote>;
    expect(() => store.appendOps([addNote('ok'), bad])).toThrow(InvalidStoreInputError);
    expect(() => store.appendOps([])).toThrow(/at least one operation/);
    expect(() => store.appendOps([{ ...addNote('f'), args: () => 1 }])).toThrow(/not a JSON value/);
    expect(() => store.appendOps([{ ...addNote('n'), name: '' }])).toThrow(InvalidStoreInputError);
    expect(store.headSeq).toBe(0);
    expect(store.readOps()).toEqual([]);
  });

  it('writes a snapshot every N ops when given the document, and replays the rest', () => {
    const file = path.join(tempDir(), 'snap.medclip');
    const store = stores.create(file, { snapshotEvery: 5 });
    let doc: NotesDoc = initialNotes;
    for (let i = 0; i < 12; i++) {
      const ops = [addNote(`n${i}`)];
      doc = applyAll(doc, ops);
      store.appendOps(ops, doc);
    }
    expect(store.load()).toEqual({ document: doc, seq: 12 });
    store.close();
    const seqs = new Database(file, { readonly: true });
    const rows = seqs.prepare('SELECT seq FROM snapshots ORDER BY seq').all() as { seq: number }[];
    seqs.close();
    // 0 at creation, 5 and 10 periodically, 12 on close.
    expect(rows.map((r) => r.seq)).toEqual([0, 5, 10, 12]);
  });

  it('snapshot + replay equals a full replay from the initial document, at every seq', () => {
    const store = stores.create(path.join(tempDir(), 'eq.medclip'), { snapshotEvery: 4 });
    let doc: NotesDoc = initialNotes;
    for (let i = 0; i < 17; i++) {
      const ops =
        i % 5 === 4
          ? [{ ...addNote('t'), name: 'title.set', args: { title: `T${i}` } }]
          : [addNote(`n${i}`), addNote(`m${i}`)];
      doc = applyAll(doc, ops);
      store.appendOps(ops, doc);
    }
    const all = store.readOps();
    for (let seq = 0; seq <= store.headSeq; seq++) {
      const fromScratch = all.filter((op) => op.seq <= seq).reduce(replayNotes, initialNotes);
      expect(store.documentAt(seq)).toEqual({ document: fromScratch, seq });
    }
    expect(store.load().document).toEqual(doc);
  });

  it('close() replays to write the final snapshot when the caller never passed documents', () => {
    const file = path.join(tempDir(), 'nodoc.medclip');
    const store = stores.create(file);
    store.appendOps([addNote('a')]);
    store.appendOps([addNote('b')]);
    store.close();
    const db = new Database(file, { readonly: true });
    const last = db
      .prepare('SELECT seq, size, document FROM snapshots ORDER BY seq DESC LIMIT 1')
      .get() as { seq: number; size: number; document: Buffer };
    db.close();
    expect(last.seq).toBe(2);
    const document = JSON.parse(decodeSnapshot(last.document, last.size)) as NotesDoc;
    expect(document.notes).toEqual(['a', 'b']);
  });

  it('a store created without replay fails clearly only when replay is needed', () => {
    const file = path.join(tempDir(), 'norep.medclip');
    const store = stores.create(file, { replay: undefined });
    store.appendOps([addNote('a')]);
    expect(() => store.load()).toThrow(ReplayUnavailableError);
    expect(store.documentAt(0).document).toEqual(initialNotes);
  });

  it('documentAt rejects seqs outside the log', () => {
    const store = stores.create(path.join(tempDir(), 'range.medclip'));
    expect(() => store.documentAt(1)).toThrow(/from 0 to 0/);
    expect(() => store.documentAt(-1)).toThrow(InvalidStoreInputError);
    expect(() => store.documentAt(0.5)).toThrow(InvalidStoreInputError);
  });

  it('every call after close() throws ProjectClosedError, close() twice is harmless', () => {
    const file = path.join(tempDir(), 'closed.medclip');
    const store = stores.create(file);
    store.close();
    store.close();
    expect(store.isClosed).toBe(true);
    expect(() => store.load()).toThrow(ProjectClosedError);
    expect(() => store.appendOps([addNote('a')])).toThrow(ProjectClosedError);
    expect(existsSync(`${file}.lock`)).toBe(false);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('records the document schema version in meta', () => {
    const file = path.join(tempDir(), 'schema.medclip');
    const store = stores.create(file, { documentSchemaVersion: 3 });
    expect(store.info().documentSchemaVersion).toBe(3);
    store.setDocumentSchemaVersion(4);
    store.close();
    expect(stores.open(file, { appVersion: '1.1.0' }).info()).toMatchObject({
      documentSchemaVersion: 4,
      appVersion: '1.1.0',
      createdWithAppVersion: '1.0.0',
    });
  });
});

describe('ProjectStore revisions', () => {
  it('starts with "Created", adds named revisions at the head, and restores through documentAt', () => {
    let t = Date.parse('2025-01-01T00:00:00.000Z');
    const store = stores.create(path.join(tempDir(), 'rev.medclip'), { now: () => (t += 1000) });
    store.appendOps([addNote('a')]);
    const first = store.addRevision('  Imported 3 files ');
    store.appendOps([addNote('b')]);
    store.addRevision('Before export');
    const list = store.listRevisions();
    expect(list.map((r) => [r.label, r.seq, r.auto])).toEqual([
      ['Created', 0, true],
      ['Imported 3 files', 1, false],
      ['Before export', 2, false],
    ]);
    // Stamped by the injected clock, after the op it marks.
    expect(Date.parse(first.at)).toBeGreaterThan(Date.parse(store.readOps()[0]?.at ?? ''));
    expect(first.at.startsWith('2025-01-01T00:00:')).toBe(true);
    expect(store.documentAt(first.seq).document.notes).toEqual(['a']);
    expect(() => store.addRevision('   ')).toThrow(InvalidStoreInputError);
  });

  it('adds an automatic "Opened" revision when there was work since the last revision', () => {
    const file = path.join(tempDir(), 'opened.medclip');
    const store = stores.create(file);
    store.close();
    stores.open(file).close();
    // Nothing changed since "Created": no new revision.
    const again = stores.open(file);
    expect(again.listRevisions().map((r) => r.label)).toEqual(['Created']);
    again.appendOps([addNote('a')]);
    again.close();
    const third = stores.open(file);
    expect(third.listRevisions().map((r) => [r.label, r.seq, r.auto])).toEqual([
      ['Created', 0, true],
      ['Opened', 1, true],
    ]);
  });
});

describe('ProjectStore locking in one process', () => {
  it('a second store on the same file gets ProjectLockedError naming the file and pid', () => {
    const file = path.join(tempDir(), 'locked.medclip');
    stores.create(file);
    const attempt = () => ProjectStore.open(file, { replay: replayNotes, appVersion: '1.0.0' });
    expect(attempt).toThrow(ProjectLockedError);
    expect(attempt).toThrow(`${file} is open in another window (pid ${process.pid})`);
  });

  it('a lock held by an unknown program is waited for, then reported without a pid', () => {
    const file = path.join(tempDir(), 'foreign.medclip');
    stores.create(file).close();
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const t0 = Date.now();
      expect(() => stores.open(file, { busyTimeoutMs: 300 })).toThrow(
        `${file} is open in another window or program`,
      );
      expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    } finally {
      other.exec('COMMIT');
      other.close();
    }
    expect(stores.open(file).load().seq).toBe(0);
  });

  it('reports a lock file left by a dead process as stale and takes over', () => {
    const file = path.join(tempDir(), 'stale.medclip');
    stores.create(file).close();
    // 2^22+ is above Linux's pid_max default: no such process.
    const dead = {
      pid: 4_194_999,
      hostname: 'ghost',
      openedAt: '2020-01-01T00:00:00.000Z',
      appVersion: '0.9.0',
    };
    writeFileSync(`${file}.lock`, JSON.stringify(dead));
    const store = stores.open(file);
    expect(store.staleLock).toEqual(dead);
    store.close();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});

describe('ProjectStore backups', () => {
  it('keeps the newest K rotating backups, each a valid project', async () => {
    let t = Date.parse('2025-03-01T10:00:00.000Z');
    const dir = tempDir();
    const file = path.join(dir, 'talk.medclip');
    const store = stores.create(file, { backupsToKeep: 3, now: () => (t += 60_000) });
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      store.appendOps([addNote(`n${i}`)]);
      made.push(await store.backup());
    }
    expect(path.dirname(made[0] ?? '')).toBe(path.join(dir, 'talk.medclip.backups'));
    const kept = store.listBackups();
    expect(kept).toEqual(made.slice(2).reverse());
    expect(readdirSync(path.join(dir, 'talk.medclip.backups')).sort()).toEqual(
      made
        .slice(2)
        .map((p) => path.basename(p))
        .sort(),
    );
    const newest = stores.open(kept[0] ?? '');
    expect(newest.load()).toMatchObject({
      seq: 5,
      document: { notes: ['n0', 'n1', 'n2', 'n3', 'n4'] },
    });
  });

  it('close() refuses to run under a running backup', async () => {
    const store = stores.create(path.join(tempDir(), 'busy.medclip'));
    const running = store.backup();
    expect(() => store.close()).toThrow(/backup is still running/);
    await running;
    store.close();
    expect(store.isClosed).toBe(true);
  });

  it('backs up to an explicit path and refuses to overwrite the project itself', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.medclip');
    const store = stores.create(file);
    store.appendOps([addNote('a')]);
    const dest = await store.backup(path.join(dir, 'copy.medclip'));
    expect(stores.open(dest).load().document.notes).toEqual(['a']);
    await expect(store.backup(file)).rejects.toThrow(/cannot replace the project/);
  });
});
