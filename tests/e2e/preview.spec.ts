import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { Preview } from './pages/Preview';
import { StartScreen } from './pages/StartScreen';
import { expect, test } from './support/host';

const screenshotDir = resolve(import.meta.dirname, '..', '..', '.tmp', 'screenshots');

/** Times in the demo: fit-over-blur with the icon, its second caption, then the fill half. */
const TIMES_MS = [1000, 4000, 7000, 10_000];

/**
 * WYSIWYG metric between the browser's scene layer and the engine's Node-side drawing of the
 * same time (both 1080x1920, transparent), over the pixels where either has alpha > 0, with RGB
 * premultiplied by alpha plus alpha as the four channels:
 * - the mean absolute difference per channel stays under 6/255, and
 * - more than 97% of 2x2 blocks (averaged) are within 32/255 on every channel.
 * Per pixel, glyph edges differ: Chrome's Skia applies its text gamma/contrast to anti-aliased
 * glyph coverage (white fill about 4% thinner at its edge over the black outline) and
 * @napi-rs/canvas does not, so single edge pixels can differ a lot while positions, sizes and
 * colours agree; the full-resolution share within 32/255 is reported, not asserted.
 */
const MAX_MEAN_ABS_DIFF = 6;
const MIN_CLOSE_SHARE_HALF_RES = 0.97;

function pngBytes(dataUrl: string): Buffer {
  mkdirSync(screenshotDir, { recursive: true });
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

async function openDemo(page: Page, url: string): Promise<Preview> {
  const start = new StartScreen(page);
  await start.goto(Preview.hookUrl(url));
  await page.getByRole('button', { name: 'Open the demo project' }).click();
  // First use makes the footage with ffmpeg: allow for a slow machine.
  await expect(page.getByTestId('project-name')).toHaveText('Knee ligaments explained (demo)', {
    timeout: 180_000,
  });
  const preview = new Preview(page);
  await expect(preview.duration).toHaveText('/ 00:12.00');
  return preview;
}

test('the canvas shows the frame at the playhead as the export draws it, and plays', async ({
  page,
  studio,
}) => {
  test.setTimeout(240_000);
  const preview = await openDemo(page, studio.url);
  const editor = new EditorPage(page);

  await test.step('scrubbing shows footage and captions, drawn like the export', async () => {
    for (const timeMs of TIMES_MS) {
      await preview.scrubTo(timeMs);
      // Footage fills the frame in both halves (fit over its blurred copy, then fill).
      const footage = await preview.stats(await preview.framePng());
      expect(footage.nonBlackShare, `footage at ${timeMs} ms`).toBeGreaterThan(0.6);
      // Chromium can composite in the footage worker: the page-thread fallback is not in use.
      expect((await preview.state()).video?.painter).toBe('worker');
      const sceneLayer = await preview.sceneLayerPng();
      // The caption sits in the lower part of the frame (its anchor is at 70% of the height).
      const captionBand = await preview.stats(sceneLayer, {
        x: 0,
        y: 0.55,
        width: 1,
        height: 0.35,
      });
      expect(captionBand.opaqueShare, `caption at ${timeMs} ms`).toBeGreaterThan(0.005);
      await expect(preview.timelinePlayhead).toHaveAttribute('data-time-ms', String(timeMs));

      const exported = await preview.exportSceneFrame(timeMs);
      // Kept beside the screenshots, to look at when the numbers move.
      writeFileSync(join(screenshotDir, `wysiwyg-${timeMs}ms-browser.png`), pngBytes(sceneLayer));
      writeFileSync(join(screenshotDir, `wysiwyg-${timeMs}ms-export.png`), pngBytes(exported));
      const difference = await preview.comparePngs(sceneLayer, exported);
      const line = `${timeMs} ms: mean |diff| ${difference.meanAbsDiff.toFixed(3)}/255 over ${difference.comparedPixels} px; within ${difference.closeWithin}/255: ${(difference.closeShare * 100).toFixed(2)}% of pixels, ${(difference.closeShareHalfRes * 100).toFixed(2)}% of 2x2 blocks`;
      test.info().annotations.push({ type: 'wysiwyg', description: line });
      console.log(line);
      expect([difference.width, difference.height]).toEqual([1080, 1920]);
      expect(difference.comparedPixels).toBeGreaterThan(5000);
      expect(difference.meanAbsDiff).toBeLessThan(MAX_MEAN_ABS_DIFF);
      expect(difference.closeShareHalfRes).toBeGreaterThan(MIN_CLOSE_SHARE_HALF_RES);

      await editor.clearHover();
      await page.screenshot({ path: join(screenshotDir, `preview-${timeMs}ms.png`) });
    }
  });

  await test.step('keys and the ruler move the playhead, not while typing', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Home');
    await expect(preview.timecode).toHaveValue('00:00.00');
    await page.keyboard.press('ArrowRight');
    await expect(preview.timecode).toHaveValue('00:00.01');
    await page.keyboard.press('End');
    await expect(preview.timecode).toHaveValue('00:11.29');
    await preview.timecode.click();
    await preview.timecode.fill('00:03.15');
    await page.keyboard.press('Space');
    expect((await preview.state()).playing).toBe(false);
    await page.keyboard.press('Enter');
    expect((await preview.state()).timeMs).toBe(3500);

    const pxPerMs = Number(await preview.ruler.getAttribute('data-px-per-ms'));
    expect(pxPerMs).toBeGreaterThan(0);
    await preview.ruler.click({ position: { x: 300, y: 10 } });
    await expect.poll(async () => (await preview.state()).timeMs).toBeCloseTo(300 / pxPerMs, -1);
    await expect(preview.timelinePlayhead).toHaveAttribute(
      'data-time-ms',
      String((await preview.state()).timeMs),
    );
  });

  await test.step('Space plays: the playhead moves with the wall clock, the footage with it', async () => {
    await preview.scrubTo(2000);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const drifts: number[] = [];
    const startedAt = Date.now();
    await page.keyboard.press('Space');
    await expect(preview.pauseButton).toBeVisible();
    while (Date.now() - startedAt < 2000) {
      await page.waitForTimeout(200);
      const state = await preview.state();
      if (state.playing && !state.waiting && state.video?.elementTimelineMs != null) {
        drifts.push(Math.abs(state.video.elementTimelineMs - state.timeMs));
      }
    }
    await editor.clearHover();
    await page.screenshot({ path: join(screenshotDir, 'preview-playing.png') });
    await preview.pauseButton.click();
    const elapsedMs = Date.now() - startedAt;
    const after = await preview.state();
    const moved = after.timeMs - 2000;
    drifts.sort((a, b) => a - b);
    const maxDrift = drifts[drifts.length - 1] ?? Infinity;
    const line = `played ${moved} ms in ${elapsedMs} ms of wall time; footage-playhead drift over ${drifts.length} samples: median ${drifts[drifts.length >> 1]?.toFixed(1)} ms, max ${maxDrift.toFixed(1)} ms`;
    test.info().annotations.push({ type: 'playback', description: line });
    console.log(line);
    expect(after.playing).toBe(false);
    // Loose: the start waits for the first decoded frames, and the wall time includes polling.
    expect(moved).toBeGreaterThan(1400);
    expect(moved).toBeLessThan(elapsedMs + 100);
    expect(drifts.length).toBeGreaterThan(3);
    // The footage keeps within a few frames of the playhead while playing.
    expect(maxDrift).toBeLessThan(100);
  });
});
