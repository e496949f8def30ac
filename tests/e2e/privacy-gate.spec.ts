import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EditorPage } from './pages/EditorPage';
import { ExportDialog } from './pages/ExportDialog';
import { StartScreen } from './pages/StartScreen';
import { expect, test } from './support/host';

const screenshotDir = resolve(import.meta.dirname, '..', '..', '.tmp', 'screenshots');

test('unscanned footage blocks Export; "Export anyway…" needs a typed reason and shows it on the job', async ({
  page,
  studio,
  media,
  workDir,
}) => {
  test.setTimeout(180_000);
  mkdirSync(screenshotDir, { recursive: true });
  const start = new StartScreen(page);
  await start.goto(studio.url);
  await start.createProject('Ward round', join(workDir, 'Ward round.medclip'));
  const editor = new EditorPage(page);
  await editor.expectOpen('Ward round');
  await editor.importMedia(media.dir, 'clip.mp4');
  await expect(editor.timelineClips).toHaveCount(1);
  await editor.expectSaved();

  const exporter = new ExportDialog(page);
  await exporter.open();
  await exporter.choosePreset('TikTok');
  const outPath = await exporter.pathField.inputValue();
  await exporter.dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exporter.blockedNotice).toBeVisible();
  await expect(exporter.blockedReasons).toHaveText([
    'clip.mp4 has not been scanned for faces. Scan faces in clip.mp4 (Privacy panel or `medclip scan`).',
  ]);
  await expect(exporter.jobs).toHaveCount(0);

  // A reason too short to mean anything is refused in place; nothing is queued.
  await exporter.blockedNotice.getByRole('button', { name: 'Export anyway…' }).click();
  const form = exporter.dialog.getByRole('form', { name: 'Export anyway' });
  const reasonField = form.getByLabel(/Why must this be exported/);
  await reasonField.fill('ok then');
  await form.getByRole('button', { name: 'Export anyway', exact: true }).click();
  await expect(form).toContainText('Say why in at least 10 characters (7 so far).');
  await expect(reasonField).toHaveAttribute('aria-invalid', 'true');
  await expect(exporter.jobs).toHaveCount(0);
  await editor.clearHover();
  await page.screenshot({ path: join(screenshotDir, 'privacy-gate-blocked.png') });

  const reason = 'Test pattern only; no people in shot (checked by IG lead)';
  await reasonField.fill(reason);
  await form.getByRole('button', { name: 'Export anyway', exact: true }).click();
  await expect(exporter.jobs).toHaveCount(1);
  const job = exporter.jobFor('Ward round - TikTok.mp4');
  await expect(exporter.status(job)).toHaveText('Done', { timeout: 150_000 });
  await expect(exporter.override(job)).toHaveText(
    `Privacy gate overridden (1 reason), recorded in the audit log: “${reason}”`,
  );
  await expect(exporter.blockedNotice).toHaveCount(0);
  expect(existsSync(outPath)).toBe(true);
  await editor.clearHover();
  await page.screenshot({ path: join(screenshotDir, 'privacy-gate-overridden.png') });
});
