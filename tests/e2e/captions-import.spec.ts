import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { CaptionsImportDialog } from './pages/CaptionsImportDialog';
import { EditorPage } from './pages/EditorPage';
import { StartScreen } from './pages/StartScreen';
import { TimelinePage } from './pages/TimelinePage';
import { medclipDump } from './support/cli';
import { expect, test } from './support/host';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const screenshotDir = join(repoRoot, '.tmp', 'screenshots');
const fixtures = join(repoRoot, 'tests', 'fixtures', 'subtitles');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `captions-import-${name}.png`) });
}

const GOOD = ['Bold and italic', 'Yellow under struck', 'Top of the frame'];
const FROM_MALFORMED = ['First cue is fine.', 'Third cue is fine.', 'Last cue is fine.'];

test('import captions: preview lists bad lines, cancel changes nothing, confirm is one undo step', async ({
  page,
  studio,
  workDir,
}) => {
  test.setTimeout(180_000);
  const subs = join(workDir, 'subs');
  mkdirSync(subs, { recursive: true });
  copyFileSync(join(fixtures, 'styling-tags.srt'), join(subs, 'good.srt'));
  copyFileSync(join(fixtures, 'malformed.srt'), join(subs, 'malformed.srt'));
  const projectPath = join(workDir, 'captions.medclip');

  const start = new StartScreen(page);
  await start.goto(studio.url);
  await start.createProject('Captions import', projectPath);
  const editor = new EditorPage(page);
  await expect(editor.projectName).toHaveText('Captions import');
  const timeline = new TimelinePage(page);
  const importer = new CaptionsImportDialog(page);
  const captionTexts = async () =>
    (await medclipDump(projectPath, studio.userDataDir)).tracks.captions.map((cue) => cue.text);
  const closeAndReopen = async (check: () => Promise<void>) => {
    await editor.expectSaved();
    await page.getByRole('button', { name: 'Close project' }).click();
    await start.expectVisible();
    await check();
    await start.openWithPicker(workDir, 'captions.medclip');
    await expect(editor.projectName).toHaveText('Captions import');
  };

  await test.step('a well-formed file: format, count and first cues, then added', async () => {
    await importer.open(subs, 'good.srt');
    await expect(importer.format).toHaveText('SubRip (SRT)');
    await expect(importer.count).toHaveText('3');
    await expect(importer.skipped).toHaveText('0');
    await expect(importer.cues).toHaveCount(3);
    await expect(importer.cues.first()).toContainText('00:00:01.000 → 00:00:02.000');
    await expect(importer.cues.first()).toContainText('Bold and italic');
    await importer.confirm('Add 3 captions');
    await expect(timeline.items('caption')).toHaveCount(3);
  });

  await test.step('a malformed file lists each bad entry by line; cancel leaves the document', async () => {
    await importer.open(subs, 'malformed.srt');
    await expect(importer.count).toHaveText('3');
    await expect(importer.skipped).toHaveText('4');
    expect(await importer.problemTexts()).toEqual([
      'Line 5: cue 2: no timing line after the sequence number',
      'Line 14: cue 4: ends at 00:00:04,000, not after its start 00:00:05,000',
      'Line 18: cue 5: no text',
      'Line 21: cue 6: bad end time "00:00:09,99x" (expected HH:MM:SS,mmm)',
    ]);
    // Existing captions: replace is offered first.
    await expect(importer.dialog.getByRole('radio', { name: 'Replace them' })).toBeChecked();
    await page.mouse.move(0, 0);
    await shot(page, 'malformed');
    await importer.cancel();
    await expect(timeline.items('caption')).toHaveCount(3);
    await closeAndReopen(async () => expect(await captionTexts()).toEqual(GOOD));
  });

  await test.step('confirm replaces as one step; one undo restores the previous captions', async () => {
    await importer.open(subs, 'malformed.srt');
    await importer.chooseMode('replace');
    await importer.confirm('Replace 3 captions with 3');
    await expect(timeline.items('caption')).toHaveCount(3);
    await expect(editor.undoButton()).toHaveAccessibleName(
      /^Undo Import captions from malformed\.srt/,
    );
    await shot(page, 'replaced');
    await closeAndReopen(async () => expect(await captionTexts()).toEqual(FROM_MALFORMED));
    // History starts afresh on opening: import again, then take it back with one undo.
    await importer.open(subs, 'good.srt');
    await importer.chooseMode('replace');
    await importer.confirm('Replace 3 captions with 3');
    await editor.undo();
    await expect(editor.undoButton()).toHaveAccessibleName('Nothing to undo');
    await closeAndReopen(async () => expect(await captionTexts()).toEqual(FROM_MALFORMED));
  });

  await test.step('export captions writes WebVTT with the cues as shown', async () => {
    const out = join(workDir, 'out.vtt');
    await importer.openExport();
    await importer.exportDialog.getByRole('radio', { name: 'WebVTT' }).check();
    await importer.exportDialog.getByRole('textbox', { name: 'Save captions as' }).fill(out);
    await page.mouse.move(0, 0);
    await shot(page, 'export');
    await importer.exportDialog.getByRole('button', { name: 'Export 3 captions' }).click();
    await expect(importer.exportDialog).toBeHidden();
    expect(readFileSync(out, 'utf8')).toBe(
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nFirst cue is fine.\n\n' +
        '00:00:03.500 --> 00:00:04.500\nThird cue is fine.\n\n' +
        '00:00:10.000 --> 00:00:11.000\nLast cue is fine.\n',
    );
  });
});
