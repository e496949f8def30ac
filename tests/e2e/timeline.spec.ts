import { join, resolve } from 'node:path';
import { EditorPage } from './pages/EditorPage';
import { StartScreen } from './pages/StartScreen';
import { TimelinePage } from './pages/TimelinePage';
import { expect, test } from './support/host';

const screenshotDir = resolve(import.meta.dirname, '..', '..', '.tmp', 'screenshots');

/**
 * Cutting the demo (12 s of footage in two 6 s clips at 30 fps, four cues, two overlays) with
 * the mouse and keyboard alone: split at the playhead with S, trim an end, drag a clip, undo
 * the drag in one step, ripple delete, and zoom down to frames.
 */
test('the timeline cuts, trims, moves, ripple deletes and zooms', async ({ page, studio }) => {
  test.setTimeout(300_000);
  const start = new StartScreen(page);
  await start.goto(studio.url);
  await page.getByRole('button', { name: 'Open the demo project' }).click();
  // First use makes the footage with ffmpeg: allow for a slow machine.
  await expect(page.getByTestId('project-name')).toHaveText('Knee ligaments explained (demo)', {
    timeout: 180_000,
  });
  const editor = new EditorPage(page);
  const timeline = new TimelinePage(page);
  await timeline.expectSpans('clip', ['0-6000', '6000-12000']);
  await expect(timeline.items('caption')).toHaveCount(4);
  await expect(timeline.items('overlay')).toHaveCount(2);
  // Thumbnails arrive from the engine and fill the video clips.
  await expect(timeline.items('clip').first().locator('img').first()).toHaveAttribute(
    'src',
    /^data:image\//,
  );

  await test.step('S splits the clip under the playhead', async () => {
    await timeline.seek(3000);
    await page.keyboard.press('s');
    await timeline.expectSpans('clip', ['0-3000', '3000-6000', '6000-12000']);
    await expect(editor.undoButton()).toHaveAttribute('aria-label', 'Undo Split at playhead');
    await editor.clearHover();
    await timeline.root.screenshot({ path: join(screenshotDir, 'timeline-e2e-split.png') });
  });

  await test.step('dragging the end of a clip trims it', async () => {
    await timeline.trimBy(timeline.items('clip').first(), 'end', -1000);
    await timeline.expectSpans('clip', ['0-2000', '3000-6000', '6000-12000']);
    await expect(editor.undoButton()).toHaveAttribute('aria-label', 'Undo Trim clip');
  });

  await test.step('dragging a clip moves it, and one undo puts it back', async () => {
    await timeline.dragBy(timeline.items('clip').nth(1), -500);
    await timeline.expectSpans('clip', ['0-2000', '2500-5500', '6000-12000']);
    await expect(editor.undoButton()).toHaveAttribute('aria-label', 'Undo Move clip');
    await page.keyboard.press('Control+z');
    await timeline.expectSpans('clip', ['0-2000', '3000-6000', '6000-12000']);
    // The trim before it is still there: the drag was one step.
    await expect(editor.undoButton()).toHaveAttribute('aria-label', 'Undo Trim clip');
    await editor.expectSaved();
  });

  await test.step('ripple delete removes a clip and closes the gap', async () => {
    await timeline.select(timeline.items('clip').first());
    await page.keyboard.press('Shift+Delete');
    await timeline.expectSpans('clip', ['1000-4000', '4000-10000']);
    // Captions are on their own track: they stay where they were.
    await timeline.expectSpans('caption', ['0-2800', '3000-5800', '6000-8800', '9000-11800']);
    await expect(editor.undoButton()).toHaveAttribute('aria-label', 'Undo Ripple delete clip');
    await editor.expectSaved();
  });

  await test.step('zooming in goes down to single frames', async () => {
    const fitted = await timeline.pxPerMs();
    const slider = Number(await timeline.zoomSlider.inputValue());
    await timeline.wheelZoom(-2);
    await expect.poll(() => timeline.pxPerMs()).toBeGreaterThan(fitted * 1.5);
    expect(Number(await timeline.zoomSlider.inputValue())).toBeGreaterThan(slider);
    for (let i = 0; i < 8; i += 1) await page.keyboard.press('=');
    // At the deepest zoom one frame (33.3 ms at 30 fps) is at least 10 px wide, and the
    // ruler counts frames.
    await expect.poll(async () => (await timeline.pxPerMs()) * (1000 / 30)).toBeGreaterThan(10);
    await expect(timeline.ruler.locator('.ruler__label').first()).toHaveText(/^\d\d:\d\d\.\d\d$/);
    await editor.clearHover();
    await timeline.root.screenshot({ path: join(screenshotDir, 'timeline-e2e-frames.png') });
    await timeline.toolbarButton('Zoom to Fit').click();
    await expect.poll(() => timeline.pxPerMs()).toBeCloseTo(fitted, 5);
  });
});
