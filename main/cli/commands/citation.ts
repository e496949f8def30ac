import { readFileSync, statSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { invocation, type CommandInvocation } from '../../../shared/commands';
import { newId, type CslItem } from '../../../shared/model';
import { validateDoi, validatePmid } from '../../../shared/citations/identifiers';
import { findSameSource } from '../../../shared/citations/duplicates';
import type { CitationImportFormat, CitationProblem } from '../../../shared/api/calls/citations';
import { abs, openProject, type CliContext } from '../program';
import { CliError, EXIT } from '../exit';

/** The contract's limit on import text. */
const MAX_IMPORT_BYTES = 1_000_000;

interface AddOptions {
  bibtex?: string;
  ris?: string;
  cslJson?: string;
  doi?: string;
  pmid?: string;
  online?: boolean;
  json?: boolean;
}

function invalid(message: string): never {
  throw new CliError(EXIT.invalidInput, message);
}

function readImportFile(file: string): string {
  const path = abs(file);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    invalid(`${file}: file not found`);
  }
  if (size > MAX_IMPORT_BYTES) invalid(`${file}: too large (${size} bytes; at most 1 MB)`);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    invalid(`${file}: cannot be read (${(error as Error).message})`);
  }
}

function describe(problem: CitationProblem): string {
  const key = problem.key === undefined ? '' : ` (${problem.key})`;
  return `entry ${problem.entry}${key}: ${problem.reason}`;
}

type Source =
  | { kind: 'file'; file: string; format: CitationImportFormat }
  | { kind: 'doi'; value: string }
  | { kind: 'pmid'; value: string };

function sourceOf(opts: AddOptions): Source {
  const given = [
    opts.bibtex === undefined
      ? null
      : ({ kind: 'file', file: opts.bibtex, format: 'bibtex' } as const),
    opts.ris === undefined ? null : ({ kind: 'file', file: opts.ris, format: 'ris' } as const),
    opts.cslJson === undefined
      ? null
      : ({ kind: 'file', file: opts.cslJson, format: 'csl-json' } as const),
    opts.doi === undefined ? null : ({ kind: 'doi', value: opts.doi } as const),
    opts.pmid === undefined ? null : ({ kind: 'pmid', value: opts.pmid } as const),
  ].filter((source) => source !== null);
  const [only] = given;
  if (only === undefined || given.length > 1) {
    invalid('give exactly one of --bibtex, --ris, --csl-json, --doi or --pmid');
  }
  if (opts.online && only.kind === 'file') invalid('--online applies to --doi and --pmid only');
  return only;
}

/** Without --online an identifier becomes a minimal entry: just the checked DOI or PMID. */
function minimalEntry(source: Source & { kind: 'doi' | 'pmid' }): CslItem {
  const checked = source.kind === 'doi' ? validateDoi(source.value) : validatePmid(source.value);
  if (!checked.ok) invalid(checked.reason);
  return source.kind === 'doi'
    ? { type: 'article-journal', DOI: checked.value }
    : { type: 'article-journal', PMID: checked.value };
}

async function entriesFor(
  ctx: CliContext,
  projectId: string,
  source: Source,
  online: boolean,
): Promise<{ items: CslItem[]; problems: CitationProblem[] }> {
  if (source.kind === 'file') {
    const preview = await ctx.call('citations.previewImport', {
      projectId,
      text: readImportFile(source.file),
      format: source.format,
    });
    return { items: preview.entries.map((entry) => entry.csl), problems: preview.problems };
  }
  if (!online) return { items: [minimalEntry(source)], problems: [] };
  const found = await ctx.call('citations.lookup', {
    projectId,
    ...(source.kind === 'doi' ? { doi: source.value } : { pmid: source.value }),
    allowNetwork: true,
  });
  return { items: [found.csl], problems: [] };
}

function registerAdd(citation: Command, ctx: CliContext): void {
  citation
    .command('add')
    .description(
      'Add citations from a BibTeX, RIS or CSL-JSON file, or one DOI or PMID, as one undo step. Malformed entries are skipped and listed on stderr (exit 2); sources already in the project (same DOI or PMID) are skipped. Nothing goes online unless --online is given.',
    )
    .argument('<project>', '.medclip project')
    .option('--bibtex <file>', 'BibTeX/BibLaTeX file')
    .option('--ris <file>', 'RIS file')
    .option('--csl-json <file>', 'CSL-JSON file (one item or a list)')
    .option('--doi <doi>', 'a DOI, e.g. 10.1056/NEJMoa2034577 or https://doi.org/…')
    .option('--pmid <id>', 'a PubMed id (1–8 digits)')
    .option(
      '--online',
      'look the DOI/PMID up (doi.org, NCBI) instead of adding just the identifier',
    )
    .option('--json', 'print the result as JSON')
    .action(async (project: string, opts: AddOptions) => {
      const source = sourceOf(opts);
      if (source.kind === 'doi' || source.kind === 'pmid') minimalEntry(source);
      const opened = await openProject(ctx, project);
      try {
        const { items, problems } = await entriesFor(
          ctx,
          opened.projectId,
          source,
          opts.online === true,
        );
        const existing = [...opened.document.citations];
        const added: { id: string; csl: CslItem }[] = [];
        const skipped: { sameAs: string; csl: CslItem }[] = [];
        for (const csl of items) {
          const same = findSameSource(existing, csl);
          if (same !== undefined) {
            skipped.push({ sameAs: same.id, csl });
            continue;
          }
          const citation = { id: newId('cit'), csl };
          existing.push(citation);
          added.push(citation);
        }
        let seq: number | null = null;
        if (added.length > 0) {
          const invocations: CommandInvocation[] = added.map((citation) =>
            invocation('citation.add', citation),
          );
          const label = added.length === 1 ? 'Add citation' : `Add ${added.length} citations`;
          seq = (
            await ctx.call('project.apply', {
              projectId: opened.projectId,
              invocations,
              label,
              kind: 'do',
            })
          ).seq;
        }
        if (opts.json) {
          ctx.out(JSON.stringify({ added, skipped, problems, seq }));
        } else {
          for (const citation of added) ctx.out(`Added ${citation.id}`);
          for (const skip of skipped) ctx.out(`Already in the project as ${skip.sameAs}; skipped`);
        }
        for (const problem of problems) ctx.err(`medclip: ${describe(problem)}`);
        if (problems.length > 0) {
          throw new CliError(
            EXIT.invalidInput,
            `${problems.length} malformed ${problems.length === 1 ? 'entry was' : 'entries were'} skipped`,
          );
        }
      } finally {
        await ctx.call('project.close', { projectId: opened.projectId });
      }
    });
}

function registerLink(citation: Command, ctx: CliContext): void {
  citation
    .command('link')
    .description('Link a caption cue to a citation (the cue then counts as cited).')
    .argument('<project>', '.medclip project')
    .requiredOption('--cue <id>', 'caption cue id')
    .requiredOption('--citation <id>', 'citation id')
    .action(async (project: string, opts: { cue: string; citation: string }) => {
      const opened = await openProject(ctx, project);
      try {
        await ctx.call('project.apply', {
          projectId: opened.projectId,
          invocations: [
            invocation('caption.linkCitation', { cueId: opts.cue, citationId: opts.citation }),
          ],
          label: 'Link citation to caption',
          kind: 'do',
        });
        ctx.out(`Linked ${opts.cue} to ${opts.citation}`);
      } finally {
        await ctx.call('project.close', { projectId: opened.projectId });
      }
    });
}

function registerReferences(program: Command, ctx: CliContext): void {
  program
    .command('references')
    .description(
      "Print the project's numbered reference list (Vancouver, numbered by first use, unless the project or --style says APA).",
    )
    .argument('<project>', '.medclip project')
    .addOption(new Option('--style <style>', 'reference style').choices(['vancouver', 'apa']))
    .option('--json', 'print the references as JSON')
    .action(async (project: string, opts: { style?: 'vancouver' | 'apa'; json?: boolean }) => {
      const opened = await openProject(ctx, project);
      try {
        const result = await ctx.call('citations.format', {
          projectId: opened.projectId,
          ...(opts.style === undefined ? {} : { style: opts.style }),
        });
        if (opts.json) ctx.out(JSON.stringify(result));
        else if (result.references.length === 0) ctx.out('No references');
        else for (const ref of result.references) ctx.out(`${ref.number}. ${ref.text}`);
      } finally {
        await ctx.call('project.close', { projectId: opened.projectId });
      }
    });
}

/** `medclip citation add|link` and `medclip references`. */
export function registerCitation(program: Command, ctx: CliContext): void {
  const citation = program
    .command('citation')
    .description('Add citations and link them to captions');
  registerAdd(citation, ctx);
  registerLink(citation, ctx);
  registerReferences(program, ctx);
}
