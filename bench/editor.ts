/**
 * `npm run bench:editor [-- --json]`: how the editor feels, measured in Chromium.
 *
 * Project: 60 s of 1280x720 30 fps footage with audio, 10 overlays (icons, text, shapes; two
 * animated) and 40 caption cues, written through the engine's own calls (project.create,
 * media.import, project.apply). Then a browser-mode host serves the studio and Playwright drives
 * the OS Chromium:
 * - open: from pressing the project in the recent list to a usable editor (timeline items drawn,
 *   the canvas's scene layer built for the playhead with fonts and pictures loaded, the footage
 *   picture shown), 5 times (MEDCLIP_BENCH_OPEN_TRIALS), each in a fresh browser context with
 *   nothing cached or compiled, the editor closing the project in between; the median counts.
 *   The project was closed once before (as after a day's work), so its opening still is cached.
 *   Opt-in diagnostics of the last open: MEDCLIP_BENCH_OPEN_TRACE=1 (requests, milestones, page
 *   console), MEDCLIP_BENCH_OPEN_PROFILE=file (CPU profile), MEDCLIP_BENCH_OPEN_TIMELINE=file
 *   (Chrome trace; MEDCLIP_BENCH_OPEN_CATEGORIES=comma,separated to choose its categories),
 *   MEDCLIP_BENCH_OPEN_SCREENSHOT=file.png (the editor the moment it counted as usable);
 * - playback: 10 s of playback, frame time = the interval between animation frames;
 * - drag: an overlay dragged continuously across the canvas with the mouse for about 3 s.
 * Frame times are requestAnimationFrame intervals recorded in the page (median and 95th
 * percentile). Targets: median at most 20 ms, p95 at most 40 ms, open under 1.5 s.
 * With --json the last line is one JSON object of the figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createEngine } from '../main/engine/engine';
import { getFfmpegPaths } from '../main/engine/ffmpeg/paths';
import { invocation, type CommandInvocation } from '../shared/commands';
import { NO_ANIMATION, staticTransform, type Overlay } from '../shared/model';
import { chromiumLaunchOptions } from '../tests/e2e/support/chromium';
import { startStudioHost } from '../tests/e2e/support/studio-host';

const TARGETS = { medianMs: 20, p95Ms: 40, openMs: 1500 };
const json = process.argv.includes('--json');
const log = (text: string): void => {
  if (!json) console.log(text);
};
const repoRoot = path.resolve(import.meta.dirname, '..');
const footage = path.join(repoRoot, '.tmp', 'bench', 'editor-source-60s-720p.mp4');

function ensureFootage(): void {
  if (existsSync(footage)) return;
  mkdirSync(path.dirname(footage), { recursive: true });
  log(`Generating ${footage} (once)…`);
  execFileSync(getFfmpegPaths().ffmpeg, [
    ...['-hide_banner', '-nostdin', '-v', 'error', '-y'],
    ...['-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=30:duration=60'],
    ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=60'],
    ...['-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-g', '30'],
    ...['-c:a', 'aac', '-shortest', footage],
  ]);
}

const WORDS = 'knee joint cartilage wears slowly strong thigh muscles take the load off it'.split(
  ' ',
);

/** 10 overlays and 40 cues as ordinary commands. */
function contentInvocations(): CommandInvocation[] {
  const overlays: Overlay[] = [];
  const base = { enter: NO_ANIMATION, exit: NO_ANIMATION };
  const icons = ['body/heart_organ', 'body/joints', 'body/lungs', 'body/stomach'];
  for (let i = 0; i < 10; i += 1) {
    const start = i * 5000;
    const end = start + 15_000;
    const x = 0.2 + (i % 3) * 0.3;
    const y = 0.15 + (i % 4) * 0.15;
    if (i % 3 === 0) {
      overlays.push({
        ...base,
        id: `ovl_icon${i}`,
        kind: 'icon',
        start,
        end,
        transform: staticTransform(x, y),
        iconId: icons[i % icons.length]!,
        fill: '#E11D48',
        outline: '#FFFFFF',
        sizePx: 200,
      });
    } else if (i % 3 === 1) {
      overlays.push({
        ...base,
        id: `ovl_text${i}`,
        kind: 'text',
        start,
        end,
        transform: staticTransform(x, y),
        text: `Fact ${i + 1}: cartilage has no blood supply`,
        fontFamily: 'Inter',
        fontWeight: 700,
        fontSizePx: 48,
        fill: '#FFFFFF',
        align: 'center',
        maxWidthPx: 700,
      });
    } else {
      overlays.push({
        id: `ovl_arrow${i}`,
        kind: 'shape',
        shape: 'arrow',
        start,
        end,
        transform: [
          { t: 0, x: 0.2, y, scale: 1, rotation: 0, opacity: 1, easing: 'easeInOut' },
          { t: 10_000, x: 0.8, y, scale: 1.2, rotation: 15, opacity: 1, easing: 'linear' },
        ],
        enter: { type: 'pop', durationMs: 400, easing: 'easeOut' },
        exit: { type: 'fade', durationMs: 400, easing: 'linear' },
        widthPx: 240,
        heightPx: 80,
        stroke: '#F2B134',
        strokeWidthPx: 8,
      });
    }
  }
  const cues = Array.from({ length: 40 }, (_, i) =>
    invocation('caption.add', {
      id: `cue_${i}`,
      start: i * 1500,
      end: i * 1500 + 1400,
      text: Array.from({ length: 5 }, (_, w) => WORDS[(i * 2 + w) % WORDS.length]).join(' '),
      citationIds: [],
    }),
  );
  return [...overlays.map((overlay) => invocation('overlay.add', { overlay })), ...cues];
}

async function makeProject(userDataDir: string, projectPath: string): Promise<void> {
  const engine = createEngine({ host: 'browser', userDataDir });
  const call = async <T>(method: string, request: unknown): Promise<T> => {
    const result = await engine.call(method, request);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.result as T;
  };
  try {
    const opened = await call<{ projectId: string }>('project.create', {
      path: projectPath,
      name: 'Editor bench',
    });
    await call('media.import', { projectId: opened.projectId, paths: [footage] });
    await call('project.apply', {
      projectId: opened.projectId,
      invocations: contentInvocations(),
      label: 'Bench content',
      kind: 'do',
    });
    await call('project.close', { projectId: opened.projectId });
  } finally {
    await engine.close();
  }
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Records animation-frame intervals in the page until `stop` resolves. */
async function frameTimes(page: Page, during: () => Promise<void>): Promise<number[]> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  })()`);
  await during();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
}

/**
 * Watches the open from the page, once per animation frame: when the timeline's first item, the
 * complete scene layer and the exact footage picture first showed (ms after the call). Read it
 * with `readOpenMilestones`. A string for the same reason as in frameTimes.
 */
async function watchOpenMilestones(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const start = performance.now();
    window.__openStart = start;
    const seen = {};
    window.__openMilestones = seen;
    const note = (name, reached) => {
      if (reached && !(name in seen)) seen[name] = Math.round(performance.now() - start);
    };
    const tick = () => {
      note('timelineMs', document.querySelector('[data-testid="timeline-clip"]') !== null);
      const state = window.__medclipPreview?.state();
      note('sceneMs', !!state?.scene && state.scene.fontsReady && state.scene.loadingAssets === 0);
      note('sceneFontsMs', !!state?.scene && state.scene.fontsReady);
      note('sceneAssetsMs', !!state?.scene && state.scene.loadingAssets === 0);
      note('footageMs', !!state?.video && state.video.exact);
      const video = document.querySelector('.preview-videos video');
      note('videoElementMs', video !== null);
      note('videoMetadataMs', !!video && video.readyState >= 1);
      note('videoPictureMs', !!video && video.readyState >= 2);
      note('videoMountedMs', !!state?.video);
      note('firstPaintedMs', !!state?.video && state.video.drawnFrames > 0);
      note('canvasMs', document.querySelector('[data-testid="canvas-stage"]') !== null);
      if (!('footageMs' in seen && 'timelineMs' in seen && 'sceneMs' in seen)) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
}

async function readOpenMilestones(page: Page): Promise<Record<string, number>> {
  // One more frame: the watcher may run after the check that found the editor usable.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  return page.evaluate(
    () => (window as unknown as { __openMilestones: Record<string, number> }).__openMilestones,
  );
}

/**
 * Opt-in (MEDCLIP_BENCH_OPEN_TRACE=1): every request the page made during the open, with its
 * start and end in ms after the click, to see which ones the usable editor waited for.
 */
async function logOpenRequests(page: Page, openMs: number): Promise<void> {
  const rows = await page.evaluate(() => {
    const w = window as unknown as { __openStart?: number };
    const start = w.__openStart ?? 0;
    return performance
      .getEntriesByType('resource')
      .map((e) => e as PerformanceResourceTiming)
      .filter((e) => e.startTime >= start)
      .map((e) => ({
        name: e.name.replace(location.origin, '').slice(0, 90),
        from: Math.round(e.startTime - start),
        to: Math.round(e.responseEnd - start),
      }));
  });
  for (const row of rows.filter((r) => r.from <= openMs + 200)) {
    log(`  ${String(row.from).padStart(5)} → ${String(row.to).padStart(5)} ms  ${row.name}`);
  }
}

async function waitUsable(page: Page): Promise<void> {
  await page.getByTestId('timeline-clip').first().waitFor();
  await page.waitForFunction(() => window.__medclipPreview?.settled() === true, undefined, {
    polling: 'raf',
  });
}

/** A frame point (1080x1920 pixels) on the screen, from the canvas's own data attributes. */
async function frameToScreen(page: Page, x: number, y: number) {
  const stage = page.getByTestId('canvas-stage');
  const box = await stage.boundingBox();
  if (!box) throw new Error('the canvas stage is not shown');
  const [left, top, scale] = await Promise.all([
    stage.getAttribute('data-frame-x'),
    stage.getAttribute('data-frame-y'),
    page.getByTestId('canvas-area').getAttribute('data-frame-scale'),
  ]);
  return {
    x: box.x + Number(left) + x * Number(scale),
    y: box.y + Number(top) + y * Number(scale),
  };
}

/**
 * Drags the first icon (at x 0.2, y 0.15 of the frame at 6 s) in a loop for about 3 s; true
 * when the drag really moved it (the selection readout follows the document).
 */
async function dragOverlay(page: Page): Promise<boolean> {
  const start = await frameToScreen(page, 0.2 * 1080, 0.15 * 1920);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const steps = 180;
  let movedDuring = false;
  for (let i = 1; i <= steps; i += 1) {
    const angle = (i / steps) * Math.PI * 2;
    await page.mouse.move(start.x + Math.sin(angle) * 80, start.y + (1 - Math.cos(angle)) * 60);
    await page.waitForTimeout(16);
    if (i === steps / 2) {
      const y = await page.getByTestId('canvas-selection').getAttribute('data-y');
      movedDuring = y !== null && Math.abs(Number(y) - 0.15 * 1920) > 100;
    }
  }
  await page.mouse.up();
  return movedDuring;
}

/** How many times the project is opened (each in a fresh browser context); the median counts. */
const OPEN_TRIALS = Number(process.env.MEDCLIP_BENCH_OPEN_TRIALS ?? 5);

interface OpenTrial {
  openMs: number;
  /** From loading the page to the start screen's recent list (the app starting). */
  startScreenMs: number;
  milestones: Record<string, number>;
}

/**
 * Opens the start screen in a fresh context and the project from its recent list: from the
 * click to a usable editor. The opt-in traces (MEDCLIP_BENCH_OPEN_*) record the `traced` open.
 */
async function openOnce(
  browser: Browser,
  url: string,
  traced: boolean,
): Promise<{ page: Page; trial: OpenTrial }> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  const loadStarted = Date.now();
  await page.goto(url);
  if (traced && process.env.MEDCLIP_BENCH_OPEN_TRACE) {
    page.on('console', (message) => log(`  page ${message.type()}: ${message.text()}`));
  }
  const recent = page.locator('.recent__item').filter({ hasText: 'Editor bench' });
  await recent.waitFor();
  const startScreenMs = Date.now() - loadStarted;
  const openProfile = traced ? process.env.MEDCLIP_BENCH_OPEN_PROFILE : undefined;
  const openCdp = openProfile ? await context.newCDPSession(page) : null;
  if (openCdp) {
    await openCdp.send('Profiler.enable');
    await openCdp.send('Profiler.start');
  }
  // Opt-in: a Chrome trace of the open (layout, style, paint, scripts) for chrome://tracing.
  const openTimeline = traced ? process.env.MEDCLIP_BENCH_OPEN_TIMELINE : undefined;
  if (openTimeline) {
    await browser.startTracing(page, {
      path: openTimeline,
      categories: (
        process.env.MEDCLIP_BENCH_OPEN_CATEGORIES ??
        'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute'
      ).split(','),
    });
  }
  await watchOpenMilestones(page);
  const openStarted = Date.now();
  await recent.click();
  await waitUsable(page);
  const openMs = Date.now() - openStarted;
  // Opt-in: what the editor shows the moment it counts as usable.
  const openShot = traced ? process.env.MEDCLIP_BENCH_OPEN_SCREENSHOT : undefined;
  if (openShot) {
    await page.screenshot({ path: openShot });
    log(`Screenshot of the opened editor: ${openShot}`);
  }
  if (openTimeline) {
    await browser.stopTracing();
    log(`Chrome trace of the open: ${openTimeline}`);
  }
  if (openCdp && openProfile) {
    // A CPU profile of the open, like MEDCLIP_BENCH_PROFILE's of the playback (opt-in).
    const { profile } = await openCdp.send('Profiler.stop');
    writeFileSync(openProfile, JSON.stringify(profile));
    log(`CPU profile of the open: ${openProfile}`);
  }
  // Which part came last: the timeline, the scene layer (fonts, icons) or the footage.
  const milestones = await readOpenMilestones(page);
  if (traced && process.env.MEDCLIP_BENCH_OPEN_TRACE) {
    log(`  milestones: ${JSON.stringify(milestones)}`);
    await logOpenRequests(page, openMs);
  }
  return { page, trial: { openMs, startScreenMs, milestones } };
}

async function main(): Promise<void> {
  ensureFootage();
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'medclip-bench-editor-'));
  const projectPath = path.join(userDataDir, 'Editor bench.medclip');
  try {
    log('Writing the project (10 overlays, 40 cues, 60 s)…');
    await makeProject(userDataDir, projectPath);
    const { studio, stop } = await startStudioHost(userDataDir);
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const url = new URL(studio.url);
      url.searchParams.set('e2e', '1');
      // Each open in a fresh browser context (nothing cached, nothing compiled), several times:
      // one open on a shared 2-core machine varies by a few hundred ms, the median does not.
      const opens: OpenTrial[] = [];
      let page: Page | null = null;
      for (let trial = 0; trial < OPEN_TRIALS; trial += 1) {
        if (page) {
          // The editor closes the project (as a user would) before the next open.
          await page.getByRole('button', { name: 'Close project' }).click();
          await page.locator('.recent__item').first().waitFor();
          await page.context().close();
        }
        const last = trial === OPEN_TRIALS - 1;
        const opened = await openOnce(browser, url.toString(), last);
        page = opened.page;
        opens.push(opened.trial);
        log(
          `Open ${trial + 1} into a usable editor: ${opened.trial.openMs} ms (in the page: timeline ` +
            `${opened.trial.milestones.timelineMs ?? '?'} ms, scene ` +
            `${opened.trial.milestones.sceneMs ?? '?'} ms, footage ` +
            `${opened.trial.milestones.footageMs ?? '?'} ms; start screen ` +
            `${opened.trial.startScreenMs} ms)`,
        );
      }
      const openTimes = opens.map((trial) => trial.openMs);
      const openMs = Math.round(percentile(openTimes, 50));
      const openMilestones = opens[openTimes.indexOf(openMs)]?.milestones ?? opens[0]!.milestones;
      log(
        `Open, median of ${OPEN_TRIALS}: ${openMs} ms (fastest ${Math.min(...openTimes)}, ` +
          `slowest ${Math.max(...openTimes)})`,
      );
      page = page!;

      await page.evaluate(() => window.__medclipPreview?.seek(20_000));
      await waitUsable(page);
      const profiling = process.env.MEDCLIP_BENCH_PROFILE;
      const cdp = profiling ? await page.context().newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
      }
      const footageBefore = await footageStatus(page);
      const playback = await frameTimes(page, async () => {
        await page.evaluate(() => window.__medclipPreview?.play());
        await page.waitForTimeout(10_000);
        await page.evaluate(() => window.__medclipPreview?.pause());
      });
      if (cdp && profiling) {
        // A CPU profile of the playback for chrome://inspect or speedscope (opt-in).
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(profiling, JSON.stringify(profile));
        log(`CPU profile of the playback: ${profiling}`);
      }
      const footageAfter = await footageStatus(page);
      // Frame times alone would flatter a preview that stopped drawing the video.
      const footagePictures = footageAfter.drawnFrames - footageBefore.drawnFrames;
      log(
        `Playback: ${playback.length} frames in 10 s, ${footagePictures} footage pictures ` +
          `composited (${footageAfter.painter === 'worker' ? 'in a worker' : 'on the page'})`,
      );

      await page.evaluate(() => window.__medclipPreview?.seek(6000));
      await waitUsable(page);
      let dragged = false;
      const drag = await frameTimes(page, async () => {
        dragged = await dragOverlay(page);
      });

      const figures = {
        openMs,
        openTimesMs: openTimes,
        startScreenMs: Math.round(
          percentile(
            opens.map((trial) => trial.startScreenMs),
            50,
          ),
        ),
        openMilestones,
        playbackFrames: playback.length,
        playbackMedianMs: round(percentile(playback, 50)),
        playbackP95Ms: round(percentile(playback, 95)),
        playbackFootagePictures: footagePictures,
        footagePainter: footageAfter.painter,
        dragFrames: drag.length,
        dragMedianMs: round(percentile(drag, 50)),
        dragP95Ms: round(percentile(drag, 95)),
        dragged,
        targets: TARGETS,
        pass:
          openMs < TARGETS.openMs &&
          percentile(playback, 50) <= TARGETS.medianMs &&
          percentile(playback, 95) <= TARGETS.p95Ms &&
          percentile(drag, 50) <= TARGETS.medianMs &&
          percentile(drag, 95) <= TARGETS.p95Ms,
      };
      log('');
      log(`                 median    p95   (targets ${TARGETS.medianMs} / ${TARGETS.p95Ms} ms)`);
      log(
        `playback (10 s)  ${pad(figures.playbackMedianMs)} ${pad(figures.playbackP95Ms)}   ${playback.length} frames`,
      );
      log(
        `overlay drag     ${pad(figures.dragMedianMs)} ${pad(figures.dragP95Ms)}   ${drag.length} frames`,
      );
      log(
        `open             ${openMs} ms, median of ${OPEN_TRIALS} (target < ${TARGETS.openMs} ms)`,
      );
      log(figures.pass ? 'PASS' : 'MISSED a target');
      if (json) console.log(JSON.stringify(figures));
    } finally {
      await browser.close();
      await stop();
    }
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

async function footageStatus(page: Page): Promise<{ drawnFrames: number; painter: string }> {
  const video = await page.evaluate(() => window.__medclipPreview?.state().video ?? null);
  if (video === null) throw new Error('the preview draws no footage');
  return { drawnFrames: video.drawnFrames, painter: video.painter };
}

const round = (value: number) => Math.round(value * 10) / 10;
const pad = (value: number) => `${value.toFixed(1)} ms`.padStart(8);

await main();
