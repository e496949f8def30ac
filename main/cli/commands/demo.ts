import type { Command } from 'commander';
import { abs, type CliContext } from '../program';

export function registerDemo(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description(
      'Write the demo project into a folder (footage made locally from sample photos, captions, an anatomy icon and a cited claim); reopens it if it is already there.',
    )
    .argument('<dir>', 'folder to write the demo project into')
    .option('--json', 'print the result as JSON')
    .action(async (dir: string, opts: { json?: boolean }) => {
      const demo = await ctx.call('project.demo', { dir: abs(dir) });
      await ctx.call('project.close', { projectId: demo.projectId });
      const d = demo.document;
      if (opts.json) {
        ctx.out(
          JSON.stringify({
            path: demo.path,
            clips: d.tracks.video.length,
            cues: d.tracks.captions.length,
            overlays: d.tracks.overlays.length,
            citations: d.citations.length,
          }),
        );
      } else {
        ctx.out(`Demo project: ${demo.path}`);
        ctx.out(
          `  ${d.tracks.video.length} clips, ${d.tracks.captions.length} captions, ${d.tracks.overlays.length} overlays, ${d.citations.length} citation`,
        );
      }
    });
}
