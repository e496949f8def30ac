import type { Command } from 'commander';
import { abs, openProject, type CliContext } from '../program';
import { CliError, EXIT } from '../exit';
import { basename } from 'node:path';

export function registerProjectCommands(program: Command, ctx: CliContext): void {
  program
    .command('new')
    .description('Create a new project (1080x1920, 30 fps).')
    .argument('<project>', 'path of the .medclip file to create')
    .option('--name <text>', 'project name (default: the file name)')
    .option('--json', 'print the result as JSON')
    .action(async (project: string, opts: { name?: string; json?: boolean }) => {
      if (!project.endsWith('.medclip')) {
        throw new CliError(
          EXIT.invalidInput,
          `${project}: a project file name must end in .medclip`,
        );
      }
      const name = opts.name ?? basename(project, '.medclip');
      const created = await ctx.call('project.create', { path: abs(project), name });
      await ctx.call('project.close', { projectId: created.projectId });
      if (opts.json)
        ctx.out(JSON.stringify({ path: created.path, projectId: created.projectId, name }));
      else
        ctx.out(
          `Created ${created.path} ("${name}", ${created.document.format.width}x${created.document.format.height}, ${created.document.format.fps} fps)`,
        );
    });

  program
    .command('import')
    .description(
      'Add media to the project bin; each video is appended to the end of the video track.',
    )
    .argument('<project>', '.medclip project')
    .argument('<media...>', 'files to import')
    .option('--json', 'print the result as JSON')
    .action(async (project: string, media: string[], opts: { json?: boolean }) => {
      const opened = await openProject(ctx, project);
      try {
        const result = await ctx.call('media.import', {
          projectId: opened.projectId,
          paths: media.map(abs),
        });
        if (opts.json) {
          ctx.out(JSON.stringify({ imported: result.imported, errors: result.errors }));
        } else {
          for (const i of result.imported) ctx.out(`Imported ${i.path} as ${i.mediaId}`);
        }
        for (const e of result.errors)
          ctx.err(`medclip: ${e.message.includes(e.path) ? e.message : `${e.path}: ${e.message}`}`);
        if (result.errors.length > 0) {
          // Valid files are kept; the run still reports the bad ones as invalid input.
          throw new CliError(
            EXIT.invalidInput,
            `${result.errors.length} of ${media.length} file(s) could not be imported`,
          );
        }
      } finally {
        await ctx.call('project.close', { projectId: opened.projectId });
      }
    });

  program
    .command('dump')
    .description('Print the current project document as JSON.')
    .argument('<project>', '.medclip project')
    .action(async (project: string) => {
      const opened = await openProject(ctx, project);
      await ctx.call('project.close', { projectId: opened.projectId });
      ctx.out(JSON.stringify(opened.document, null, 2));
    });
}
