import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { HistoryPanelPage, ShortcutsSheetPage } from './pages/EditorPanels';
import { Preview } from './pages/Preview';
import { StartScreen } from './pages/StartScreen';
import { spread, TransportBar, type PlaybackSample } from './pages/TransportBar';
import { expect, test } from './support/host';

const screenshotDir = resolve(import.meta.dirname, '..', '..', '.tmp', 'screenshots');
const FRAME_MS = 1000 / 30;

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await new EditorPage(page).clearHover();
  await page.screenshot({ path: join(screenshotDir, `playback-${name}.png`) });
}

async function openDemo(page: Page, url: string): Promise<TransportBar> {
  const start = new StartScreen(page);
  await start.goto(Preview.hookUrl(url));
  await page.getByRole('button', { name: 'Open the demo project' }).click();
  // First use makes the footage with ffmpeg: allow for a slow, busy machine.
  await expect(page.getByTestId('project-name')).toHaveText('Knee ligaments explained (demo)', {
    timeout: 150_000,
  });
  await expect(new Preview(page).duration).toHaveText('/ 00:12.00');
  return new TransportBar(page);
}

/** Media made with ffmpeg's test sources, `seconds` long, with a tone. */
function makeMedia(path: string, seconds: number, kind: 'video' | 'audio', pattern = 'testsrc2') {
  const picture =
    kind === 'video'
      ? ['-f', 'lavfi', '-i', `${pattern}=size=320x240:rate=30:duration=${seconds}`]
      : [];
  const codecs =
    kind === 'video'
      ? ['-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-g', '30']
      : ['-vn'];
  const result = spawnSync(
    'ffmpeg',
    [
      ...['-hide_banner', '-loglevel', 'error', '-y'],
      ...picture,
      ...[
        '-f',
        'lavfi',
        '-i',
        `sine=frequency=${kind === 'video' ? 330 : 550}:duration=${seconds}`,
      ],
      ...codecs,
      ...['-c:a', 'aac', '-shortest', '-movflags', '+faststart', path],
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ffmpeg could not make ${path}: ${result.stderr}`);
}

async function newProjectWith(page: Page, url: string, dir: string, files: string[]) {
  const start = new StartScreen(page);
  await start.goto(Preview.hookUrl(url));
  await start.createProject('Playback', join(dir, 'playback.medclip'));
  const editor = new EditorPage(page);
  await editor.expectOpen('Playback');
  await editor.importMedia(dir, ...files);
  await expect(editor.mediaItems).toHaveCount(new Set(files).size, { timeout: 60_000 });
  await editor.expectSaved();
  await new Preview(page).waitSettled();
  return new TransportBar(page);
}

test('the transport keys, the timecode field, the shortcuts sheet and Save', async ({
  page,
  studio,
}) => {
  test.setTimeout(300_000);
  const transport = await openDemo(page, studio.url);

  await test.step('Space plays and pauses; Left/Right step frames; Home/End', async () => {
    await transport.press('Space');
    await expect.poll(async () => (await transport.clock()).timeMs).toBeGreaterThan(300);
    await transport.press('Space');
    expect((await transport.clock()).playing).toBe(false);
    await transport.press('Home', 'ArrowRight', 'ArrowRight', 'ArrowLeft');
    await transport.expectTime('00:00.01');
    await transport.press('End');
    await transport.expectTime('00:11.29');
    await transport.press('Home');
  });

  await test.step('Up/Down jump between edit points: clip, caption and overlay edges', async () => {
    // The icon overlay enters at 300 ms; the first caption ends at 2800 ms.
    await transport.press('ArrowDown');
    await transport.expectTime('00:00.09');
    await transport.press('ArrowDown');
    await transport.expectTime('00:02.24');
    await transport.press('ArrowUp');
    await transport.expectTime('00:00.09');
  });

  await test.step('I and O mark a range shown on the transport', async () => {
    await transport.press('i', 'ArrowDown', 'ArrowDown', 'o');
    await expect(transport.marks).toContainText('In 00:00.09');
    await expect(transport.marks).toContainText('Out 00:03.00');
    await expect(transport.markBand).toBeVisible();
    expect(await transport.clock()).toMatchObject({ markInMs: 300, markOutMs: 3000 });
  });

  await test.step('L shuttles forward faster each press, J backward, K stops', async () => {
    await transport.press('Home', 'l', 'l');
    await expect(transport.shuttleRate).toHaveText('2× ▶');
    // Measured in the page over a second of frames, once the footage flows at the new speed.
    await expect
      .poll(async () => {
        const clock = await transport.clock();
        return clock.playing && !clock.waiting && clock.timeMs > 500;
      })
      .toBe(true);
    const frames = (await transport.sample(1200)).filter((frame) => !frame.waiting);
    const speed =
      (frames.at(-1)!.clockMs - frames[0]!.clockMs) / (frames.at(-1)!.wallMs - frames[0]!.wallMs);
    console.log(`shuttle 2x measured ${speed.toFixed(2)}x`);
    expect(speed).toBeGreaterThan(1.5);
    await screenshot(page, 'shuttle');
    await transport.press('k');
    await expect(transport.shuttleRate).toBeHidden();
    expect(await transport.clock()).toMatchObject({ playing: false, rate: 1 });
    const stopped = (await transport.clock()).timeMs;
    await transport.press('j', 'j');
    await expect(transport.shuttleRate).toHaveText('◀ 2×');
    await expect.poll(async () => (await transport.clock()).timeMs).toBeLessThan(stopped - 300);
    await transport.press('k');
  });

  await test.step('the timecode takes typed times and refuses what is not one', async () => {
    await transport.typeTime('00:00:05:12');
    await transport.expectTime('00:05.12');
    expect((await transport.clock()).timeMs).toBe(5400);
    await transport.typeTime('banana');
    await expect(transport.refusal).toContainText('“banana” is not a time.');
    await expect(transport.timecode).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, 'timecode-refused');
    await transport.timecode.press('Escape');
    await transport.expectTime('00:05.12');
    await transport.typeTime('7.5s');
    await transport.expectTime('00:07.15');
    // Typing in the field never reaches the shortcuts.
    await transport.timecode.click();
    await page.keyboard.press('Space');
    await page.keyboard.press('l');
    expect((await transport.clock()).playing).toBe(false);
    // Escape abandons the typing quietly.
    await transport.timecode.press('Escape');
    await expect(transport.refusal).toBeHidden();
    await transport.expectTime('00:07.15');
  });

  await test.step('Space plays even with a toolbar button focused', async () => {
    const history = new HistoryPanelPage(page);
    await history.toggle.click();
    await expect(history.panel).toBeVisible();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await transport.clock()).playing).toBe(true);
    // The button was not pressed a second time.
    await expect(history.panel).toBeVisible();
    await page.keyboard.press('Space');
    await history.toggle.click();
    await expect(history.panel).toBeHidden();
  });

  await test.step('? lists every shortcut grouped by menu', async () => {
    const sheet = new ShortcutsSheetPage(page);
    await transport.press('?');
    await expect(sheet.dialog).toBeVisible();
    for (const menu of ['File', 'Edit', 'Timeline', 'Playback', 'View', 'Help']) {
      await expect(sheet.group(menu)).toBeVisible();
    }
    await expect(sheet.row('edit.redo').locator('kbd').first()).toHaveText('Ctrl+Shift+Z');
    await expect(sheet.row('playback.shuttleBack')).toContainText('J');
    await expect(sheet.row('playback.frameBack')).toContainText('←');
    await screenshot(page, 'shortcuts');
    await sheet.close();
  });

  await test.step('Ctrl+S flushes and says Saved', async () => {
    await transport.press('Control+s');
    await expect(page.locator('.autosave')).toHaveText('Saved');
    await screenshot(page, 'saved');
    await expect(page.locator('.autosave')).toHaveText('All changes saved', { timeout: 5000 });
  });
});

test('the history panel lists named steps and jumps through them', async ({ page, studio }) => {
  test.setTimeout(300_000);
  const transport = await openDemo(page, studio.url);
  const editor = new EditorPage(page);
  const history = new HistoryPanelPage(page);
  const markers = page.getByTestId('timeline-marker');
  await expect(editor.timelineClips).toHaveCount(2);

  await transport.typeTime('00:01.00');
  await transport.press('m');
  await transport.typeTime('00:07.00');
  await transport.press('Escape', 's');
  await transport.typeTime('00:09.00');
  await transport.press('m');
  await expect(markers).toHaveCount(2);
  await expect(editor.timelineClips).toHaveCount(3);

  await history.open();
  expect(await history.labels()).toEqual([
    'Opened project',
    'Add marker',
    'Split at playhead',
    'Add marker',
  ]);
  await expect(history.current).toContainText('Add marker');
  await expect(history.steps.nth(3)).toHaveAttribute('aria-current', 'step');
  await screenshot(page, 'history');

  await history.goTo(1);
  await expect(markers).toHaveCount(1);
  await expect(editor.timelineClips).toHaveCount(2);
  await expect(history.steps.nth(2)).toHaveAttribute('data-state', 'undone');
  await screenshot(page, 'history-undone');

  await history.goTo(3);
  await expect(markers).toHaveCount(2);
  await expect(editor.timelineClips).toHaveCount(3);
  await transport.press('Control+z');
  await expect(history.steps.nth(2)).toHaveAttribute('aria-current', 'step');
  await transport.press('Control+Shift+z');
  await expect(history.steps.nth(3)).toHaveAttribute('aria-current', 'step');
  await history.toggle.click();
  await expect(history.panel).toBeHidden();
  await editor.expectSaved();
});

test('footage switches at cuts without holding the playhead', async ({ page, studio, workDir }) => {
  test.setTimeout(240_000);
  makeMedia(join(workDir, 'first.mp4'), 3, 'video', 'testsrc');
  makeMedia(join(workDir, 'second.mp4'), 3, 'video', 'smptebars');
  const transport = await newProjectWith(page, studio.url, workDir, ['first.mp4', 'second.mp4']);
  const editor = new EditorPage(page);
  // The first file again: at 6 s its element must go back to its start, which is prepared
  // while the second clip plays.
  await editor.importMedia(workDir, 'first.mp4');
  await expect(editor.timelineClips).toHaveCount(3);
  await editor.expectSaved();

  const holds: number[] = [];
  for (const cutMs of [3000, 6000, 3000, 6000]) {
    await transport.typeTime(`${cutMs / 1000 - 1}s`);
    await new Preview(page).waitSettled();
    await transport.press('Space');
    const samples = await transport.sample(1800);
    await transport.press('k');
    const around = samples.filter((s) => s.clockMs > cutMs - 300 && s.clockMs < cutMs + 400);
    // One file played, then the other.
    expect(new Set(samples.map((s) => s.mediaId)).size).toBe(2);
    // At the cut the playhead neither waits for the footage nor steps back.
    const waiting = around.filter((s) => s.waiting).length;
    const backwards = around.filter((s, i) => i > 0 && s.clockMs < around[i - 1]!.clockMs);
    holds.push(waiting);
    console.log(
      `cut at ${cutMs} ms: ${around.length} frames around it, ${waiting} holding, ${backwards.length} steps back`,
    );
    expect(backwards).toEqual([]);
  }
  test.info().annotations.push({ type: 'cuts', description: `frames held at each cut: ${holds}` });
  // A busy machine may hold a frame now and then; the cuts themselves do not.
  expect(holds.filter((count) => count === 0).length).toBeGreaterThanOrEqual(3);
});

test('audio-track clips play in sync with the playhead over 60 s', async ({
  page,
  studio,
  workDir,
}) => {
  test.setTimeout(300_000);
  makeMedia(join(workDir, 'footage.mp4'), 62, 'video');
  makeMedia(join(workDir, 'music.m4a'), 62, 'audio');
  const transport = await newProjectWith(page, studio.url, workDir, ['footage.mp4', 'music.m4a']);
  await expect(page.locator('.preview-audio audio')).toHaveCount(1);

  await transport.press('Home', 'Space');
  const samples: PlaybackSample[] = await transport.sample(60_000);
  await transport.press('Space');
  const playing = samples.filter((s) => s.wallMs - samples[0]!.wallMs > 1000);
  const audioDrift = playing.flatMap((s) => s.audioMs.map((ms) => ms - s.clockNowMs));
  const videoDrift = playing.flatMap((s) => (s.videoMs === null ? [] : [s.videoMs - s.clockMs]));
  const audio = spread(audioDrift);
  const video = spread(videoDrift);
  const first = samples[0]!;
  const last = samples.at(-1)!;
  const line =
    `60 s playback, ${playing.length} frames: audio-vs-playhead drift median ${audio.median.toFixed(1)} ms, ` +
    `p95 ${audio.p95.toFixed(1)} ms, max ${audio.max.toFixed(1)} ms; footage-vs-playhead median ` +
    `${video.median.toFixed(1)} ms, p95 ${video.p95.toFixed(1)} ms, max ${video.max.toFixed(1)} ms; ` +
    `playhead moved ${last.clockMs - first.clockMs} ms in ${Math.round(last.wallMs - first.wallMs)} ms`;
  console.log(line);
  test.info().annotations.push({ type: 'drift', description: line });
  // The audio element played for nearly all of it.
  expect(audioDrift.length).toBeGreaterThan(playing.length * 0.9);
  // Under a frame; the 95th percentile is looser for a shared, busy test machine.
  expect(audio.median).toBeLessThan(FRAME_MS / 2);
  expect(audio.p95).toBeLessThan(FRAME_MS * 2);
  expect(video.median).toBeLessThan(FRAME_MS / 2);
  expect(video.p95).toBeLessThan(FRAME_MS);
  await screenshot(page, 'audio');
});
