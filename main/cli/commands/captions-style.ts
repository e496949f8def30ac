import { Option, type Command } from 'commander';
import { shippedCaptionPresets } from '../../../shared/captions/presets';
import { invocation } from '../../../shared/commands';
import { openProject, type CliContext } from '../program';
import { CliError, EXIT } from '../exit';

interface StyleOptions {
  preset: string;
  all?: boolean;
  cues?: string;
  styleId?: string;
  json?: boolean;
}

function cueSelection(opts: StyleOptions, known: ReadonlySet<string>): 'all' | string[] {
  if (opts.all === true) return 'all';
  const ids = (opts.cues ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new CliError(
      EXIT.invalidInput,
      `no caption with id ${missing.map((id) => `"${id}"`).join(', ')}`,
    );
  }
  return ids;
}

/** `medclip captions style`: add (or replace) a style from a preset, optionally on cues, as one undo step. */
export function registerCaptionsStyle(captions: Command, ctx: CliContext): void {
  const presets = shippedCaptionPresets();
  captions
    .command('style')
    .description(
      `Add a caption style made from a preset (styled by the project's brand kit), or replace the style of that name, and optionally give it to cues. Presets: ${presets.map((preset) => `${preset.id} (${preset.name})`).join(', ')}.`,
    )
    .argument('<project>', '.medclip project')
    .addOption(
      new Option('--preset <name>', 'preset id')
        .choices(presets.map((preset) => preset.id))
        .makeOptionMandatory(),
    )
    .addOption(new Option('--all', 'give the style to every caption').conflicts('cues'))
    .option('--cues <ids>', 'give the style to these captions (comma-separated ids)')
    .option('--style-id <id>', 'project style to create or replace (default: style-<preset>)')
    .option('--json', 'print the result as JSON')
    .action(async (project: string, opts: StyleOptions) => {
      const opened = await openProject(ctx, project);
      try {
        const doc = opened.document;
        const cues = cueSelection(opts, new Set(doc.tracks.captions.map((cue) => cue.id)));
        const styleId = opts.styleId ?? `style-${opts.preset}`;
        const replaced = doc.captionStyles.some((style) => style.id === styleId);
        const result = await ctx.call('project.apply', {
          projectId: opened.projectId,
          invocations: [
            invocation('captionStyle.applyPreset', { presetId: opts.preset, styleId, cues }),
          ],
          label: `Apply caption preset ${opts.preset}`,
          kind: 'do',
        });
        const assigned = cues === 'all' ? doc.tracks.captions.length : cues.length;
        if (opts.json) {
          ctx.out(
            JSON.stringify({
              preset: opts.preset,
              styleId,
              replaced,
              captions: assigned,
              seq: result.seq,
            }),
          );
        } else {
          const verb = replaced ? 'Replaced' : 'Added';
          ctx.out(
            `${verb} caption style "${styleId}" from preset "${opts.preset}"; ${assigned} caption${assigned === 1 ? '' : 's'} now use it`,
          );
        }
      } finally {
        await ctx.call('project.close', { projectId: opened.projectId });
      }
    });
}
