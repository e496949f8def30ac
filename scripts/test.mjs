#!/usr/bin/env node
// `npm test`: install what is missing, then run every check: types, lint, formatting, unit and
// integration tests (vitest), a renderer build, and the end-to-end tests (Playwright in the OS
// Chromium). Ends with one summary line.
import { root, log, run } from './lib.mjs';
import { ensureNodeModules, ensureFfmpeg, ensureChromium } from './ensure-deps.mjs';

ensureNodeModules();
ensureFfmpeg();
const haveChromium = ensureChromium({ required: !!process.env.CI });

const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['unit + integration', 'npx', ['vitest', 'run']],
  ['renderer build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
];
if (haveChromium) steps.push(['end-to-end', 'npx', ['playwright', 'test']]);
else
  log(
    'end-to-end tests skipped: no Chromium on this machine (install `chromium` or set CHROMIUM_PATH).',
  );

let passed = 0;
let failed = 0;
const started = Date.now();
for (const [name, cmd, args] of steps) {
  log(`── ${name}`);
  const t0 = Date.now();
  const code = run(cmd, args, { cwd: root, env: { ...process.env, MEDCLIP_REPO: root } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (code === 0) {
    passed++;
    log(`── ${name}: ok (${secs} s)`);
  } else {
    failed++;
    log(`── ${name}: FAILED (exit ${code}, ${secs} s)`);
  }
}
log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`checks: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
