import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli/program';
import { registerProjectCommands } from '../../../../main/cli/commands/project';
import { registerOverlay } from '../../../../main/cli/commands/overlay';
import { tempDir } from '../../../support/temp';

const repo = join(import.meta.dirname, '..', '..', '..', '..');

let tmp: ReturnType<typeof tempDir>;
let project: string;
let userData: string | undefined;

/**
 * The CLI in this process (a spawned `medclip` costs seconds of module loading per call on a
 * loaded machine); one test below runs the real entry point to check the registration.
 */
async function medclip(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, [registerProjectCommands, registerOverlay], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

interface Listed {
  overlays: {
    id: string;
    kind: string;
    iconId?: string;
    start: number;
    end: number;
    sizePx?: number;
    fill?: string;
    transform: { x: number; y: number }[];
  }[];
}

beforeAll(async () => {
  tmp = tempDir('medclip-cli-overlay-');
  userData = process.env.MEDCLIP_USER_DATA;
  process.env.MEDCLIP_USER_DATA = join(tmp.dir, 'user');
  project = join(tmp.dir, 'icons.medclip');
  expect((await medclip('new', project)).code).toBe(0);
});
afterAll(() => {
  if (userData === undefined) delete process.env.MEDCLIP_USER_DATA;
  else process.env.MEDCLIP_USER_DATA = userData;
  tmp.cleanup();
});

describe('medclip overlay', () => {
  it('lists no overlays in a new project', async () => {
    const r = await medclip('overlay', 'list', project);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('No overlays');
  });

  it('adds an icon at a place, size and colour, and lists it', async () => {
    const r = await medclip(
      'overlay',
      'add',
      project,
      '--icon',
      'outline/body/lungs',
      '--start',
      '500',
      '--end',
      '2500',
      '--x',
      '270',
      '--y',
      '480',
      '--width',
      '300',
      '--color',
      '#ff0000',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Added icon outline\/body\/lungs \(Lungs\) as ovl_\w+: 500-2500 ms at 270,480 px, 300px, #FF0000/,
    );
    const listed = JSON.parse(
      (await medclip('overlay', 'list', project, '--json')).stdout,
    ) as Listed;
    expect(listed.overlays).toHaveLength(1);
    expect(listed.overlays[0]).toMatchObject({
      kind: 'icon',
      iconId: 'outline/body/lungs',
      start: 500,
      end: 2500,
      sizePx: 300,
      fill: '#FF0000',
      transform: [{ x: 0.25, y: 0.25 }],
    });
    const text = await medclip('overlay', 'list', project);
    expect(text.stdout).toMatch(
      /ovl_\w+\ticon\t500-2500 ms\tat 270,480\toutline\/body\/lungs 300px/,
    );
  });

  it('accepts the package spelling in any case and defaults to the brand kit colours', async () => {
    const r = await medclip(
      'overlay',
      'add',
      project,
      '--icon',
      'typography/a',
      '--start',
      '0',
      '--end',
      '1000',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Added icon typography/A (A)');
    expect(r.stdout).toContain('at 540,576 px, 240px, #FFFFFF');
  });

  it('refuses an unknown icon with the closest names, exit 2, and changes nothing', async () => {
    const r = await medclip(
      'overlay',
      'add',
      project,
      '--icon',
      'body/lungz',
      '--start',
      '0',
      '--end',
      '1000',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('healthicons has no icon "body/lungz"; did you mean body/lungs');
    const listed = JSON.parse(
      (await medclip('overlay', 'list', project, '--json')).stdout,
    ) as Listed;
    expect(listed.overlays).toHaveLength(2);
  });

  const add = (...extra: string[]) =>
    medclip('overlay', 'add', project, '--icon', 'body/lungs', ...extra);

  it('refuses an end before the start', async () => {
    const backwards = await add('--start', '900', '--end', '100');
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('--end (100) must be after --start (900)');
  });

  it('refuses a colour that is not hex', async () => {
    const colour = await add('--start', '0', '--end', '100', '--color', 'red');
    expect(colour.code).toBe(2);
    expect(colour.stderr).toContain('--color must be a hex colour');
  });

  it('refuses a place far outside the frame', async () => {
    const far = await add('--start', '0', '--end', '100', '--x', '99999');
    expect(far.code).toBe(2);
    expect(far.stderr).toContain('--x must be between -1080 and 2160');
  });

  it('needs --icon', async () => {
    const missing = await medclip('overlay', 'add', project, '--start', '0', '--end', '100');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--icon');
  });

  it('is registered in the real medclip entry point', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(repo, 'main/cli/index.ts'), 'overlay', 'list', project],
      { encoding: 'utf8', env: { ...process.env, MEDCLIP_USER_DATA: join(tmp.dir, 'user') } },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\ticon\t500-2500 ms\t/);
  });
});
