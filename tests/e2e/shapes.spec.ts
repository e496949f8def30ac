import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { Canvas } from './pages/Canvas';
import { EditorPage } from './pages/EditorPage';
import { FilePicker } from './pages/FilePicker';
import { InspectorPanel } from './pages/InspectorPanel';
import { LibraryPanel } from './pages/LibraryPanel';
import { Preview } from './pages/Preview';
import { ShapesSection } from './pages/ShapesSection';
import { StartScreen } from './pages/StartScreen';
import { expect, test } from './support/host';

const screenshotDir = resolve(import.meta.dirname, '..', '..', '.tmp', 'screenshots');

/** Where new shapes go on the demo's timeline: after its anatomy icon (300-5800 ms). */
const ADD_AT_MS = 6000;
/** The callout preset's leader tip: (0.62, 0.48) of the 1080x1920 frame. */
const DEFAULT_TIP = { x: 669.6, y: 921.6 };
const MOVED_TIP = { x: 900, y: 1000 };

/** Preview against export, as in preview.spec.ts (same metric, same limits). */
const MAX_MEAN_ABS_DIFF = 6;
const MIN_CLOSE_SHARE_HALF_RES = 0.97;

const HOSTILE_SVG =
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" ' +
  'onload="document.title=\'pwned\'"><script>document.title="pwned"</script>' +
  '<rect width="400" height="300" rx="40" fill="#12A4A0"/>' +
  '<circle cx="200" cy="150" r="90" fill="#F2B134"/>' +
  '<image href="http://127.0.0.1:9/tracker.png" width="10" height="10"/></svg>';

async function openDemo(page: Page, url: string): Promise<Preview> {
  await new StartScreen(page).goto(Preview.hookUrl(url));
  await page.getByRole('button', { name: 'Open the demo project' }).click();
  await expect(page.getByTestId('project-name')).toHaveText('Knee ligaments explained (demo)', {
    timeout: 90_000,
  });
  const preview = new Preview(page);
  await expect(preview.duration).toHaveText('/ 00:12.00');
  return preview;
}

/** The one callout tip handle is within `slack` frame pixels of `at` (a screen pixel is ~2.5). */
async function expectTipNear(shapes: ShapesSection, at: { x: number; y: number }, slack = 4) {
  await expect
    .poll(async () => {
      const tips = await shapes.calloutTips();
      const [tip] = tips;
      if (tips.length !== 1 || tip === undefined) return `${tips.length} tips`;
      return Math.hypot(tip.x - at.x, tip.y - at.y) <= slack ? 'near' : `at ${tip.x},${tip.y}`;
    })
    .toBe('near');
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `shapes-e2e-${name}.png`) });
}

function savePng(name: string, dataUrl: string): void {
  mkdirSync(screenshotDir, { recursive: true });
  const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  writeFileSync(join(screenshotDir, `shapes-e2e-${name}.png`), bytes);
}

/** Share of drawn (alpha > 0) pixels in a square of `radius` frame pixels around a point. */
async function drawnNear(preview: Preview, png: string, at: { x: number; y: number }, radius = 12) {
  const stats = await preview.stats(png, {
    x: (at.x - radius) / 1080,
    y: (at.y - radius) / 1920,
    width: (radius * 2) / 1080,
    height: (radius * 2) / 1920,
  });
  return stats.opaqueShare;
}

test('explainer shapes: added from the library, tip dragged, animated like the export', async ({
  page,
  studio,
  workDir,
}) => {
  test.setTimeout(300_000);
  const preview = await openDemo(page, studio.url);
  const editor = new EditorPage(page);
  const canvas = new Canvas(page);
  const library = new LibraryPanel(page);
  const shapes = new ShapesSection(page);
  await preview.scrubTo(ADD_AT_MS);
  await library.open();
  await shapes.open();

  await test.step('a callout is added at the playhead, selected, in the brand colours', async () => {
    await shapes.add('callout');
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Add callout/);
    await canvas.expectSelection({ kind: 'overlay' });
    await preview.scrubTo(ADD_AT_MS + 1000);
    await expectTipNear(shapes, DEFAULT_TIP, 0.1);
    const layer = await preview.sceneLayerPng();
    expect(await drawnNear(preview, layer, DEFAULT_TIP)).toBeGreaterThan(0.05);
    await shot(page, 'callout-added');
  });

  await test.step("dragging the leader's tip points it elsewhere, as one undo step", async () => {
    await canvas.drag(DEFAULT_TIP, MOVED_TIP, { free: true });
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Move callout tip/);
    await expectTipNear(shapes, MOVED_TIP);
    await preview.waitSettled();
    const moved = await preview.sceneLayerPng();
    expect(await drawnNear(preview, moved, MOVED_TIP)).toBeGreaterThan(0.05);
    expect(await drawnNear(preview, moved, DEFAULT_TIP)).toBe(0);
    await editor.clearHover();
    await shot(page, 'callout-tip-moved');

    await editor.undo();
    await expectTipNear(shapes, DEFAULT_TIP, 0.1);
    await editor.redo();
    await expectTipNear(shapes, MOVED_TIP);
  });

  await test.step('step badges number themselves; every shape adds at the playhead', async () => {
    await preview.scrubTo(ADD_AT_MS);
    await expect(shapes.tile('step badge')).toContainText('Step 1');
    await shapes.add('step badge');
    await expect(shapes.tile('step badge')).toContainText('Step 2');
    for (const label of ['highlight ring', 'highlight box', 'arrow', 'text block']) {
      await shapes.add(label);
      await expect(editor.undoButton()).toHaveAccessibleName(new RegExp(`^Undo Add ${label}`));
    }
    await preview.scrubTo(ADD_AT_MS + 1500);
    await editor.clearHover();
    await shot(page, 'all-shapes');
  });

  await test.step('enter and exit animations look the same in preview and export', async () => {
    // The text block (selected, just added) wipes in and slides up out instead of fading.
    const inspector = new InspectorPanel(page);
    await inspector.choose(inspector.field('enter-type'), 'Wipe');
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Change enter animation/);
    await inspector.choose(inspector.field('exit-type'), 'Slide up');
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Change exit animation/);
    // Draw-on (callout 500 ms, ring and box 600 ms, arrow 400 ms), pop (badge 300 ms) and the
    // text's wipe (250 ms) part-way in; then the fades and the text's slide out near the end.
    for (const timeMs of [ADD_AT_MS + 100, ADD_AT_MS + 250, ADD_AT_MS + 3000 - 120]) {
      await preview.scrubTo(timeMs);
      const browser = await preview.sceneLayerPng();
      // The engine has the edits once the store is idle; poll until its drawing matches.
      let line = '';
      await expect
        .poll(
          async () => {
            const exported = await preview.exportSceneFrame(timeMs);
            const difference = await preview.comparePngs(browser, exported);
            line = `${timeMs} ms: mean |diff| ${difference.meanAbsDiff.toFixed(3)}/255 over ${difference.comparedPixels} px, ${(difference.closeShareHalfRes * 100).toFixed(2)}% of 2x2 blocks within ${difference.closeWithin}/255`;
            savePng(`${timeMs}ms-browser`, browser);
            savePng(`${timeMs}ms-export`, exported);
            return (
              difference.comparedPixels > 5000 &&
              difference.meanAbsDiff < MAX_MEAN_ABS_DIFF &&
              difference.closeShareHalfRes > MIN_CLOSE_SHARE_HALF_RES
            );
          },
          { timeout: 20_000 },
        )
        .toBe(true);
      test.info().annotations.push({ type: 'animation-wysiwyg', description: line });
      console.log(line);
    }
  });

  await test.step('an SVG imported from disk becomes an overlay, without its script', async () => {
    const svgPath = join(workDir, 'diagram.svg');
    writeFileSync(svgPath, HOSTILE_SVG);
    await preview.scrubTo(ADD_AT_MS);
    const titleBefore = await page.title();
    await shapes.importButton.click();
    const picker = new FilePicker(page);
    await picker.expectOpen('Import image or SVG');
    await picker.goTo(workDir);
    await picker.select('diagram.svg');
    await picker.confirm('Import');
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Add image overlay/, {
      timeout: 30_000,
    });
    await expect(shapes.images.getByRole('button', { name: /diagram\.svg/ })).toBeVisible();
    await preview.scrubTo(ADD_AT_MS + 1000);
    const layer = await preview.sceneLayerPng();
    // The picture (540 px wide, centred at 0.5, 0.4 of the frame) is drawn...
    expect(await drawnNear(preview, layer, { x: 540, y: 768 }, 40)).toBeGreaterThan(0.9);
    // ...and its script never ran.
    expect(await page.title()).toBe(titleBefore);
    await editor.clearHover();
    await shot(page, 'svg-imported');
  });
});
