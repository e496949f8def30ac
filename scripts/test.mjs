#!/usr/bin/env node
// `npm test`: install what is missing, then run every check: types, lint, formatting, unit and
// integration tests (vitest), a renderer build, and the end-to-end tests (Playwright in the OS
// Chromium). Ends with one summary line.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { root, log, run } from './lib.mjs';
import { ensureNodeModules, ensureFfmpeg, ensureChromium } from './ensure-deps.mjs';

ensureNodeModules();
ensureFfmpeg();
const haveChromium = ensureChromium({ required: !!process.env.CI });

const reports = join(root, '.tmp', 'test-reports');
mkdirSync(reports, { recursive: true });
const vitestJson = join(reports, 'vitest.json');
const playwrightJson = join(reports, 'playwright.json');
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

// Static checks are independent single-threaded processes: they run side by side, one per core
// (about a minute less than one after another on two cores); their output is printed per step.
const staticSteps = [
  ['typecheck shared', 'npx', ['tsc', '-p', 'shared', '--noEmit']],
  ['typecheck main', 'npx', ['tsc', '-p', 'main', '--noEmit']],
  ['typecheck renderer', 'npx', ['tsc', '-p', 'renderer', '--noEmit']],
  ['typecheck tests', 'npx', ['tsc', '-p', 'tests', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
];
const steps = [
  [
    'unit + integration',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  ],
  ['renderer build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
];
if (haveChromium) steps.push(['end-to-end', 'npx', ['playwright', 'test', '--reporter=list,json']]);
else
  log(
    'end-to-end tests skipped: no Chromium on this machine (install `chromium` or set CHROMIUM_PATH).',
  );

let passed = 0;
let failed = 0;
const started = Date.now();
const stepEnv = { ...process.env, MEDCLIP_REPO: root, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson };

/** Runs one step with its output collected, and prints it when the step ends. */
function runCollected(name, cmd, args) {
  return new Promise((done) => {
    const t0 = Date.now();
    const child = spawn(cmd, args, { cwd: root, env: stepEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const finish = (code) => {
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      log(`── ${name}`);
      if (output.length > 0) process.stdout.write(Buffer.concat(output));
      if (code === 0) passed++;
      else failed++;
      log(
        code === 0 ? `── ${name}: ok (${secs} s)` : `── ${name}: FAILED (exit ${code}, ${secs} s)`,
      );
      done();
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      finish(1);
    });
    child.on('close', (code) => finish(code ?? 1));
  });
}

const lanes = Math.max(1, Math.min(availableParallelism(), staticSteps.length));
const queue = [...staticSteps];
await Promise.all(
  Array.from({ length: lanes }, async () => {
    for (let step = queue.shift(); step; step = queue.shift()) await runCollected(...step);
  }),
);

for (const [name, cmd, args] of steps) {
  log(`── ${name}`);
  const t0 = Date.now();
  const code = run(cmd, args, { cwd: root, env: stepEnv });
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
// One closing line with the test counts of both runners (vitest and Playwright JSON reports).
const counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  counts.passed += v.numPassedTests;
  counts.failed += v.numFailedTests;
  counts.skipped += v.numPendingTests + (v.numTodoTests ?? 0);
}
if (existsSync(playwrightJson)) {
  const p = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  counts.passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
  counts.failed += p.stats?.unexpected ?? 0;
  counts.skipped += p.stats?.skipped ?? 0;
}
log(`checks: ${passed} of ${staticSteps.length + steps.length} steps passed`);
// A failed step without failed tests (types, lint, build) still counts as a failure.
const failedTotal = counts.failed + (failed > 0 && counts.failed === 0 ? failed : 0);
console.log(`tests: ${counts.passed} passed, ${failedTotal} failed, ${counts.skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
