#!/usr/bin/env node
// `npm test`: install what is missing, then run every check: types, lint, formatting, unit and
// integration tests (vitest), a renderer build, and the end-to-end tests (Playwright in the OS
// Chromium). Ends with one summary line.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
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

const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
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
for (const [name, cmd, args] of steps) {
  log(`── ${name}`);
  const t0 = Date.now();
  const env = { ...process.env, MEDCLIP_REPO: root, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson };
  const code = run(cmd, args, { cwd: root, env });
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
log(`checks: ${passed} of ${steps.length} steps passed`);
// A failed step without failed tests (types, lint, build) still counts as a failure.
const failedTotal = counts.failed + (failed > 0 && counts.failed === 0 ? failed : 0);
console.log(`tests: ${counts.passed} passed, ${failedTotal} failed, ${counts.skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
