import type Database from 'better-sqlite3';
import { z } from 'zod';
import { InvalidStoreInputError } from './errors';
import { toJsonText } from './json';
import type { AuditEntry, AuditInput } from './types';

const auditInputSchema = z.object({
  actor: z.string().min(1).max(200),
  action: z.string().min(1).max(200),
  details: z.unknown().optional(),
});

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  details: string;
}

/**
 * The `audit` table: privacy decisions and export overrides. Append-only; triggers in the schema
 * make UPDATE and DELETE fail, so not even a bug here can rewrite it.
 */
export class AuditLog {
  private readonly insert: Database.Statement<[string, string, string, string]>;
  private readonly selectAll: Database.Statement<[], AuditRow>;

  constructor(db: Database.Database) {
    this.insert = db.prepare('INSERT INTO audit (at, actor, action, details) VALUES (?, ?, ?, ?)');
    this.selectAll = db.prepare('SELECT id, at, actor, action, details FROM audit ORDER BY id');
  }

  append(input: AuditInput, at: string): AuditEntry {
    const parsed = auditInputSchema.safeParse(input);
    if (!parsed.success) {
      throw new InvalidStoreInputError(`Invalid audit entry: ${z.prettifyError(parsed.error)}`);
    }
    const details = parsed.data.details ?? {};
    const result = this.insert.run(
      at,
      parsed.data.actor,
      parsed.data.action,
      toJsonText(details, 'audit details'),
    );
    return {
      id: Number(result.lastInsertRowid),
      at,
      actor: parsed.data.actor,
      action: parsed.data.action,
      details,
    };
  }

  /** Oldest first. */
  list(): AuditEntry[] {
    return this.selectAll.all().map((row) => ({
      id: row.id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      details: JSON.parse(row.details) as unknown,
    }));
  }
}
