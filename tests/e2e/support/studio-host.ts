import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { keepDemoFootage, seedDemoFootage } from './demo-cache';

/**
 * A browser-mode studio host (the real engine behind `main/host/start.ts`) in a process group
 * of its own, for the end-to-end tests and the editor benchmark. `dist/renderer` must exist.
 */

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const HOST_READY_TIMEOUT_MS = 45_000;

export interface RunningStudio {
  /** The first URL, with the launch token. */
  url: string;
  userDataDir: string;
}

export function killTree(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      resolvePromise();
      return;
    }
    const pid = child.pid;
    const force = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolvePromise();
    });
    try {
      // The host runs under npx and tsx: signal the whole process group.
      process.kill(-pid, 'SIGTERM');
    } catch {
      clearTimeout(force);
      resolvePromise();
    }
  });
}

export interface StudioHostOptions {
  /** 'fresh' makes the demo footage with ffmpeg as a first-time user's studio does. */
  demoFootage?: 'cached' | 'fresh';
}

export async function startStudioHost(
  userDataDir: string,
  options: StudioHostOptions = {},
): Promise<{ studio: RunningStudio; stop: () => Promise<void> }> {
  if (!existsSync(join(repoRoot, 'dist', 'renderer', 'index.html'))) {
    throw new Error(
      'dist/renderer is not built: run `npx vite build` before the end-to-end tests.',
    );
  }
  // A home folder of its own, so the default project folder and the demo land in the test's
  // temp space, never in the real home.
  const home = join(userDataDir, 'home');
  mkdirSync(home, { recursive: true });
  const cached = options.demoFootage !== 'fresh' && seedDemoFootage(home);
  const child = spawn(
    process.execPath,
    [
      ...['--import', 'tsx', 'main/host/start.ts', '--port', '0', '--no-open', '--print-json'],
      // Stops with this process even when it is killed (a benchmark piped into `head`).
      '--exit-with-stdin',
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, MEDCLIP_USER_DATA: userDataDir, HOME: home },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolvePromise, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      reject(new Error(`The host printed no URL within ${HOST_READY_TIMEOUT_MS} ms.\n${stderr}`));
    }, HOST_READY_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      for (const line of stdout.split('\n')) {
        if (!line.trim().startsWith('{')) continue;
        try {
          const parsed = JSON.parse(line) as { url?: unknown };
          if (typeof parsed.url === 'string') {
            clearTimeout(timer);
            resolvePromise(parsed.url);
            return;
          }
        } catch {
          // A partial line: wait for the rest.
        }
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The host exited (${signal ?? code}) before it was ready.\n${stderr}`));
    });
  });
  const stop = async () => {
    await killTree(child);
    if (!cached) keepDemoFootage(home);
  };
  return { studio: { url, userDataDir }, stop };
}
