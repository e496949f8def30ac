import os from 'node:os';
import {
  privacyOverrideRequestSchema,
  type PrivacyOverrideRecord,
  type PrivacyOverrideRequest,
} from '../../../shared/api/calls/render';
import type { AuditEntry, AuditInput } from '../store/types';
import { RenderError } from './errors';
import type { ExportGateVerdict } from './gate';

/** The audit log action of an export that went past a blocked privacy gate. */
export const PRIVACY_OVERRIDE_ACTION = 'export.privacy-override';

/** Who is at the keyboard, as the OS knows them (the app has no accounts). */
export function auditActor(): string {
  try {
    return os.userInfo().username || 'unknown user';
  } catch {
    return 'unknown user';
  }
}

export interface AuditWriter {
  appendAudit(entry: AuditInput): AuditEntry;
}

/**
 * Records an override in the project's append-only audit log, before any export work starts:
 * no override reaches a file that the log does not know of.
 */
export function recordPrivacyOverride(
  audit: AuditWriter,
  request: PrivacyOverrideRequest,
  gate: ExportGateVerdict,
  target: { outPath: string; preset: string },
): PrivacyOverrideRecord {
  const parsed = privacyOverrideRequestSchema.safeParse(request);
  if (!parsed.success) {
    throw new RenderError(
      'invalid-args',
      `An export past the privacy gate needs a reason of at least 10 characters (got "${request.reason.trim()}").`,
    );
  }
  const entry = audit.appendAudit({
    actor: auditActor(),
    action: PRIVACY_OVERRIDE_ACTION,
    details: {
      reason: parsed.data.reason,
      reasons: gate.reasons,
      outPath: target.outPath,
      preset: target.preset,
    },
  });
  return { reason: parsed.data.reason, reasons: gate.reasons, at: entry.at, auditId: entry.id };
}

/** The `export-blocked` refusal, the same from the call and from the job. */
export function exportBlockedError(docName: string, gate: ExportGateVerdict): RenderError {
  return new RenderError(
    'export-blocked',
    `"${docName}" cannot be exported yet: ${gate.reasons.join(' ')} To export anyway, give a reason (it is recorded in the audit log).`,
    { reasons: gate.reasons, warnings: gate.warnings },
  );
}
