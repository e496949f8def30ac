import { Option, type Command } from 'commander';
import { describeProblem } from '../../../shared/captions';
import { abs, openProject, type CliContext } from '../program';
import { CliError, EXIT } from '../exit';
import { registerCaptionsStyle } from './captions-style';

function registerImport(captions: Command, ctx: CliContext): void {
  captions
    .command('import')
    .description(
      'Append the cues of an SRT or WebVTT file to the project as one undo step. Malformed entries are skipped and listed on stderr (exit 2); the valid ones are still imported.',
    )
    .argument('<project>', '.medclip project')
    .argument('<file>', '.srt or .vtt file (UTF-8, or UTF-16 with a byte-order mark)')
    .option('--replace', 'remove the existing captions in the same undo step')
    .option('--json', 'print the result as JSON')
    .action(async (project: string, file: string, opts: { json?: boolean; replace?: boolean }) => {
      const opened = await openProject(ctx, project);
      try {
        const result = await ctx.call('captions.import', {
          projectId: opened.projectId,
          path: abs(file),
          mode: opts.replace ? 'replace' : 'append',
        });
        if (opts.json) {
          ctx.out(
            JSON.stringify({
              imported: result.imported,
              removed: result.removed,
              problems: result.problems,
              seq: result.seq,
            }),
          );
        } else {
          const total = result.document.tracks.captions.length;
          ctx.out(`Imported ${result.imported} captions from ${file} (${total} in the project)`);
        }
        for (const problem of result.problems)
          ctx.err(`medclip: ${file}: ${describeProblem(problem)}`);
        if (result.problems.length > 0) {
          throw new CliError(
            EXIT.invalidInput,
            `${file}: ${result.problems.length} malformed ${result.problems.length === 1 ? 'entry was' : 'entries were'} skipped`,
          );
        }
      } finally {
        await ctx.call('project.close', { projectId: opened.projectId });
      }
    });
}

function registerExport(captions: Command, ctx: CliContext): void {
  captions
    .command('export')
    .description("Write the project's captions (timeline times, in time order) as SRT or WebVTT.")
    .argument('<project>', '.medclip project')
    .addOption(
      new Option('--format <format>', 'subtitle format')
        .choices(['srt', 'vtt'])
        .makeOptionMandatory(),
    )
    .requiredOption('--out <file>', 'file to write (replaced atomically if it exists)')
    .option('--json', 'print the result as JSON')
    .action(
      async (project: string, opts: { format: 'srt' | 'vtt'; out: string; json?: boolean }) => {
        const opened = await openProject(ctx, project);
        try {
          const result = await ctx.call('captions.export', {
            projectId: opened.projectId,
            format: opts.format,
            outPath: abs(opts.out),
          });
          if (opts.json) ctx.out(JSON.stringify(result));
          else ctx.out(`Wrote ${result.cues} captions to ${result.path}`);
        } finally {
          await ctx.call('project.close', { projectId: opened.projectId });
        }
      },
    );
}

/** `medclip captions import|export`. */
export function registerCaptions(program: Command, ctx: CliContext): void {
  const captions = program
    .command('captions')
    .description('Import and export captions as SRT or WebVTT files.');
  registerImport(captions, ctx);
  registerExport(captions, ctx);
  registerCaptionsStyle(captions, ctx);
}
