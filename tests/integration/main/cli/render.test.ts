import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestClip } from '../../../support/media';
import { tempDir } from '../../../support/temp';
import { FIXTURE_OVERRIDE_REASON } from '../../../support/privacy';

const repo = join(import.meta.dirname, '..', '..', '..', '..');
const cli = join(repo, 'main/cli/index.ts');
let tmp: ReturnType<typeof tempDir>;
const env = () => ({ ...process.env, MEDCLIP_USER_DATA: join(tmp.dir, 'user') });

function medclip(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    encoding: 'utf8',
    env: env(),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function exportsIn(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.startsWith('export') || n.includes('.partial-'));
}

beforeAll(() => {
  tmp = tempDir('medclip-cli-render-');
});
afterAll(() => tmp.cleanup());

describe('medclip render', () => {
  it('Ctrl-C cancels cleanly: exit 130, no output file, no temp file', async () => {
    const clip = makeTestClip(tmp.dir, 'long.mp4', { seconds: 20, width: 320, height: 180 });
    const project = join(tmp.dir, 'long.medclip');
    expect(medclip('new', project).code).toBe(0);
    expect(medclip('import', project, clip).code).toBe(0);
    const out = join(tmp.dir, 'export-long.mp4');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        cli,
        'render',
        project,
        '--preset',
        'tiktok',
        '--out',
        out,
        '--json-progress',
        '--override-privacy',
        FIXTURE_OVERRIDE_REASON,
      ],
      { env: env() },
    );
    let stdout = '';
    let stderr = '';
    let interrupted = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const running = stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { status?: string; progress?: number })
        .some((event) => event.status === 'running' && (event.progress ?? 0) > 0);
      if (running && !interrupted) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(interrupted).toBe(true);
    expect(code).toBe(130);
    expect(stderr).toMatch(/cancelled/i);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.at(-2)).toMatchObject({ event: 'progress', status: 'aborted' });
    expect(lines.at(-1)).toMatchObject({ event: 'error', code: 'aborted' });
    expect(exportsIn(tmp.dir)).toEqual([]);
  });

  it('a missing source exits 2 naming the file; a bad preset exits 2', () => {
    const clip = makeTestClip(tmp.dir, 'gone.mp4', { seconds: 1, width: 160, height: 90 });
    const project = join(tmp.dir, 'gone.medclip');
    expect(medclip('new', project).code).toBe(0);
    expect(medclip('import', project, clip).code).toBe(0);
    rmSync(clip);
    const missing = medclip(
      'render',
      project,
      '--preset',
      'shorts',
      '--out',
      join(tmp.dir, 'export-gone.mp4'),
      '--override-privacy',
      FIXTURE_OVERRIDE_REASON,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(clip);
    expect(missing.stderr).toMatch(/Relink/);
    const bad = medclip(
      'render',
      project,
      '--preset',
      'vine',
      '--out',
      join(tmp.dir, 'export-vine.mp4'),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/tiktok, reels, shorts/);
    expect(exportsIn(tmp.dir)).toEqual([]);
  });
});
