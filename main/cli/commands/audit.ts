import type { Command } from 'commander';
import type { AuditEntryInfo } from '../../../shared/api/calls/audit';
import { openProject, type CliContext } from '../program';

/**
 * `medclip audit <project>`: the project's append-only audit log (privacy decisions, export
 * overrides), newest last, one entry a line; `--json` for the entries as they are stored.
 */

function detailsText(details: unknown): string {
  if (details === null || typeof details !== 'object')
    return details === undefined ? '' : String(details);
  const fields = details as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof fields.reason === 'string') parts.push(`reason: ${fields.reason}`);
  if (Array.isArray(fields.reasons) && fields.reasons.length > 0) {
    parts.push(`overrode: ${fields.reasons.join(' ')}`);
  }
  const rest = Object.fromEntries(
    Object.entries(fields).filter(([key]) => key !== 'reason' && key !== 'reasons'),
  );
  if (Object.keys(rest).length > 0) parts.push(JSON.stringify(rest));
  return parts.join('; ');
}

export function auditLine(entry: AuditEntryInfo): string {
  const details = detailsText(entry.details);
  return `${entry.at}  ${entry.actor}  ${entry.action}${details === '' ? '' : `  ${details}`}`;
}

export function registerAudit(program: Command, ctx: CliContext): void {
  program
    .command('audit')
    .description(
      'Print the audit log of privacy decisions and export overrides, newest last (append-only: nothing can rewrite it).',
    )
    .argument('<project>', '.medclip project')
    .option('--json', 'print one JSON object with an entries array')
    .action(async (project: string, opts: { json?: boolean }) => {
      const opened = await openProject(ctx, project);
      try {
        const { entries } = await ctx.call('audit.list', { projectId: opened.projectId });
        if (opts.json) {
          ctx.out(JSON.stringify({ entries }));
        } else if (entries.length === 0) {
          ctx.out('The audit log is empty.');
        } else {
          for (const entry of entries) ctx.out(auditLine(entry));
        }
      } finally {
        await ctx.call('project.close', { projectId: opened.projectId });
      }
    });
}
