import type Database from 'better-sqlite3';
import { z } from 'zod';
import { InvalidStoreInputError, ReplayError, ReplayUnavailableError } from './errors';
import { toJsonText } from './json';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec';
import type { LoadedDocument, OpInput, OpKind, ReplayFn, StoredOp } from './types';

const opInputSchema = z.object({
  name: z.string().min(1).max(200),
  args: z.unknown(),
  inverse: z.unknown(),
  label: z.string().max(1000).nullish(),
  groupId: z.string().min(1).max(200),
  kind: z.enum(['do', 'undo', 'redo']),
});
const opGroupSchema = z.array(opInputSchema).min(1, 'appendOps needs at least one operation');

/** An op ready for the INSERT: validated, with its JSON already serialised. */
export interface OpRowInput {
  name: string;
  args: string;
  inverse: string;
  label: string | null;
  groupId: string;
  kind: OpKind;
}

/** Validates a group before anything is written, so a bad op never half-writes a group. */
export function prepareOps(ops: readonly OpInput[]): OpRowInput[] {
  const parsed = opGroupSchema.safeParse(ops);
  if (!parsed.success) {
    throw new InvalidStoreInputError(`Invalid operations: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data.map((op, index) => ({
    name: op.name,
    args: toJsonText(op.args, `ops[${index}].args (${op.name})`),
    inverse: toJsonText(op.inverse, `ops[${index}].inverse (${op.name})`),
    label: op.label ?? null,
    groupId: op.groupId,
    kind: op.kind,
  }));
}

interface OpRow {
  seq: number;
  at: string;
  name: string;
  args: string;
  inverse: string;
  label: string | null;
  group_id: string;
  kind: OpKind;
}

function toStoredOp(row: OpRow): StoredOp {
  return {
    seq: row.seq,
    at: row.at,
    name: row.name,
    args: JSON.parse(row.args) as unknown,
    inverse: JSON.parse(row.inverse) as unknown,
    label: row.label,
    groupId: row.group_id,
    kind: row.kind,
  };
}

/** The `ops` and `snapshots` tables. Statements are prepared once; callers own transactions. */
export class OpLog {
  private readonly insertOp: Database.Statement;
  private readonly selectHead: Database.Statement<[], { head: number | null }>;
  private readonly selectOps: Database.Statement<[number, number], OpRow>;
  private readonly insertSnapshot: Database.Statement;
  private readonly selectSnapshot: Database.Statement<
    [number],
    { seq: number; size: number; document: Buffer }
  >;
  private readonly selectLastSnapshotSeq: Database.Statement<[], { seq: number | null }>;

  constructor(db: Database.Database) {
    this.insertOp = db.prepare(
      'INSERT INTO ops (at, name, args, inverse, label, group_id, kind) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.selectHead = db.prepare('SELECT max(seq) AS head FROM ops');
    this.selectOps = db.prepare(
      'SELECT seq, at, name, args, inverse, label, group_id, kind FROM ops WHERE seq > ? AND seq <= ? ORDER BY seq',
    );
    this.insertSnapshot = db.prepare(
      'INSERT OR REPLACE INTO snapshots (seq, at, size, document) VALUES (?, ?, ?, ?)',
    );
    this.selectSnapshot = db.prepare(
      'SELECT seq, size, document FROM snapshots WHERE seq <= ? ORDER BY seq DESC LIMIT 1',
    );
    this.selectLastSnapshotSeq = db.prepare('SELECT max(seq) AS seq FROM snapshots');
  }

  head(): number {
    return this.selectHead.get()?.head ?? 0;
  }

  lastSnapshotSeq(): number {
    return this.selectLastSnapshotSeq.get()?.seq ?? 0;
  }

  /** Inserts the rows and returns the seq of the last one. */
  append(rows: readonly OpRowInput[], at: string): number {
    let seq = 0;
    for (const row of rows) {
      const result = this.insertOp.run(
        at,
        row.name,
        row.args,
        row.inverse,
        row.label,
        row.groupId,
        row.kind,
      );
      seq = Number(result.lastInsertRowid);
    }
    return seq;
  }

  writeSnapshot(seq: number, at: string, documentText: string): void {
    const { size, data } = encodeSnapshot(documentText);
    this.insertSnapshot.run(seq, at, size, data);
  }

  /** Ops with afterSeq < seq <= toSeq, oldest first. */
  read(afterSeq: number, toSeq: number): StoredOp[] {
    return this.selectOps.all(afterSeq, toSeq).map(toStoredOp);
  }

  /** The document after op `seq`: the nearest snapshot at or before it, plus replay. */
  rebuild<D>(seq: number, replay: ReplayFn<D> | undefined, path: string): LoadedDocument<D> {
    const snapshot = this.selectSnapshot.get(seq);
    if (snapshot === undefined) throw new Error(`${path}: no snapshot at or before #${seq}`);
    let document = JSON.parse(decodeSnapshot(snapshot.document, snapshot.size)) as D;
    if (snapshot.seq === seq) return { document, seq };
    if (replay === undefined) throw new ReplayUnavailableError(path);
    for (const row of this.selectOps.iterate(snapshot.seq, seq)) {
      const op = toStoredOp(row);
      try {
        document = replay(document, op);
      } catch (err) {
        throw new ReplayError(path, op.seq, op.name, err);
      }
    }
    return { document, seq };
  }
}
