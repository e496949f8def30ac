import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEngine } from '../engine/engine';
import { startHost } from './server';

/**
 * Browser mode: the engine behind the local host, plus a Chromium `--app` window when a
 * display and Chromium exist; otherwise the URL (with its token) is printed.
 */

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'no-open': { type: 'boolean', default: false },
    'print-json': { type: 'boolean', default: false },
    'static-dir': { type: 'string' },
    // The host belongs to the program that started it (tests, benchmarks): it stops when that
    // program's end of its stdin closes, even if the program was killed before it could stop it.
    'exit-with-stdin': { type: 'boolean', default: false },
  },
  strict: false,
});

function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

const staticDir =
  (values['static-dir'] as string | undefined) ?? join(repoRoot, 'dist', 'renderer');
if (!existsSync(join(staticDir, 'index.html'))) {
  process.stderr.write(
    `The studio UI is not built (${staticDir}/index.html is missing): run \`npm start\` or \`npx vite build\`.\n`,
  );
  process.exit(1);
}

const engine = createEngine({ host: 'browser' });
const host = await startHost({ engine, staticDir, port: Number(values.port) });

let windowProcess: ChildProcess | undefined;
let profileDir: string | undefined;
async function shutdown(code: number): Promise<never> {
  windowProcess?.kill('SIGTERM');
  await host.close();
  await engine.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(130));
process.on('SIGTERM', () => void shutdown(0));
if (values['exit-with-stdin']) {
  process.stdin.on('close', () => void shutdown(0));
  process.stdin.resume();
}

const chromium = findChromium();
const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const open = !values['no-open'] && hasDisplay && !!chromium;

if (values['print-json']) {
  process.stdout.write(
    `${JSON.stringify({ url: host.url, origin: host.origin, port: host.port, token: host.token })}\n`,
  );
} else {
  process.stdout.write(`MedClip Studio (browser mode) is running at:\n\n  ${host.url}\n\n`);
  if (!open)
    process.stdout.write('Open that address in Chromium or Chrome. Press Ctrl+C to stop.\n');
}

if (open && chromium) {
  profileDir = mkdtempSync(join(tmpdir(), 'medclip-window-'));
  windowProcess = spawn(
    chromium,
    [
      `--app=${host.url}`,
      `--user-data-dir=${profileDir}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-size=1440,900',
      // Root has no user namespace sandbox; --test-type hides the warning bar that would say so.
      ...(process.getuid?.() === 0 ? ['--no-sandbox', '--test-type'] : []),
    ],
    { stdio: 'ignore' },
  );
  // Closing the app window closes the studio.
  windowProcess.on('exit', () => void shutdown(0));
}
