import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EditorPage } from './pages/EditorPage';
import { StartScreen } from './pages/StartScreen';
import { expect, test } from './support/host';

const screenshotDir = resolve(import.meta.dirname, '..', '..', '.tmp', 'screenshots');

test('create a project, import a clip, undo and redo the import', async ({
  page,
  studio,
  media,
  workDir,
}) => {
  const start = new StartScreen(page);
  await start.goto(studio.url);
  // The token is kept for the session and taken out of the address bar.
  await expect(page).not.toHaveURL(/token=/);
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, 'start.png') });

  const projectPath = join(workDir, 'Knee explainer.medclip');
  await start.createProject('Knee explainer', projectPath);

  const editor = new EditorPage(page);
  await editor.expectOpen('Knee explainer');
  await expect(editor.mediaItems).toHaveCount(0);

  await editor.importMedia(media.dir, 'clip.mp4');
  const item = editor.mediaItem('clip.mp4');
  await expect(item).toBeVisible();
  await expect(item.getByTestId('media-duration')).toHaveText('0:02');
  await expect(item).toContainText('320×240');
  await editor.expectThumbnail('clip.mp4');
  await expect(editor.timelineClips).toHaveCount(1);
  await expect(editor.timelineClips.first()).toContainText('clip.mp4');
  await expect(editor.inspector).toContainText('320×240');
  await expect(editor.inspector).toContainText('25 fps');
  await editor.expectSaved();
  await expect(editor.undoButton()).toHaveAttribute('aria-label', /^Undo Import/);

  await editor.undo();
  await expect(editor.mediaItems).toHaveCount(0);
  await expect(editor.timelineClips).toHaveCount(0);
  await editor.expectSaved();

  await editor.redo();
  await expect(editor.mediaItem('clip.mp4')).toBeVisible();
  await expect(editor.timelineClips).toHaveCount(1);
  await editor.expectSaved();

  // Keyboard undo/redo go through the same path.
  await page.keyboard.press('Control+z');
  await expect(editor.timelineClips).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(editor.timelineClips).toHaveCount(1);
  await editor.expectSaved();

  await editor.mediaItem('clip.mp4').click();
  await expect(editor.mediaItem('clip.mp4')).toHaveAttribute('aria-pressed', 'true');
  await expect(editor.inspector).toContainText('h264');
  await editor.clearHover();
  await page.screenshot({ path: join(screenshotDir, 'studio.png') });

  // The diagnostics view lists the ffmpeg/ffprobe commands the import ran, for support.
  const diagnostics = await editor.openDiagnostics();
  await expect(diagnostics.locator('li').first()).toBeVisible();
  await expect(diagnostics).toContainText('ffprobe');
  await expect(diagnostics).toContainText('-protocol_whitelist');
  await page.screenshot({ path: join(screenshotDir, 'diagnostics.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  // What was confirmed is in the project file: reopening shows it.
  await page.reload();
  await start.expectVisible();
  await expect(start.recent('Knee explainer')).toBeEnabled();
  await start.recent('Knee explainer').click();
  await editor.expectOpen('Knee explainer');
  await expect(editor.timelineClips).toHaveCount(1);
  await expect(editor.mediaItem('clip.mp4')).toBeVisible();
});

test('a file that cannot be imported shows a readable error', async ({
  page,
  studio,
  media,
  workDir,
}) => {
  const start = new StartScreen(page);
  await start.goto(studio.url);
  await start.createProject('Bad file', join(workDir, 'Bad file.medclip'));
  const editor = new EditorPage(page);
  await editor.expectOpen('Bad file');

  await editor.importMedia(media.dir, 'empty.mp4');
  const toast = editor.errorToasts.first();
  await expect(toast).toBeVisible();
  await expect(toast.locator('.toast__title')).toHaveText('Could not import empty.mp4');
  const message = (await toast.locator('.toast__message').textContent()) ?? '';
  // A sentence, not a bare error code.
  expect(message).toMatch(/\s/);
  expect(message).not.toMatch(/^[a-z0-9_-]+$/i);
  await expect(editor.mediaItems).toHaveCount(0);
  await expect(editor.timelineClips).toHaveCount(0);
  await page.screenshot({ path: join(screenshotDir, 'import-error.png') });

  // Close, then open it again through the engine-backed picker.
  await page.getByRole('button', { name: 'Close project' }).click();
  await start.expectVisible();
  await start.openWithPicker(workDir, 'Bad file.medclip');
  await editor.expectOpen('Bad file');
});
