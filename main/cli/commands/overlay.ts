import type { Command } from 'commander';
import { invocation } from '../../../shared/commands';
import { colorSchema, newId, type Overlay, type ProjectDocument } from '../../../shared/model';
import { newIconOverlay } from '../../../shared/overlays/icon-overlay';
import { resolveIcon } from '../../../shared/overlays/icon-search';
import { openProject, type CliContext } from '../program';
import { CliError, EXIT } from '../exit';

interface AddOptions {
  icon: string;
  start: string;
  end: string;
  x?: string;
  y?: string;
  width?: string;
  color?: string;
  outline?: string;
  json?: boolean;
}

function invalid(message: string): never {
  throw new CliError(EXIT.invalidInput, message);
}

function integerOption(flag: string, text: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(text.trim())) invalid(`${flag} must be a whole number (got "${text}")`);
  const value = Number(text);
  if (value < min || value > max)
    invalid(`${flag} must be between ${min} and ${max} (got ${value})`);
  return value;
}

function colorOption(flag: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const withHash = text.startsWith('#') ? text : `#${text}`;
  if (!colorSchema.safeParse(withHash).success) {
    invalid(`${flag} must be a hex colour #rrggbb or #rrggbbaa (got "${text}")`);
  }
  return withHash.toUpperCase();
}

/** What an overlay shows, in a few words, for the list. */
export function overlaySummary(overlay: Overlay): string {
  switch (overlay.kind) {
    case 'icon':
      return `${overlay.iconId} ${overlay.sizePx}px ${overlay.fill}/${overlay.outline}`;
    case 'callout':
    case 'text':
      return JSON.stringify(overlay.text);
    case 'shape':
      return overlay.number === undefined ? overlay.shape : `${overlay.shape} ${overlay.number}`;
    case 'image':
      return `media ${overlay.mediaId} ${overlay.widthPx}px`;
    case 'citationChip':
      return `citation ${overlay.citationId}${overlay.label === undefined ? '' : ` "${overlay.label}"`}`;
  }
}

function positionPx(doc: ProjectDocument, overlay: Overlay): { x: number; y: number } {
  const first = overlay.transform[0];
  return {
    x: Math.round((first?.x ?? 0.5) * doc.format.width),
    y: Math.round((first?.y ?? 0.5) * doc.format.height),
  };
}

function registerAdd(overlay: Command, ctx: CliContext): void {
  overlay
    .command('add')
    .description(
      'Add a healthicons icon overlay (one undo step). Icons are "category/name", e.g. body/lungs; prefix "outline/" for the outline style.',
    )
    .argument('<project>', '.medclip project')
    .requiredOption('--icon <category/name>', 'healthicons icon, e.g. body/lungs')
    .requiredOption('--start <ms>', 'start time in milliseconds')
    .requiredOption('--end <ms>', 'end time in milliseconds')
    .option('--x <px>', "icon centre from the frame's left edge (default: the middle)")
    .option('--y <px>', "icon centre from the frame's top edge (default: a third down)")
    .option('--width <px>', 'icon size in pixels (default: 240 on a 1080-wide frame)')
    .option('--color <hex>', "icon colour (default: the brand kit's text colour)")
    .option('--outline <hex>', "outline colour (default: the brand kit's primary colour)")
    .option('--json', 'print the added overlay as JSON')
    .action(async (project: string, opts: AddOptions) => {
      const start = integerOption('--start', opts.start, 0, 24 * 3600 * 1000);
      const end = integerOption('--end', opts.end, 0, 24 * 3600 * 1000);
      if (end <= start) invalid(`--end (${end}) must be after --start (${start})`);
      const sizePx =
        opts.width === undefined ? undefined : integerOption('--width', opts.width, 8, 2000);
      const fill = colorOption('--color', opts.color);
      const outline = colorOption('--outline', opts.outline);
      const { icons } = await ctx.call('library.icons', {});
      const resolved = resolveIcon(icons, opts.icon);
      if (!resolved.ok) {
        const hint =
          resolved.suggestions.length > 0
            ? `; did you mean ${resolved.suggestions.join(', ')}?`
            : '; see the Library panel for the icon names';
        invalid(`${resolved.reason}${hint}`);
      }
      const opened = await openProject(ctx, project);
      try {
        const doc = opened.document;
        const { width, height } = doc.format;
        const x =
          opts.x === undefined ? undefined : integerOption('--x', opts.x, -width, 2 * width);
        const y =
          opts.y === undefined ? undefined : integerOption('--y', opts.y, -height, 2 * height);
        const added = newIconOverlay(doc, {
          id: newId('ovl'),
          iconId: resolved.iconId,
          start,
          end,
          ...(x === undefined ? {} : { x: x / width }),
          ...(y === undefined ? {} : { y: y / height }),
          ...(sizePx === undefined ? {} : { sizePx }),
          ...(fill === undefined ? {} : { fill }),
          ...(outline === undefined ? {} : { outline }),
        });
        const result = await ctx.call('project.apply', {
          projectId: opened.projectId,
          invocations: [invocation('overlay.add', { overlay: added })],
          label: `Add icon ${resolved.entry.title}`,
          kind: 'do',
        });
        if (opts.json) {
          ctx.out(JSON.stringify({ overlay: added, seq: result.seq }));
        } else {
          const at = positionPx(doc, added);
          ctx.out(
            `Added icon ${added.iconId} (${resolved.entry.title}) as ${added.id}: ${start}-${end} ms at ${at.x},${at.y} px, ${added.sizePx}px, ${added.fill}`,
          );
        }
      } finally {
        await ctx.call('project.close', { projectId: opened.projectId });
      }
    });
}

function registerList(overlay: Command, ctx: CliContext): void {
  overlay
    .command('list')
    .description('List the overlays, back to front: id, kind, time span, position and content.')
    .argument('<project>', '.medclip project')
    .option('--json', 'print the overlays as JSON')
    .action(async (project: string, opts: { json?: boolean }) => {
      const opened = await openProject(ctx, project);
      try {
        const doc = opened.document;
        const overlays = doc.tracks.overlays;
        if (opts.json) {
          ctx.out(JSON.stringify({ overlays }));
          return;
        }
        if (overlays.length === 0) {
          ctx.out('No overlays');
          return;
        }
        for (const item of overlays) {
          const at = positionPx(doc, item);
          ctx.out(
            [
              item.id,
              item.kind,
              `${item.start}-${item.end} ms`,
              `at ${at.x},${at.y}`,
              overlaySummary(item),
            ].join('\t'),
          );
        }
      } finally {
        await ctx.call('project.close', { projectId: opened.projectId });
      }
    });
}

/** `medclip overlay add|list`. */
export function registerOverlay(program: Command, ctx: CliContext): void {
  const overlay = program.command('overlay').description('Add and list overlays');
  registerAdd(overlay, ctx);
  registerList(overlay, ctx);
}
