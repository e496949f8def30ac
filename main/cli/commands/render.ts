import { Option, type Command } from 'commander';
import {
  EXPORT_PRESET_NAMES,
  exportBlockedDetailsSchema,
  privacyOverrideRequestSchema,
  type ExportJobInfo,
} from '../../../shared/api/calls/render';
import { abs, openProject, type CliContext } from '../program';
import { CliError, EXIT } from '../exit';
import { formatProgressLine } from './render-progress';

/** Export errors that mean the project or the arguments must change (exit 2). */
const INVALID_INPUT_CODES = new Set([
  'source-missing',
  'too-long',
  'nothing-to-export',
  'invalid-args',
]);

interface RenderOptions {
  preset: (typeof EXPORT_PRESET_NAMES)[number];
  out: string;
  coverAt?: number;
  jsonProgress?: boolean;
  overridePrivacy?: string;
}

function parseOverrideReason(value: string): string {
  const parsed = privacyOverrideRequestSchema.safeParse({ reason: value });
  if (!parsed.success) {
    throw new CliError(
      EXIT.invalidInput,
      `--override-privacy: give a reason of at least 10 characters (got "${value.trim()}")`,
    );
  }
  return parsed.data.reason;
}

/** The gate's reasons one per line, and the one way past it. */
function blockedMessage(error: Error & { details?: unknown }): string {
  const details = exportBlockedDetailsSchema.safeParse(error.details);
  const reasons = details.success ? details.data.reasons : [error.message];
  return [
    'export blocked by the privacy gate:',
    ...reasons.map((reason) => `  - ${reason}`),
    'Fix the above, or export anyway with --override-privacy "REASON" (recorded in the audit log).',
  ].join('\n');
}

function parseMs(value: string): number {
  if (!/^\d+$/.test(value))
    throw new CliError(EXIT.invalidInput, `--cover-at: "${value}" is not whole milliseconds`);
  return Number(value);
}

export function registerRender(program: Command, ctx: CliContext): void {
  program
    .command('render')
    .description(
      'Export the project as a vertical 1080x1920 MP4 ready for TikTok, Instagram Reels or YouTube Shorts. Ctrl-C cancels (exit 130) and leaves no file. Footage without a current face scan blocks the export (exit 3, reasons listed) unless --override-privacy says why.',
    )
    .argument('<project>', '.medclip project')
    .addOption(
      new Option('--preset <platform>', 'target platform')
        .choices([...EXPORT_PRESET_NAMES])
        .makeOptionMandatory(),
    )
    .requiredOption('--out <file>', '.mp4 to write (replaced only once the new one is verified)')
    .option('--cover-at <ms>', 'time of the cover frame, in milliseconds', parseMs)
    .option(
      '--override-privacy <reason>',
      'export even though the privacy gate blocks (unscanned footage); the reason, at least 10 characters, is recorded in the audit log',
      parseOverrideReason,
    )
    .option(
      '--json-progress',
      'print one JSON object per line on stdout (progress, then the result)',
    )
    .action(async (project: string, opts: RenderOptions) => {
      const opened = await openProject(ctx, project);
      const terminal = !opts.jsonProgress && process.stderr.isTTY === true;
      let jobId: string | null = null;
      let lastDrawn = 0;
      const onJob = (job: ExportJobInfo): void => {
        if (opts.jsonProgress) {
          ctx.out(
            JSON.stringify({
              event: 'progress',
              jobId: job.id,
              status: job.status,
              progress: job.progress,
              fps: job.fps,
              etaMs: job.etaMs,
            }),
          );
        } else if (terminal && job.status === 'running' && Date.now() - lastDrawn > 100) {
          lastDrawn = Date.now();
          process.stderr.write(`\r${formatProgressLine(job)}`);
        }
      };
      const unsubscribe = ctx.onEvent((event, payload) => {
        const job = payload as ExportJobInfo;
        if (event === 'job' && job.kind === 'export' && (jobId === null || job.id === jobId)) {
          onJob(job);
        }
      });
      let interrupted = false;
      const cancel = (id: string): void => {
        if (terminal) process.stderr.write('\nCancelling…\n');
        void ctx.call('render.cancel', { jobId: id });
      };
      // Ctrl-C asks the engine to stop the job (ffmpeg gets `q`, the temp file is removed);
      // the job then ends aborted and render.wait fails with code `aborted` (exit 130).
      const onInterrupt = (): void => {
        if (interrupted) return;
        interrupted = true;
        if (jobId !== null) cancel(jobId);
      };
      process.on('SIGINT', onInterrupt);
      try {
        const started = await ctx.call('render.start', {
          projectId: opened.projectId,
          preset: opts.preset,
          outPath: abs(opts.out),
          ...(opts.coverAt !== undefined ? { coverAtMs: opts.coverAt } : {}),
          ...(opts.overridePrivacy !== undefined
            ? { overridePrivacy: { reason: opts.overridePrivacy } }
            : {}),
        });
        jobId = started.jobId;
        if (started.privacyOverride && !opts.jsonProgress) {
          ctx.err(
            `Privacy gate overridden (audit entry ${started.privacyOverride.auditId}): ${started.privacyOverride.reason}`,
          );
        }
        if (!opts.jsonProgress)
          for (const warning of started.warnings ?? []) ctx.err(`warning: ${warning}`);
        if (interrupted) cancel(jobId);
        const done = await ctx.call('render.wait', { jobId });
        if (terminal)
          process.stderr.write(`\r${formatProgressLine({ progress: 1, etaMs: 0, fps: null })}\n`);
        const result = done.result;
        if (opts.jsonProgress) {
          ctx.out(JSON.stringify({ event: 'done', jobId, ...result }));
        } else if (result) {
          ctx.out(
            `Exported ${result.outPath} (${(result.durationMs / 1000).toFixed(1)} s, ${(result.sizeBytes / 1e6).toFixed(1)} MB, verified)`,
          );
          if (result.review) ctx.out(`Medical review: ${result.review.text}`);
        }
      } catch (error) {
        if (terminal) process.stderr.write('\n');
        const code = (error as { code?: unknown }).code;
        if (opts.jsonProgress) {
          ctx.out(
            JSON.stringify({ event: 'error', jobId, code, message: (error as Error).message }),
          );
        }
        if (code === 'export-blocked') {
          throw new CliError(EXIT.blockedByGate, blockedMessage(error as Error));
        }
        if (typeof code === 'string' && INVALID_INPUT_CODES.has(code)) {
          throw new CliError(EXIT.invalidInput, (error as Error).message);
        }
        throw error;
      } finally {
        process.off('SIGINT', onInterrupt);
        unsubscribe();
        await ctx.call('project.close', { projectId: opened.projectId });
      }
    });
}
