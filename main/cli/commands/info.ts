import type { Command } from 'commander';
import { abs, type CliContext } from '../program';

export function registerInfo(program: Command, ctx: CliContext): void {
  program
    .command('info')
    .description(
      'Probe a media file and print what MedClip sees as JSON (duration, size, rotation, fps, codecs…).',
    )
    .argument('<media>', 'video, audio or image file')
    .action(async (media: string) => {
      const probe = await ctx.call('media.probe', { path: abs(media) });
      ctx.out(JSON.stringify(probe, null, 2));
    });
}
