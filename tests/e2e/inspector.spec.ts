import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { Canvas } from './pages/Canvas';
import { EditorPage } from './pages/EditorPage';
import { InspectorPanel } from './pages/InspectorPanel';
import { StartScreen } from './pages/StartScreen';
import { TimelinePage } from './pages/TimelinePage';
import { TransportBar } from './pages/TransportBar';
import { medclipDump } from './support/cli';
import { expect, test } from './support/host';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const screenshotDir = join(repoRoot, '.tmp', 'screenshots');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(screenshotDir, `inspector-e2e-${name}.png`) });
}

test('the inspector edits what is selected, through undoable commands', async ({
  page,
  studio,
}) => {
  test.setTimeout(360_000);
  await new StartScreen(page).goto(studio.url);
  await page.getByRole('button', { name: 'Open the demo project' }).click();
  // First use makes the footage with ffmpeg: allow for a slow machine.
  await expect(page.getByTestId('project-name')).toHaveText('Knee ligaments explained (demo)', {
    timeout: 180_000,
  });
  const editor = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  const timeline = new TimelinePage(page);
  const transport = new TransportBar(page);
  const canvas = new Canvas(page);
  const projectPath = await page.locator('.topbar__path').getAttribute('title');

  await test.step('with nothing selected it shows the project settings', async () => {
    await inspector.expectShowing('none', 'Project');
    await inspector.commit(inspector.labelled('Name'), 'ACL explainer');
    await expect(editor.projectName).toHaveText('ACL explainer');
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Rename project/);
    await inspector.commit(inspector.labelled('Name'), '   ');
    await inspector.expectRefused(inspector.labelled('Name'), 'The project needs a name.');
    await expect(editor.projectName).toHaveText('ACL explainer');
  });

  await test.step('an overlay picked on the timeline shows its fields; edits reach the canvas', async () => {
    await timeline.select(timeline.items('overlay').first());
    await inspector.expectShowing('overlay', 'Overlay');
    await expect(inspector.subject).toHaveText('Icon');
    await transport.typeTime('00:01.15');
    await inspector.commit(inspector.field('transform-x'), '300');
    await canvas.expectSelection({ kind: 'overlay', x: '300', y: '384', keyframes: '1' });
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Move overlay/);

    await inspector.commit(inspector.field('transform-opacity'), '150');
    await inspector.expectRefused(inspector.field('transform-opacity'), 'Must be at most 100%.');
    await inspector.field('transform-opacity').press('Escape');
    await expect(inspector.field('transform-opacity')).toHaveValue('100');
    await shot(page, 'overlay');
  });

  await test.step('keyframes: add at the playhead, auto-key elsewhere, live values between', async () => {
    await inspector.keyframeToggle('transform').click();
    await expect(inspector.keyframes).toHaveCount(2);
    await transport.typeTime('00:04.00');
    await inspector.commit(inspector.field('transform-x'), '800');
    await expect(inspector.keyframes).toHaveCount(3);
    await canvas.expectSelection({ x: '800', keyframes: '3' });
    // 2.5 s is 40 % of the way from the keyframe at 1.5 s (300 px) to the one at 4 s (800 px).
    await transport.typeTime('00:02.15');
    await expect(inspector.field('transform-x')).toHaveValue('500');
    await inspector.choose(inspector.labelled('Keyframe 2 easing'), 'Hold');
    await expect(inspector.field('transform-x')).toHaveValue('300');
    await shot(page, 'keyframes');
    await editor.undo();
    await expect(inspector.field('transform-x')).toHaveValue('500');
  });

  await test.step('a caption: text and style', async () => {
    await timeline.select(timeline.items('caption').nth(1));
    await inspector.expectShowing('caption', 'Caption');
    await inspector.commit(inspector.field('caption-text'), 'The ACL stops the shin sliding.');
    await expect(timeline.items('caption').nth(1)).toContainText('The ACL stops the shin sliding.');
    await inspector.choose(inspector.field('caption-style'), 'Boxed');
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Change caption style/);
  });

  await test.step('a video clip: level, mute, trim limits and reframe', async () => {
    await timeline.select(timeline.items('clip').first());
    await inspector.expectShowing('clip', 'Video clip');
    await inspector.commit(inspector.field('volume-db'), '-6');
    await expect(inspector.field('volume-db')).toHaveValue('-6.0 dB');
    await inspector.field('clip-mute').check();
    await inspector.commit(inspector.field('clip-out'), '00:30.00');
    await inspector.expectRefused(inspector.field('clip-out'), 'Must be 00:12.00 or earlier.');
    await inspector.field('clip-out').press('Escape');
    await inspector.choose(inspector.field('reframe-mode'), 'Fit over colour');
    await inspector.commit(inspector.labelled('Colour'), '#0f766e');
    await shot(page, 'clip');
  });

  await test.step('a multiple selection deletes in one step', async () => {
    await timeline.select(timeline.items('caption').nth(2));
    await timeline.select(timeline.items('caption').nth(3), ['Shift']);
    await inspector.expectShowing('multi', '2 items selected');
    await expect(inspector.root.getByTestId('selection-summary')).toHaveText('2 captions');
    await inspector.field('delete-selection').click();
    await expect(timeline.items('caption')).toHaveCount(2);
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Delete 2 items/);
  });

  await test.step('what was saved is what the inspector set', async () => {
    await editor.expectSaved();
    await page.getByRole('button', { name: 'Close project' }).click();
    await new StartScreen(page).expectVisible();
    if (projectPath === null) throw new Error('the top bar shows no project path');
    const doc = medclipDump(projectPath, studio.userDataDir);
    expect(doc.name).toBe('ACL explainer');
    const icon = doc.tracks.overlays.find((overlay) => overlay.kind === 'icon');
    expect(icon?.transform.map((keyframe) => [keyframe.t, Math.round(keyframe.x * 1080)])).toEqual([
      [0, 300],
      [1200, 300],
      [3700, 800],
    ]);
    expect(doc.tracks.captions.map((cue) => cue.text)).toEqual([
      'Your knee has four main ligaments.',
      'The ACL stops the shin sliding.',
    ]);
    expect(doc.tracks.captions[1]?.styleId).toBe('style-boxed');
    expect(doc.tracks.video[0]).toMatchObject({
      volume: 0.5012,
      muted: true,
      reframe: { mode: 'fit-color', color: '#0f766e' },
    });
  });
});
