import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../support/temp';

/** `main/host/start.ts` as a program: the browser-mode host a test or benchmark starts. */

const repoRoot = resolve(import.meta.dirname, '..', '..', '..', '..');
let tmp: ReturnType<typeof tempDir> | undefined;

afterEach(() => {
  tmp?.cleanup();
  tmp = undefined;
});

function startHostProgram(extra: string[]) {
  tmp = tempDir();
  const staticDir = join(tmp.dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>studio</title>');
  const child = spawn(
    process.execPath,
    [
      ...['--import', 'tsx', 'main/host/start.ts', '--port', '0', '--no-open', '--print-json'],
      ...['--static-dir', staticDir, ...extra],
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, MEDCLIP_USER_DATA: join(tmp.dir, 'user'), HOME: tmp.dir },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const ready = new Promise<{ url: string }>((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((text) => text.startsWith('{'));
      if (line && out.includes('\n')) done(JSON.parse(line) as { url: string });
    });
    child.once('exit', (code) => fail(new Error(`the host exited (${code}) before it was ready`)));
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, ready, exited };
}

describe('the browser-mode host program', () => {
  it('with --exit-with-stdin, stops cleanly once its starter’s end of stdin closes', async () => {
    const { child, ready, exited } = startHostProgram(['--exit-with-stdin']);
    const { url } = await ready;
    expect((await fetch(url)).status).toBe(200);
    // What happens when the program that started it dies: its end of the pipe closes.
    child.stdin.end();
    expect(await exited).toBe(0);
  }, 60_000);

  it('without it, keeps serving when stdin closes (npm start in a terminal)', async () => {
    const { child, ready, exited } = startHostProgram([]);
    const { url } = await ready;
    child.stdin.end();
    await new Promise((done) => setTimeout(done, 1000));
    expect((await fetch(url)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
