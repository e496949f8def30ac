import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { CaptionsPanel } from './pages/CaptionsPanel';
import { EditorPage } from './pages/EditorPage';
import { StartScreen } from './pages/StartScreen';
import { TimelinePage } from './pages/TimelinePage';
import { medclipDump } from './support/cli';
import { expect, test } from './support/host';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const screenshotDir = join(repoRoot, '.tmp', 'screenshots');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `captions-panel-${name}.png`) });
}

const ORIGINAL = [
  'Your knee has four main ligaments.',
  'The ACL stops the shin bone sliding forward.',
  'After ACL surgery, 55% return to competitive sport.',
  'Ask your physio when it is safe to go back.',
];

test('the captions panel edits, splits, merges, nudges and replaces, each one undo step', async ({
  page,
  studio,
}) => {
  test.setTimeout(360_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await new StartScreen(page).goto(studio.url);
  await page.getByRole('button', { name: 'Open the demo project' }).click();
  // First use makes the footage with ffmpeg: allow for a slow machine.
  await expect(page.getByTestId('project-name')).toHaveText('Knee ligaments explained (demo)', {
    timeout: 180_000,
  });
  const editor = new EditorPage(page);
  const captions = new CaptionsPanel(page);
  const timeline = new TimelinePage(page);
  const projectPath = await page.locator('.topbar__path').getAttribute('title');

  await test.step('the tab lists every cue with its time and problems', async () => {
    await captions.open();
    await captions.expectTexts(ORIGINAL);
    await expect(captions.row(0).locator('.cue-row__time')).toHaveText('00:00.00 – 00:02.24');
    // 51 characters in 2.8 s is 18.2 per second, over the default 17.
    await expect(captions.row(2).locator('[data-problem-type="readingSpeed"]')).toHaveText(
      'Reading speed',
    );
    await expect(timeline.items('caption').nth(2)).toHaveAttribute('data-problems', /\d/);
    await expect(timeline.items('caption').nth(2).getByTestId('timeline-problem')).toBeVisible();
    await shot(page, 'list');
  });

  await test.step('a problem selects its cue and moves the playhead there', async () => {
    const problem = captions.problems.filter({ hasText: 'Reading speed' }).first();
    await problem.click();
    await expect(captions.row(2)).toHaveAttribute('data-selected', 'true');
    await expect(captions.row(2)).toHaveAttribute('data-active', 'true');
    await expect(timeline.items('caption').nth(2)).toHaveAttribute('data-selected', 'true');
  });

  await test.step('inline text edit, undone and redone', async () => {
    await captions.startEditing(0);
    await captions.editor.fill('Your knee has four strong\nligaments.');
    await shot(page, 'editing');
    await captions.editor.press('Escape');
    await captions.expectTexts(ORIGINAL);
    await captions.editText(0, 'Your knee has four strong ligaments.');
    await captions.expectTexts(['Your knee has four strong ligaments.', ...ORIGINAL.slice(1)]);
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Edit caption text/);
    await editor.undo();
    await captions.expectTexts(ORIGINAL);
    await editor.redo();
    await captions.expectTexts(['Your knee has four strong ligaments.', ...ORIGINAL.slice(1)]);
  });

  await test.step('split at the text cursor, undone and redone', async () => {
    await captions.splitAt(0, 13);
    // 13 characters before the cursor and 22 after: 2800 ms × 13/35 = 1040 ms.
    await captions.expectSpans(['0-1040', '1040-2800', '3000-5800', '6000-8800', '9000-11800']);
    await captions.expectTexts(['Your knee has', 'four strong ligaments.', ...ORIGINAL.slice(1)]);
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Split caption/);
    await editor.undo();
    await captions.expectSpans(['0-2800', '3000-5800', '6000-8800', '9000-11800']);
    await editor.redo();
    await expect(captions.rows).toHaveCount(5);
  });

  await test.step('merge with the next cue, undone and redone', async () => {
    await captions.select(2);
    await captions.tool('Merge caption with next').click();
    await captions.expectSpans(['0-1040', '1040-2800', '3000-8800', '9000-11800']);
    await expect(captions.row(2).locator('.cue-row__text')).toHaveText(
      `${ORIGINAL[1]} ${ORIGINAL[2]}`,
    );
    await editor.undo();
    await captions.expectSpans(['0-1040', '1040-2800', '3000-5800', '6000-8800', '9000-11800']);
    await editor.redo();
    await expect(captions.rows).toHaveCount(4);
  });

  await test.step('nudge the in and out points by a frame, each undoable', async () => {
    await captions.select(3);
    await captions.tool('Nudge start a frame earlier').click();
    await expect(captions.row(3)).toHaveAttribute('data-start-ms', '8967');
    await captions.tool('Nudge end a frame earlier').click();
    await expect(captions.row(3)).toHaveAttribute('data-end-ms', '11767');
    await editor.undo();
    await expect(captions.row(3)).toHaveAttribute('data-end-ms', '11800');
    await editor.redo();
    await expect(captions.row(3)).toHaveAttribute('data-end-ms', '11767');
    // The timeline shows the same span.
    await expect(timeline.items('caption').nth(3)).toHaveAttribute('data-start-ms', '8967');
  });

  await test.step('find and replace across cues in one step', async () => {
    await captions.openFind();
    await captions.fillFind('acl', 'anterior cruciate ligament', { wholeWord: true });
    await expect(captions.findCount).toHaveText('2 matches in 1 caption');
    await captions.fillFind('acl', 'x', { wholeWord: true, caseSensitive: true });
    await expect(captions.findCount).toHaveText('No matches');
    await captions.fillFind('ACL', 'anterior cruciate ligament', { wholeWord: true });
    await shot(page, 'find');
    await captions.replaceAll();
    const replaced =
      'The anterior cruciate ligament stops the shin bone sliding forward. After anterior cruciate ligament surgery, 55% return to competitive sport.';
    await expect(captions.row(2).locator('.cue-row__text')).toHaveText(replaced);
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Replace in captions/);
    await editor.undo();
    await expect(captions.row(2).locator('.cue-row__text')).toHaveText(
      `${ORIGINAL[1]} ${ORIGINAL[2]}`,
    );
    await editor.redo();
    await expect(captions.row(2).locator('.cue-row__text')).toHaveText(replaced);
    await captions.root.getByRole('button', { name: 'Find', exact: true }).click();
    await expect(captions.root.getByRole('search')).toHaveCount(0);
    await editor.clearHover();
    await shot(page, 'edited');
  });

  await test.step('what was saved is what the panel did', async () => {
    await editor.expectSaved();
    await page.getByRole('button', { name: 'Close project' }).click();
    await new StartScreen(page).expectVisible();
    if (projectPath === null) throw new Error('the top bar shows no project path');
    const doc = medclipDump(projectPath, studio.userDataDir);
    const cues = [...doc.tracks.captions].sort((a, b) => a.start - b.start);
    expect(cues.map((cue) => [cue.start, cue.end, cue.text])).toEqual([
      [0, 1040, 'Your knee has'],
      [1040, 2800, 'four strong ligaments.'],
      [
        3000,
        8800,
        'The anterior cruciate ligament stops the shin bone sliding forward. After anterior cruciate ligament surgery, 55% return to competitive sport.',
      ],
      [8967, 11767, 'Ask your physio when it is safe to go back.'],
    ]);
    // The merged cue keeps the citation of the cue it absorbed.
    expect(cues[2]?.citationIds).toHaveLength(1);
  });
});
