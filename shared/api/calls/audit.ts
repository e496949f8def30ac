import { z } from 'zod';

/**
 * Contract calls for the project's audit log: privacy decisions and export overrides, which
 * the engine appends and nothing can rewrite. Spread into `apiCalls` in ../contract.ts.
 */

export const auditEntrySchema = z.object({
  id: z.number().int(),
  /** ISO 8601, when the engine recorded it. */
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  details: z.unknown(),
});
export type AuditEntryInfo = z.infer<typeof auditEntrySchema>;

export const auditCalls = {
  /** Every audit entry of an open project, oldest first (newest last). */
  'audit.list': {
    request: z.object({ projectId: z.string().min(1) }),
    response: z.object({ entries: z.array(auditEntrySchema) }),
  },
} as const;
