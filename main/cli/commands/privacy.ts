import { InvalidArgumentError, type Command } from 'commander';
import { invocation } from '../../../shared/commands';
import type { FaceTrack, ProjectDocument, ScanMode } from '../../../shared/model';
import { ID_PREFIX, newId } from '../../../shared/model/ids';
import { trackSpan } from '../../../shared/privacy/tracking';
import { CliError, EXIT, openProject, type CliContext } from '../program';
import { formatProgressLine } from './render-progress';

/**
 * `medclip scan <project> [--mode …] [--json]`, `medclip privacy decide …` and
 * `medclip privacy region add …`. Scans and decisions go through the engine like the UI's.
 */

const MODES: readonly ScanMode[] = ['fast', 'standard', 'thorough'];

function parseMode(value: string): ScanMode {
  if (!(MODES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`mode must be one of ${MODES.join(', ')}`);
  }
  return value as ScanMode;
}

function parseMs(value: string): number {
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0)
    throw new InvalidArgumentError('must be whole milliseconds, 0 or more');
  return ms;
}

/** "X,Y,W,H" in media pixels. */
export function parseBox(value: string): { x: number; y: number; width: number; height: number } {
  const parts = value.split(',').map((p) => Number(p.trim()));
  const [x, y, width, height] = parts;
  if (
    parts.length !== 4 ||
    parts.some((p) => !Number.isFinite(p)) ||
    x === undefined ||
    y === undefined ||
    width === undefined ||
    height === undefined
  ) {
    throw new InvalidArgumentError('must be X,Y,W,H (four numbers, media pixels)');
  }
  if (width <= 0 || height <= 0)
    throw new InvalidArgumentError('width and height must be positive');
  return { x, y, width, height };
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** A track as `medclip scan --json` lists it: span, decision, boxes in the media's pixels. */
export function trackSummary(track: FaceTrack, sampleRate: number) {
  const span = trackSpan(track.samples, 1000 / sampleRate);
  return {
    id: track.id,
    mediaId: track.mediaId,
    startMs: span.startMs,
    endMs: span.endMs,
    decision: track.decision,
    ...(track.note !== undefined ? { note: track.note } : {}),
    samples: track.samples.map((s) => ({
      t: s.t,
      score: Math.round(s.score * 1000) / 1000,
      box: {
        x: round(s.box.x),
        y: round(s.box.y),
        width: round(s.box.width),
        height: round(s.box.height),
      },
    })),
  };
}

function scanTracks(doc: ProjectDocument, scanIds: ReadonlySet<string>) {
  const rates = new Map(doc.privacy.scans.map((s) => [s.id, s.sampleRate]));
  return doc.privacy.faceTracks
    .filter((t) => scanIds.has(t.scanId))
    .map((t) => trackSummary(t, rates.get(t.scanId) ?? 1));
}

function registerScan(program: Command, ctx: CliContext): void {
  program
    .command('scan')
    .description(
      'Scan every video and still in the project for faces; tracks start unreviewed (blurred).',
    )
    .argument('<project>', '.medclip project')
    .option('--mode <mode>', 'fast | standard | thorough', parseMode, 'standard' as ScanMode)
    .option('--json', 'print one JSON object listing the tracks')
    .action(async (project: string, opts: { mode: ScanMode; json?: boolean }) => {
      const opened = await openProject(ctx, project);
      const terminal = !opts.json && process.stderr.isTTY === true;
      let jobId: string | null = null;
      let lastDrawn = 0;
      const unsubscribe = ctx.onEvent((event, payload) => {
        const job = payload as {
          id: string;
          kind: string;
          status: string;
          progress: number;
          etaMs: number | null;
        };
        if (event !== 'job' || job.kind !== 'privacy.scan') return;
        jobId = job.id;
        if (terminal && job.status === 'running' && Date.now() - lastDrawn > 100) {
          lastDrawn = Date.now();
          process.stderr.write(`\r${formatProgressLine({ ...job, fps: null })}`);
        }
      });
      const onInterrupt = (): void => {
        if (jobId !== null) void ctx.call('privacy.cancelScan', { jobId });
      };
      process.on('SIGINT', onInterrupt);
      try {
        const result = await ctx.call('privacy.scan', {
          projectId: opened.projectId,
          mode: opts.mode,
        });
        if (terminal)
          process.stderr.write(`\r${formatProgressLine({ progress: 1, etaMs: 0, fps: null })}\n`);
        const { document } = await ctx.call('project.document', { projectId: opened.projectId });
        const tracks = scanTracks(document, new Set(result.scans.map((s) => s.scanId)));
        if (opts.json) {
          ctx.out(JSON.stringify({ mode: opts.mode, scans: result.scans, tracks }));
        } else {
          for (const scan of result.scans) ctx.out(`${scan.mediaId}: ${scan.tracks} face track(s)`);
          for (const t of tracks)
            ctx.out(
              `  ${t.id}  ${t.mediaId}  ${t.startMs}-${t.endMs} ms  ${t.decision}  ${t.samples.length} samples`,
            );
          ctx.out(
            `Scanned ${result.scans.length} media file(s) in ${opts.mode} mode; unreviewed faces are blurred at export.`,
          );
        }
      } finally {
        if (terminal) process.stderr.write('\n');
        process.off('SIGINT', onInterrupt);
        unsubscribe();
        await ctx.call('project.close', { projectId: opened.projectId });
      }
    });
}

async function applyOne(
  ctx: CliContext,
  project: string,
  build: (doc: ProjectDocument) => ReturnType<typeof invocation>,
  label: string,
): Promise<void> {
  const opened = await openProject(ctx, project);
  try {
    const { document } = await ctx.call('project.document', { projectId: opened.projectId });
    await ctx.call('project.apply', {
      projectId: opened.projectId,
      invocations: [build(document)],
      label,
      kind: 'do',
    });
  } finally {
    await ctx.call('project.close', { projectId: opened.projectId });
  }
}

function registerPrivacy(program: Command, ctx: CliContext): void {
  const privacy = program
    .command('privacy')
    .description('Privacy decisions and manual blur regions.');
  privacy
    .command('decide')
    .description('Blur or keep one face track (keeping needs --note, e.g. "consent on file").')
    .argument('<project>', '.medclip project')
    .requiredOption('--track <id>', 'face track id (see medclip scan --json)')
    .option('--keep', 'show this face unblurred')
    .option('--blur', 'blur this face')
    .option('--note <text>', 'why (required with --keep)')
    .action(
      async (
        project: string,
        opts: { track: string; keep?: boolean; blur?: boolean; note?: string },
      ) => {
        if (opts.keep === opts.blur)
          throw new CliError(EXIT.invalidInput, 'give exactly one of --keep or --blur');
        if (opts.keep && (opts.note ?? '').trim() === '') {
          throw new CliError(EXIT.invalidInput, 'keeping a face unblurred needs --note saying why');
        }
        const decision = opts.keep ? 'keep' : 'blur';
        await applyOne(
          ctx,
          project,
          () =>
            invocation('privacy.decide', {
              trackId: opts.track,
              decision,
              ...(opts.note !== undefined ? { note: opts.note } : {}),
            }),
          'Decide on face',
        );
        ctx.out(`${opts.track}: ${decision}${opts.note !== undefined ? ` (${opts.note})` : ''}`);
      },
    );
  const region = privacy.command('region').description('Manual blur regions.');
  region
    .command('add')
    .description(
      'Blur a fixed box of one media file from --start to --end (screens, wristbands, badges).',
    )
    .argument('<project>', '.medclip project')
    .requiredOption('--media <id>', 'media id')
    .requiredOption('--start <ms>', 'source time the region starts', parseMs)
    .requiredOption('--end <ms>', 'source time the region ends', parseMs)
    .requiredOption('--box <x,y,w,h>', 'box in media pixels', parseBox)
    .action(
      async (
        project: string,
        opts: { media: string; start: number; end: number; box: ReturnType<typeof parseBox> },
      ) => {
        if (opts.end <= opts.start)
          throw new CliError(EXIT.invalidInput, '--end must be after --start');
        const id = newId(ID_PREFIX.manualRegion);
        // One keyframe at the start: the box holds for the whole span.
        const region = {
          id,
          mediaId: opts.media,
          startMs: opts.start,
          endMs: opts.end,
          keyframes: [{ t: opts.start, box: opts.box }],
          blurStyle: 'gaussian' as const,
        };
        await applyOne(
          ctx,
          project,
          () => invocation('privacy.addRegion', { region }),
          'Add blur region',
        );
        ctx.out(id);
      },
    );
  for (const sub of [privacy, region, ...privacy.commands, ...region.commands]) sub.exitOverride();
}

export function registerPrivacyCommands(program: Command, ctx: CliContext): void {
  registerScan(program, ctx);
  registerPrivacy(program, ctx);
}
