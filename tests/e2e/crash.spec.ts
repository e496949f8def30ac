import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { HistoryPanelPage } from './pages/EditorPanels';
import { Preview } from './pages/Preview';
import { StartScreen } from './pages/StartScreen';
import { TransportBar } from './pages/TransportBar';
import { expect, startStudioHost, test } from './support/host';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const screenshotDir = join(repoRoot, '.tmp', 'screenshots');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The engine process holding the project, from its `<project>.lock` file. */
function lockHolderPid(projectPath: string): number {
  const owner = JSON.parse(readFileSync(`${projectPath}.lock`, 'utf8')) as { pid?: unknown };
  if (typeof owner.pid !== 'number') throw new Error(`no pid in ${projectPath}.lock`);
  return owner.pid;
}

interface DumpedDocument {
  tracks: { video: { start: number; in: number; out: number }[] };
  markers: { time: number }[];
}

function dump(projectPath: string, userDataDir: string): DumpedDocument {
  const result = spawnSync('npm', ['run', '-s', 'medclip', '--', 'dump', projectPath], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, MEDCLIP_USER_DATA: userDataDir, HOME: join(userDataDir, 'home') },
  });
  if (result.status !== 0) throw new Error(`medclip dump failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as DumpedDocument;
}

async function newPage(browser: Browser) {
  const page = await browser.newPage();
  mkdirSync(screenshotDir, { recursive: true });
  return page;
}

test('edits made through the UI survive the host being killed mid-session', async ({
  browser,
  media,
  workDir,
}) => {
  test.setTimeout(240_000);
  const userDataDir = join(workDir, 'user-data');
  mkdirSync(userDataDir, { recursive: true });
  const projectPath = join(workDir, 'crash.medclip');
  const first = await startStudioHost(userDataDir);
  let killedPid: number | null = null;
  try {
    const page = await newPage(browser);
    const start = new StartScreen(page);
    await start.goto(Preview.hookUrl(first.studio.url));
    await start.createProject('Crash test', projectPath);
    const editor = new EditorPage(page);
    const transport = new TransportBar(page);
    await editor.expectOpen('Crash test');

    await test.step('edit: import, split, two markers, delete one, undo the delete', async () => {
      await editor.importMedia(media.dir, 'clip.mp4');
      await expect(editor.timelineClips).toHaveCount(1, { timeout: 60_000 });
      await transport.typeTime('00:01.00');
      await transport.press('s');
      await expect(editor.timelineClips).toHaveCount(2);
      await transport.press('m');
      await transport.typeTime('00:00.12');
      await transport.press('m');
      const markers = page.getByTestId('timeline-marker');
      await expect(markers).toHaveCount(2);
      // The new marker is selected: Delete removes it, Undo brings it back.
      await transport.press('Delete');
      await expect(markers).toHaveCount(1);
      await transport.press('Control+z');
      await expect(markers).toHaveCount(2);
      const history = new HistoryPanelPage(page);
      await history.open();
      expect(await history.labels()).toEqual([
        'Opened project',
        'Import clip.mp4',
        'Split at playhead',
        'Add marker',
        'Add marker',
        'Delete marker',
      ]);
      await expect(history.steps.nth(5)).toHaveAttribute('data-state', 'undone');
      // Every edit the engine acknowledged is in the project file from here on.
      await editor.expectSaved();
    });

    await test.step('SIGKILL the host with the project open', async () => {
      const pid = lockHolderPid(projectPath);
      expect(pid).not.toBe(process.pid);
      expect(isAlive(pid)).toBe(true);
      process.kill(pid, 'SIGKILL');
      killedPid = pid;
      await expect.poll(() => isAlive(pid)).toBe(false);
      await page.screenshot({ path: join(screenshotDir, 'playback-crash-killed.png') });
      await page.close();
    });
  } finally {
    await first.stop();
    // Anything the killed host had started (ffmpeg) is in its process group.
    if (killedPid !== null) {
      try {
        process.kill(-killedPid, 'SIGKILL');
      } catch {
        // Nothing left.
      }
    }
  }

  const second = await startStudioHost(userDataDir);
  try {
    const page = await newPage(browser);
    const start = new StartScreen(page);
    await start.goto(Preview.hookUrl(second.studio.url));
    await test.step('reopen from the recent list: every edit is there', async () => {
      await start.recent('Crash test').click();
      const editor = new EditorPage(page);
      await editor.expectOpen('Crash test');
      await expect(editor.timelineClips).toHaveCount(2);
      await expect(page.getByTestId('timeline-marker')).toHaveCount(2);
      await editor.clearHover();
      await page.screenshot({ path: join(screenshotDir, 'playback-crash-reopened.png') });
      await page.getByRole('button', { name: 'Close project' }).click();
      await start.expectVisible();
    });
  } finally {
    await second.stop();
  }

  await test.step('medclip dump shows the same document', async () => {
    const document = dump(projectPath, userDataDir);
    expect(document.tracks.video.map((clip) => [clip.start, clip.in, clip.out])).toEqual([
      [0, 0, 1000],
      [1000, 1000, 2000],
    ]);
    expect(document.markers.map((marker) => marker.time).sort((a, b) => a - b)).toEqual([
      400, 1000,
    ]);
  });
});
