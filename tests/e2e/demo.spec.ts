import { join, resolve } from 'node:path';
import { EditorPage } from './pages/EditorPage';
import { StartScreen } from './pages/StartScreen';
import { expect, test } from './support/host';

const screenshotDir = resolve(import.meta.dirname, '..', '..', '.tmp', 'screenshots');

// A first-time user: the footage is made with ffmpeg, not taken from the tests' cache.
test.use({ demoFootage: 'fresh' });

test('a new user opens the demo project from the start screen', async ({ page, studio }) => {
  test.setTimeout(240_000);
  const start = new StartScreen(page);
  await start.goto(studio.url);
  await page.getByRole('button', { name: 'Open the demo project' }).click();

  const editor = new EditorPage(page);
  // First use makes the footage with ffmpeg: allow for a slow machine.
  await expect(page.getByTestId('project-name')).toHaveText('Knee ligaments explained (demo)', {
    timeout: 180_000,
  });
  await expect(editor.timelineClips).toHaveCount(2);
  await expect(editor.mediaItem('demo-footage.mp4')).toBeVisible();
  await editor.expectThumbnail('demo-footage.mp4');
  await editor.clearHover();
  await page.screenshot({ path: join(screenshotDir, 'demo.png') });

  // The second time it reopens the same project instead of making it again.
  await page.getByRole('button', { name: 'Close project' }).click();
  await start.expectVisible();
  await page.getByRole('button', { name: 'Open the demo project' }).click();
  await expect(page.getByTestId('project-name')).toHaveText('Knee ligaments explained (demo)');
  await expect(editor.timelineClips).toHaveCount(2);
});
