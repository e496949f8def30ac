import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidStoreInputError } from '../../../../../main/engine/store/errors';
import { useStores, useTempDir } from './helpers';

const tempDir = useTempDir();
const stores = useStores();

const probe = { kind: 'video', durationMs: 12_000, width: 1920, height: 1080 };

describe('media index', () => {
  it('upserts entries, finds them by content hash, lists them, and survives reopening', () => {
    const file = path.join(tempDir(), 'media.medclip');
    const store = stores.create(file, { now: () => Date.parse('2025-02-02T09:00:00.000Z') });
    const first = store.upsertMedia({
      mediaId: 'med_1',
      path: '/footage/a.mp4',
      contentHash: 'sha256:aaa',
      size: 1000,
      mtimeMs: 1_700_000_000_000,
      probe,
    });
    expect(first.lastSeenAt).toBe('2025-02-02T09:00:00.000Z');
    store.upsertMedia({
      mediaId: 'med_2',
      path: '/footage/b.mp4',
      contentHash: 'sha256:bbb',
      size: 5,
      mtimeMs: 2,
    });
    // The file moved: same id, new path.
    store.upsertMedia({
      mediaId: 'med_1',
      path: '/moved/a.mp4',
      contentHash: 'sha256:aaa',
      size: 1000,
      mtimeMs: 1_700_000_000_001,
      probe,
      lastSeenAt: '2025-02-03T10:00:00.000Z',
    });
    expect(store.findMediaByHash('sha256:aaa')).toEqual([
      {
        mediaId: 'med_1',
        path: '/moved/a.mp4',
        contentHash: 'sha256:aaa',
        size: 1000,
        mtimeMs: 1_700_000_000_001,
        probe,
        lastSeenAt: '2025-02-03T10:00:00.000Z',
      },
    ]);
    expect(store.findMediaByHash('sha256:zzz')).toEqual([]);
    store.close();
    const reopened = stores.open(file);
    expect(reopened.listMedia().map((m) => [m.mediaId, m.path, m.probe])).toEqual([
      ['med_1', '/moved/a.mp4', probe],
      ['med_2', '/footage/b.mp4', null],
    ]);
  });

  it('rejects malformed entries', () => {
    const store = stores.create(path.join(tempDir(), 'badmedia.medclip'));
    const base = { mediaId: 'm', path: '/a', contentHash: 'h', size: 1, mtimeMs: 1 };
    expect(() => store.upsertMedia({ ...base, size: -1 })).toThrow(InvalidStoreInputError);
    expect(() => store.upsertMedia({ ...base, mtimeMs: 1.5 })).toThrow(InvalidStoreInputError);
    expect(() => store.upsertMedia({ ...base, contentHash: '' })).toThrow(InvalidStoreInputError);
    expect(() => store.upsertMedia({ ...base, lastSeenAt: 'yesterday' })).toThrow(
      InvalidStoreInputError,
    );
    expect(store.listMedia()).toEqual([]);
  });
});

describe('audit log', () => {
  it('appends entries and lists them oldest first', () => {
    const file = path.join(tempDir(), 'audit.medclip');
    const store = stores.create(file);
    const a = store.appendAudit({
      actor: 'dr.k',
      action: 'privacy.keep',
      details: { trackId: 't1', note: 'consented' },
    });
    const b = store.appendAudit({ actor: 'dr.k', action: 'export.override' });
    expect(b.id).toBeGreaterThan(a.id);
    expect(store.listAudit().map((e) => [e.action, e.details])).toEqual([
      ['privacy.keep', { trackId: 't1', note: 'consented' }],
      ['export.override', {}],
    ]);
    expect(() => store.appendAudit({ actor: '', action: 'x' })).toThrow(InvalidStoreInputError);
  });

  it('is append-only in the file itself: UPDATE and DELETE fail, INSERT works', () => {
    const file = path.join(tempDir(), 'append-only.medclip');
    const store = stores.create(file);
    store.appendAudit({ actor: 'dr.k', action: 'privacy.keep', details: { trackId: 't1' } });
    store.close();
    const db = new Database(file);
    expect(() => db.exec("UPDATE audit SET actor = 'someone else'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit')).toThrow(/append-only/);
    db.prepare(
      "INSERT INTO audit (at, actor, action, details) VALUES ('2025-01-01T00:00:00.000Z', 'x', 'y', '{}')",
    ).run();
    expect(db.prepare('SELECT actor FROM audit ORDER BY id').pluck().all()).toEqual(['dr.k', 'x']);
    db.close();
  });
});
