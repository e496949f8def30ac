import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { BlurRegions, type FrameBox } from './pages/BlurRegions';
import { Canvas } from './pages/Canvas';
import { EditorPage } from './pages/EditorPage';
import { Preview } from './pages/Preview';
import { StartScreen } from './pages/StartScreen';
import { expect, test } from './support/host';

const screenshotDir = resolve(import.meta.dirname, '..', '..', '.tmp', 'screenshots');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `regions-${name}.png`) });
}

const centre = (box: FrameBox) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/**
 * The demo's first clip (0-6 s) shows its 1920x1080 pan fitted over a blurred background: the
 * picture spans the frame's width at y 656-1264. The box lies on the photographed faces.
 */
const DRAWN: FrameBox = { x: 300, y: 760, width: 400, height: 300 };
const MOVED: FrameBox = { x: 420, y: 820, width: 400, height: 300 };

test('a blur region drawn on the canvas blurs the preview and follows with keyframes', async ({
  page,
  studio,
}) => {
  test.setTimeout(240_000);
  await new StartScreen(page).goto(Preview.hookUrl(studio.url));
  await page.getByRole('button', { name: 'Open the demo project' }).click();
  // First use makes the footage with ffmpeg: allow for a slow machine.
  await expect(page.getByTestId('project-name')).toHaveText('Knee ligaments explained (demo)', {
    timeout: 90_000,
  });
  const preview = new Preview(page);
  const canvas = new Canvas(page);
  const editor = new EditorPage(page);
  const regions = new BlurRegions(page);
  await preview.scrubTo(2000);
  const before = await regions.detail(await preview.framePng(), DRAWN);

  await test.step('the tool draws a region over the footage, blurred at once', async () => {
    // The catalogued key arms it, Escape puts it down.
    await page.keyboard.press('b');
    await expect(regions.tool).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(regions.tool).toHaveAttribute('aria-pressed', 'false');
    await regions.tool.click();
    await expect(regions.tool).toHaveAttribute('aria-pressed', 'true');
    await canvas.drag(
      { x: DRAWN.x, y: DRAWN.y },
      { x: DRAWN.x + DRAWN.width, y: DRAWN.y + DRAWN.height },
    );
    await expect(regions.tool).toHaveAttribute('aria-pressed', 'false');
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Draw blur region/);
    await expect(regions.section).toBeVisible();
    await expect(regions.label).toHaveValue('Region 1');
    await expect(regions.keyframes).toHaveCount(1);
    await expect(regions.style).toHaveValue('gaussian');
    // The handles sit on the rectangle drawn (within a source pixel's rounding).
    await regions.expectHandleBox(DRAWN);
    await preview.waitSettled();
    const after = await regions.detail(await preview.framePng(), DRAWN);
    test.info().annotations.push({ type: 'detail', description: `${before} -> ${after}` });
    expect(after).toBeLessThan(before * 0.5);
    await editor.clearHover();
    await shot(page, 'drawn');
  });

  await test.step('a corner handle resizes it at its keyframe (no new key)', async () => {
    const corner = { x: DRAWN.x + DRAWN.width, y: DRAWN.y + DRAWN.height };
    await canvas.drag(corner, { x: corner.x + 100, y: corner.y + 60 });
    await regions.expectHandleBox({
      ...DRAWN,
      width: DRAWN.width + 100,
      height: DRAWN.height + 60,
    });
    await expect(regions.keyframes).toHaveCount(1);
    await editor.undo();
    await regions.expectHandleBox(DRAWN);
  });

  await test.step('moving it at a later time keys it there; undo takes the key back', async () => {
    await preview.scrubTo(4000);
    await regions.expectHandleBox(DRAWN);
    await canvas.drag(centre(DRAWN), centre(MOVED));
    await expect(regions.keyframes).toHaveCount(2);
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Move blur region/);
    await regions.expectHandleBox(MOVED);
    await preview.waitSettled();
    const moved = await regions.detail(await preview.framePng(), MOVED);
    expect(moved).toBeLessThan(before * 0.5);
    await editor.clearHover();
    await shot(page, 'moved');
    // Back at the first key the region is where it was drawn: it moves between the keys.
    await preview.scrubTo(2000);
    await regions.expectHandleBox(DRAWN);
    await preview.scrubTo(4000);

    await editor.undo();
    await expect(regions.keyframes).toHaveCount(1);
    await regions.expectHandleBox(DRAWN);
  });

  await test.step('past its span (the second clip) the region has no handles', async () => {
    // The region blurs source 2-6 s; the second clip shows source 6-12 s of the same file.
    await preview.scrubTo(7000);
    await expect.poll(() => regions.handleBox()).toBeNull();
    await expect(regions.section).toBeVisible();
    await preview.scrubTo(4000);
    await regions.expectHandleBox(DRAWN);
  });

  await test.step('Delete removes the selected region; undo brings its blur back', async () => {
    await page.keyboard.press('Delete');
    await expect(regions.section).toHaveCount(0);
    expect(await regions.handleBox()).toBeNull();
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Delete blur region/);
    await preview.waitSettled();
    const unblurred = await regions.detail(await preview.framePng(), DRAWN);
    expect(unblurred).toBeGreaterThan(before * 0.5);
    await editor.undo();
    await expect(editor.redoButton()).toHaveAccessibleName(/^Redo Delete blur region/);
    await preview.waitSettled();
    const restored = await regions.detail(await preview.framePng(), DRAWN);
    expect(restored).toBeLessThan(before * 0.5);
  });
});
