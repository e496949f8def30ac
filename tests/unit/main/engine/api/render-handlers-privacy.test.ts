import { describe, expect, it } from 'vitest';
import { createRenderHandlers } from '../../../../../main/engine/api/render-handlers';
import type { HandlerDeps } from '../../../../../main/engine/api/handlers';
import type { ExportResult, RunExportOptions } from '../../../../../main/engine/render/job';
import { PRIVACY_OVERRIDE_ACTION } from '../../../../../main/engine/render/privacy-override';
import { ExportQueue } from '../../../../../main/engine/render/queue';
import type { AuditEntry, AuditInput } from '../../../../../main/engine/store/types';
import type { ProjectDocument } from '../../../../../shared/model';
import { withCurrentScans } from '../../../../support/privacy';
import { asset, clip, documentWith, wideProbe } from '../render/plan/documents';

/** render.start with the real export gate: blocked, overridden (and audited), or clean. */

function setup(doc: ProjectDocument) {
  const audit: AuditEntry[] = [];
  const runs: RunExportOptions[] = [];
  const store = {
    appendAudit: (entry: AuditInput): AuditEntry => {
      const stored = { id: audit.length + 1, at: '2026-11-26T10:00:00.000Z', ...entry };
      audit.push(stored as AuditEntry);
      return stored as AuditEntry;
    },
  };
  const exports = new ExportQueue({
    publish: () => {},
    run: (options) => {
      runs.push(options);
      return new Promise<ExportResult>(() => {});
    },
  });
  const deps = {
    sessions: { get: () => ({ document: doc, path: '/p/knee.medclip', store }) },
    exports,
  } as unknown as HandlerDeps;
  return {
    handlers: createRenderHandlers(deps, async () => ({ frames: [] })),
    audit,
    runs,
    exports,
  };
}

const unscanned = () => documentWith([asset('med_a', wideProbe())], [clip('c1', 'med_a')]);
const start = (fields: Record<string, unknown> = {}) => ({
  projectId: 'p',
  preset: 'tiktok' as const,
  outPath: '/out/a.mp4',
  ...fields,
});

describe('render.start and the privacy gate', () => {
  it('refuses unscanned footage with the reasons in details, queueing and auditing nothing', async () => {
    const { handlers, audit, exports } = setup(unscanned());
    const error = await Promise.resolve()
      .then(() => handlers['render.start']!(start()))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'export-blocked',
      details: {
        reasons: [
          'med_a.mp4 has not been scanned for faces. Scan faces in med_a.mp4 (Privacy panel or `medclip scan`).',
        ],
      },
    });
    expect((error as Error).message).toContain('To export anyway, give a reason');
    expect(exports.list()).toEqual([]);
    expect(audit).toEqual([]);
  });

  it('an override records the reason and the overridden reasons, then queues the export', async () => {
    const { handlers, audit, runs } = setup(unscanned());
    const reason = '  Test pattern only, approved by the IG lead  ';
    const response = (await handlers['render.start']!(start({ overridePrivacy: { reason } }))) as {
      jobId: string;
      privacyOverride: unknown;
    };
    const recorded = {
      reason: reason.trim(),
      reasons: [expect.stringContaining('med_a.mp4 has not been scanned')],
      at: '2026-11-26T10:00:00.000Z',
      auditId: 1,
    };
    expect(response.privacyOverride).toEqual(recorded);
    expect(audit).toEqual([
      expect.objectContaining({
        action: PRIVACY_OVERRIDE_ACTION,
        details: {
          reason: reason.trim(),
          reasons: recorded.reasons,
          outPath: '/out/a.mp4',
          preset: 'tiktok',
        },
      }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(runs[0]?.privacyOverride).toEqual(recorded);
  });

  it('a scanned project needs no override: none is recorded even if one is sent', async () => {
    const { handlers, audit, runs } = setup(withCurrentScans(unscanned()));
    const response = (await handlers['render.start']!(
      start({ overridePrivacy: { reason: 'not needed but sent anyway' } }),
    )) as { privacyOverride?: unknown; warnings: string[] };
    expect(response.privacyOverride).toBeUndefined();
    expect(response.warnings).toEqual([]);
    expect(audit).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(runs[0]?.privacyOverride).toBeUndefined();
  });

  it('identifiers in the output file name are warnings, not a block', async () => {
    const { handlers } = setup(withCurrentScans(unscanned()));
    const response = (await handlers['render.start']!(
      start({ outPath: '/out/Mrs_Jones_knee.mp4' }),
    )) as { warnings: string[] };
    expect(response.warnings).toEqual([
      'Possible patient identifier in the file name Mrs_Jones_knee.mp4: "Mrs Jones" looks like "Mrs" followed by a name.',
    ]);
  });
});
