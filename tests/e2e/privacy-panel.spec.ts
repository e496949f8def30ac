import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EditorPage } from './pages/EditorPage';
import { PrivacyPanel } from './pages/PrivacyPanel';
import { StartScreen } from './pages/StartScreen';
import { medclipDump } from './support/cli';
import { expect, test } from './support/host';

const screenshotDir = resolve(import.meta.dirname, '..', '..', '.tmp', 'screenshots');
const facesDir = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'data',
  'faces',
  'dlib-faces',
);
/** Three adults facing the camera (dlib's labelled test photos). */
const PHOTO = '2008_002506.jpg';
const NOTE = 'presenting clinician, consent on file';

test('scan a photo, keep one face with a consent note, pixelate another, undo/redo, add a region, saved', async ({
  page,
  studio,
  workDir,
}) => {
  test.setTimeout(90_000);
  mkdirSync(screenshotDir, { recursive: true });
  const projectPath = join(workDir, 'Consent.medclip');
  const start = new StartScreen(page);
  await start.goto(studio.url);
  await start.createProject('Consent', projectPath);
  const editor = new EditorPage(page);
  await editor.expectOpen('Consent');
  await editor.importMedia(facesDir, PHOTO);
  await expect(editor.timelineClips).toHaveCount(1);
  await editor.expectSaved();

  const privacy = new PrivacyPanel(page);
  await privacy.open();
  await expect(privacy.mediaStatuses).toHaveText([new RegExp(`${PHOTO}\\s*not scanned`)]);
  await privacy.scan('standard', async () => {
    // The scan of one photo takes a few seconds: enough to see its progress bar.
    await page.screenshot({ path: join(screenshotDir, 'privacy-scanning.png') });
  });
  await expect(privacy.mediaStatuses.first()).toContainText('scanned (standard');
  const count = await privacy.tracks.count();
  expect(count).toBeGreaterThanOrEqual(2);
  await expect(privacy.summary).toHaveText(
    `${count} faces: 0 to blur, 0 kept, ${count} unreviewed`,
  );
  const first = privacy.track(0);
  const second = privacy.track(1);
  await expect(privacy.status(first)).toHaveText('Unreviewed — will be blurred');
  await expect(privacy.thumbnails(first)).toHaveCount(1);
  await expect
    .poll(() => privacy.thumbnails(first).evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
  await editor.clearHover();
  await page.screenshot({ path: join(screenshotDir, 'privacy-scanned.png') });

  // Keep without a reason is refused in place; with one it lands.
  await privacy.keep(first, '   ');
  await expect(privacy.keepError(first)).toContainText('Say why this face may be shown');
  await page.screenshot({ path: join(screenshotDir, 'privacy-keep-needs-note.png') });
  await privacy.keep(first, NOTE);
  await expect(privacy.status(first)).toHaveText(`Kept unblurred: “${NOTE}”`);
  await privacy.styleSelect(second).selectOption('pixelate');
  await expect(privacy.styleSelect(second)).toHaveValue('pixelate');
  await expect(privacy.summary).toHaveText(
    `${count} faces: 0 to blur, 1 kept, ${count - 1} unreviewed`,
  );

  await editor.undo();
  await expect(privacy.styleSelect(second)).toHaveValue('gaussian');
  await editor.undo();
  await expect(privacy.status(first)).toHaveText('Unreviewed — will be blurred');
  await editor.redo();
  await editor.redo();
  await expect(privacy.status(first)).toHaveText(`Kept unblurred: “${NOTE}”`);
  await expect(privacy.styleSelect(second)).toHaveValue('pixelate');
  await editor.expectSaved();
  await editor.clearHover();
  await page.screenshot({ path: join(screenshotDir, 'privacy-reviewed.png') });

  // A blur region for what detection misses: added at the playhead, selected, labelled.
  await privacy.addRegion();
  await expect(privacy.regions).toHaveCount(1);
  await expect(privacy.regions.first()).toHaveAttribute('aria-selected', 'true');
  await privacy.labelRegion(privacy.regions.first(), 'Name badge');
  await editor.expectSaved();
  await editor.clearHover();
  await page.screenshot({ path: join(screenshotDir, 'privacy-region.png') });

  const firstId = await first.getAttribute('data-id');
  const secondId = await second.getAttribute('data-id');
  await page.getByRole('button', { name: 'Close project' }).click();
  await start.expectVisible();
  const doc = medclipDump(projectPath, studio.userDataDir);
  const byId = new Map(doc.privacy.faceTracks.map((track) => [track.id, track]));
  expect(doc.privacy.faceTracks).toHaveLength(count);
  expect(byId.get(firstId ?? '')).toMatchObject({ decision: 'keep', note: NOTE });
  expect(byId.get(secondId ?? '')).toMatchObject({ decision: 'unreviewed', blurStyle: 'pixelate' });
  expect(doc.privacy.scans).toHaveLength(1);
  expect(doc.privacy.manualRegions).toMatchObject([{ label: 'Name badge', blurStyle: 'gaussian' }]);
  expect(doc.privacy.scans[0]).toMatchObject({ mode: 'standard' });
});
