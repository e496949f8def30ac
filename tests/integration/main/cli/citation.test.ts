import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli/program';
import { registerProjectCommands } from '../../../../main/cli/commands/project';
import { registerCaptions } from '../../../../main/cli/commands/captions';
import { registerCitation } from '../../../../main/cli/commands/citation';
import { tempDir } from '../../../support/temp';

const repo = join(import.meta.dirname, '..', '..', '..', '..');
const fixture = (name: string): string => join(repo, 'tests/fixtures/citations', name);
const SUBTITLES = fileURLToPath(
  new URL('../../../../../shared/data/subtitles/androidx-media/', import.meta.url),
);

let tmp: ReturnType<typeof tempDir>;

/**
 * The CLI in this process (a spawned `medclip` costs seconds of module loading per call on a
 * loaded machine); one test below runs the real entry point to check the registration.
 */
async function medclip(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, [registerProjectCommands, registerCaptions, registerCitation], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

interface Dumped {
  citations: { id: string; csl: { DOI?: string; PMID?: string; title?: string } }[];
  tracks: { captions: { id: string; citationIds: string[] }[] };
}
const dump = async (project: string): Promise<Dumped> =>
  JSON.parse((await medclip('dump', project)).stdout) as Dumped;

let userData: string | undefined;
beforeAll(() => {
  tmp = tempDir('medclip-cli-citation-');
  userData = process.env.MEDCLIP_USER_DATA;
  process.env.MEDCLIP_USER_DATA = join(tmp.dir, 'user');
});
afterAll(() => {
  if (userData === undefined) delete process.env.MEDCLIP_USER_DATA;
  else process.env.MEDCLIP_USER_DATA = userData;
  tmp.cleanup();
});

describe('medclip citation and references', () => {
  it('builds the claim → source chain: import, dedupe, identifiers, link, reference list', async () => {
    const project = join(tmp.dir, 'chain.medclip');
    expect((await medclip('new', project)).code).toBe(0);

    // A partly malformed BibTeX file: the valid entries go in, the rest are listed, exit 2.
    const bib = await medclip('citation', 'add', project, '--bibtex', fixture('mixed.bib'));
    expect(bib.code).toBe(2);
    expect(bib.stdout.match(/^Added cit_\w+$/gm)).toHaveLength(2);
    expect(bib.stderr).toContain('entry 2 (broken2021): BibTeX syntax error');
    expect(bib.stderr).toContain('entry 3 (baddoi2019): "BMJ-2019-1234" is not a DOI');
    expect(bib.stderr).toMatch(/4 malformed entries were skipped/);

    // The same source by DOI is recognised; a bad DOI or PMID is refused with its reason.
    const same = await medclip(
      'citation',
      'add',
      project,
      '--doi',
      'https://doi.org/10.1056/nejmoa2034577',
    );
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/Already in the project as cit_\w+; skipped/);
    const badDoi = await medclip('citation', 'add', project, '--doi', '10.12/x');
    expect(badDoi.code).toBe(2);
    expect(badDoi.stderr).toContain('4–9 digit registrant code');
    expect((await medclip('citation', 'add', project, '--pmid', '123456789')).stderr).toContain(
      'at most 8 digits',
    );
    expect(
      (await medclip('citation', 'add', project, '--pmid', '1', '--doi', '10.1000/x')).code,
    ).toBe(2);

    // Offline, an identifier adds a minimal entry with just the checked value.
    const json = await medclip('citation', 'add', project, '--pmid', 'PMID: 32931596', '--json');
    expect(json.code).toBe(0);
    const added = JSON.parse(json.stdout) as { added: { id: string; csl: object }[] };
    expect(added.added[0]?.csl).toEqual({ type: 'article-journal', PMID: '32931596' });

    expect(
      (await medclip('captions', 'import', project, join(SUBTITLES, 'subrip/typical.srt'))).code,
    ).toBe(0);
    const doc = await dump(project);
    expect(doc.citations).toHaveLength(3);
    const who = doc.citations.find((c) => c.csl.title?.startsWith('Global report'))!;
    const cue = doc.tracks.captions[0]!;
    const link = await medclip('citation', 'link', project, '--cue', cue.id, '--citation', who.id);
    expect(link.code).toBe(0);
    expect((await dump(project)).tracks.captions[0]?.citationIds).toEqual([who.id]);
    const again = await medclip('citation', 'link', project, '--cue', cue.id, '--citation', who.id);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already cites');
    expect(
      (await medclip('citation', 'link', project, '--cue', cue.id, '--citation', 'cit_nope')).code,
    ).toBe(2);

    // Vancouver numbers the cited source first; APA sorts by author.
    const refs = await medclip('references', project);
    expect(refs.code).toBe(0);
    const lines = refs.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      '1. World Health Organization. Global report on infection prevention and control. Geneva: World Health Organization; 2022.',
    );
    expect(lines[1]).toMatch(/^2\. Polack FP, Thomas SJ, Kitchin N\. Safety and Efficacy/);
    const apa = JSON.parse(
      (await medclip('references', project, '--style', 'apa', '--json')).stdout,
    ) as {
      style: string;
      references: { number: number; text: string }[];
    };
    expect(apa.style).toBe('apa');
    expect(apa.references.map((r) => r.text.slice(0, 6))).toContain('Polack');
    expect((await medclip('references', project, '--style', 'harvard')).code).toBe(2);
  });

  it('says so when a project has no references, and refuses unreadable files', async () => {
    const project = join(tmp.dir, 'empty.medclip');
    expect((await medclip('new', project)).code).toBe(0);
    expect((await medclip('references', project)).stdout.trim()).toBe('No references');
    const missing = await medclip('citation', 'add', project, '--ris', join(tmp.dir, 'none.ris'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('file not found');
    const json = await medclip('citation', 'add', project, '--csl-json', fixture('truncated.json'));
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('not valid JSON');
  });
});

describe('the medclip entry point', () => {
  it('registers the citation and references commands', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(repo, 'main/cli/index.ts'), 'citation', 'add', '--help'],
      { encoding: 'utf8', env: { ...process.env, MEDCLIP_USER_DATA: join(tmp.dir, 'user') } },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--csl-json <file>');
  });
});
