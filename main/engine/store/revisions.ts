import type Database from 'better-sqlite3';
import { InvalidStoreInputError } from './errors';
import type { Revision } from './types';

interface RevisionRow {
  id: number;
  seq: number;
  at: string;
  label: string;
  auto: number;
}

const MAX_LABEL_LENGTH = 200;

export function normaliseRevisionLabel(label: unknown): string {
  if (typeof label !== 'string' || label.trim() === '') {
    throw new InvalidStoreInputError('A revision needs a non-empty label');
  }
  const trimmed = label.trim();
  if (trimmed.length > MAX_LABEL_LENGTH) {
    throw new InvalidStoreInputError(`A revision label is at most ${MAX_LABEL_LENGTH} characters`);
  }
  return trimmed;
}

/** The `revisions` table: named points in the op log ("Imported 3 files", "Before export"). */
export class RevisionLog {
  private readonly insert: Database.Statement<[number, string, string, number]>;
  private readonly selectAll: Database.Statement<[], RevisionRow>;
  private readonly selectLatest: Database.Statement<[], RevisionRow>;

  constructor(db: Database.Database) {
    this.insert = db.prepare('INSERT INTO revisions (seq, at, label, auto) VALUES (?, ?, ?, ?)');
    this.selectAll = db.prepare('SELECT id, seq, at, label, auto FROM revisions ORDER BY id');
    this.selectLatest = db.prepare(
      'SELECT id, seq, at, label, auto FROM revisions ORDER BY id DESC LIMIT 1',
    );
  }

  add(seq: number, at: string, label: string, auto: boolean): Revision {
    const result = this.insert.run(seq, at, label, auto ? 1 : 0);
    return { id: Number(result.lastInsertRowid), seq, at, label, auto };
  }

  /** Oldest first. */
  list(): Revision[] {
    return this.selectAll.all().map(toRevision);
  }

  latest(): Revision | null {
    const row = this.selectLatest.get();
    return row === undefined ? null : toRevision(row);
  }
}

function toRevision(row: RevisionRow): Revision {
  return { id: row.id, seq: row.seq, at: row.at, label: row.label, auto: row.auto === 1 };
}
