import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { Canvas } from './pages/Canvas';
import { EditorPage } from './pages/EditorPage';
import { Preview } from './pages/Preview';
import { StartScreen } from './pages/StartScreen';
import { expect, test } from './support/host';

const screenshotDir = resolve(import.meta.dirname, '..', '..', '.tmp', 'screenshots');

/** The demo's anatomy icon: 220 px, centred at (0.5, 0.2) of the frame, showing 300-5800 ms. */
const ICON = { x: 540, y: 384 };

async function openDemo(page: Page, url: string): Promise<Preview> {
  await new StartScreen(page).goto(Preview.hookUrl(url));
  await page.getByRole('button', { name: 'Open the demo project' }).click();
  // First use makes the footage with ffmpeg: allow for a slow machine.
  await expect(page.getByTestId('project-name')).toHaveText('Knee ligaments explained (demo)', {
    timeout: 90_000,
  });
  const preview = new Preview(page);
  await expect(preview.duration).toHaveText('/ 00:12.00');
  return preview;
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `canvas-e2e-${name}.png`) });
}

test('the canvas selects, moves and keys an overlay, and shows safe zones', async ({
  page,
  studio,
}) => {
  test.setTimeout(240_000);
  const preview = await openDemo(page, studio.url);
  const editor = new EditorPage(page);
  const canvas = new Canvas(page);
  await preview.scrubTo(1500);

  await test.step('a click selects the icon and a drag moves it, as one undo step', async () => {
    await canvas.click(ICON.x, ICON.y);
    await canvas.expectSelection({ kind: 'overlay', x: '540', y: '384', keyframes: '1' });
    await canvas.drag(ICON, { x: ICON.x + 200, y: ICON.y + 300 }, { free: true });
    // The readout reads the document: the overlay's keyframe moved by the drag.
    await canvas.expectSelection({ kind: 'overlay', x: '740', y: '684', keyframes: '1' });
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Move overlay/);
    await shot(page, 'moved');

    await editor.undo();
    await canvas.expectSelection({ x: '540', y: '384' });
    await expect(editor.redoButton()).toHaveAccessibleName(/^Redo Move overlay/);
    await editor.redo();
    await canvas.expectSelection({ x: '740', y: '684' });
    await editor.undo();
    await canvas.expectSelection({ x: '540', y: '384' });
  });

  await test.step('dragging near the centre line snaps onto it', async () => {
    // 9 frame px off the vertical centre line is within 6 screen px at this zoom.
    await canvas.drag(ICON, { x: ICON.x + 9, y: ICON.y + 120 });
    await canvas.expectSelection({ x: '540', y: '504' });
    await editor.undo();
    await canvas.expectSelection({ x: '540', y: '384' });
  });

  await test.step('safe zones draw the platform guides and follow the platform chosen', async () => {
    expect(await canvas.drawnSafeZones()).toEqual([]);
    const topBand = { x: 0, y: 0, width: 1080, height: 140 };
    const before = await canvas.averageColour(topBand);
    await canvas.safeZonesToggle.click();
    await expect(canvas.area).toHaveAttribute('data-safe-zone', 'tiktok');
    await expect(canvas.safeZonesToggle).toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(() => canvas.drawnSafeZones())
      .toEqual([{ label: 'TikTok safe area', safe: { x: 60, y: 150, width: 870, height: 1330 } }]);
    // The covered band is tinted red over the footage.
    const after = await canvas.averageColour(topBand);
    expect(after.r - after.g).toBeGreaterThan(before.r - before.g + 5);
    await shot(page, 'safe-zones-tiktok');

    await canvas.platform.selectOption('reels');
    await expect(canvas.area).toHaveAttribute('data-safe-zone', 'reels');
    await expect
      .poll(() => canvas.drawnSafeZones())
      .toEqual([
        { label: 'Instagram Reels safe area', safe: { x: 65, y: 269, width: 950, height: 979 } },
      ]);
    await canvas.safeZonesToggle.click();
    await expect(canvas.area).toHaveAttribute('data-safe-zone', 'off');
    expect(await canvas.drawnSafeZones()).toEqual([]);
    // The catalogued key does the same, remembering the platform.
    await page.keyboard.press('Shift+G');
    await expect(canvas.area).toHaveAttribute('data-safe-zone', 'reels');
    await page.keyboard.press('Shift+G');
    await expect(canvas.area).toHaveAttribute('data-safe-zone', 'off');
  });

  await test.step('a keyframe added at the playhead animates later moves', async () => {
    await preview.scrubTo(2000);
    await canvas.click(ICON.x, ICON.y);
    await canvas.expectSelection({ kind: 'overlay', keyframes: '1', keyframeAtPlayhead: 'false' });
    await canvas.keyframeToggle.click();
    await canvas.expectSelection({ keyframes: '2', keyframeAtPlayhead: 'true' });
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Add keyframe/);

    // With two keyframes a move keys the playhead: the icon moves at 4 s, not at 2 s.
    await preview.scrubTo(4000);
    await canvas.expectSelection({ keyframeAtPlayhead: 'false' });
    await canvas.drag(ICON, { x: ICON.x - 150, y: ICON.y + 200 }, { free: true });
    await canvas.expectSelection({
      x: '390',
      y: '584',
      keyframes: '3',
      keyframeAtPlayhead: 'true',
    });
    await shot(page, 'keyframed');
    await preview.scrubTo(2000);
    await canvas.expectSelection({ x: '540', y: '384', keyframeAtPlayhead: 'true' });

    // The toggle on a keyframe removes it.
    await canvas.keyframeToggle.click();
    await canvas.expectSelection({ keyframes: '2', keyframeAtPlayhead: 'false' });
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Remove keyframe/);
  });

  await expect(editor.errorToasts).toHaveCount(0);
});
