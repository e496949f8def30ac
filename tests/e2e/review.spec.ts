import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { ExportDialog } from './pages/ExportDialog';
import { InspectorPanel } from './pages/InspectorPanel';
import { Preview } from './pages/Preview';
import { ReviewSection } from './pages/ReviewSection';
import { StartScreen } from './pages/StartScreen';
import { TransportBar } from './pages/TransportBar';
import { medclipDump } from './support/cli';
import { expect, test } from './support/host';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const screenshotDir = join(repoRoot, '.tmp', 'screenshots');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(screenshotDir, `review-${name}.png`) });
}

test('a medical review is signed off, adds its end card, and goes out of date on an edit', async ({
  page,
  studio,
}) => {
  test.setTimeout(360_000);
  await new StartScreen(page).goto(Preview.hookUrl(studio.url));
  await page.getByRole('button', { name: 'Open the demo project' }).click();
  // First use makes the footage with ffmpeg: allow for a slow machine.
  await expect(page.getByTestId('project-name')).toHaveText('Knee ligaments explained (demo)', {
    timeout: 180_000,
  });
  const editor = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  const review = new ReviewSection(page);
  const transport = new TransportBar(page);
  const projectPath = await page.locator('.topbar__path').getAttribute('title');

  await test.step('sign off with the end card: current, and the clip grows by the card', async () => {
    const preview = new Preview(page);
    await expect(preview.duration).toHaveText('/ 00:12.00');
    await review.expectState('none');
    await review.signOff({
      reviewer: 'Dr Amira Khan',
      role: 'Consultant orthopaedic surgeon',
      notes: 'Checked the return-to-sport figure against the source.',
      endCard: true,
    });
    await review.expectState('current');
    await expect(review.record).toContainText('Dr Amira Khan');
    // The 2.5 s card (14 s + 15 frames at 30 fps) follows the 12 s of content.
    await expect(preview.duration).toHaveText('/ 00:14.15');
    await transport.press('End');
    await expect.poll(async () => (await transport.clock()).timeMs).toBeGreaterThan(12_000);
    await editor.expectSaved();
    await shot(page, 'signed-off');
  });

  await test.step('the export dialog reports the review as current', async () => {
    const dialog = new ExportDialog(page);
    await dialog.open();
    await expect(dialog.dialog.getByTestId('export-review')).toHaveAttribute(
      'data-state',
      'current',
    );
    await expect(dialog.dialog.getByTestId('export-review')).toContainText(
      'ends with the review card',
    );
    await shot(page, 'export-current');
    await page.keyboard.press('Escape');
    await expect(dialog.dialog).toBeHidden();
  });

  await test.step('an edit puts it out of date and drops the card', async () => {
    await inspector.commit(inspector.labelled('Name'), 'Knee ligaments (edited)');
    await review.expectState('out-of-date');
    await expect(review.root).toContainText('The project changed after this sign-off');
    await expect(new Preview(page).duration).toHaveText('/ 00:12.00');
    await shot(page, 'out-of-date');
    await editor.expectSaved();
    await page.getByRole('button', { name: 'Close project' }).click();
    await new StartScreen(page).expectVisible();
    const doc = medclipDump(projectPath!, studio.userDataDir);
    expect(doc.medicalReview).toMatchObject({
      reviewer: 'Dr Amira Khan',
      role: 'Consultant orthopaedic surgeon',
      endCard: { durationMs: 2500 },
    });
    expect(doc.medicalReview?.fingerprint).toMatch(/^v1:\d+:[0-9a-f]{16}$/);
  });
});
