import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CaptionsPanel } from './pages/CaptionsPanel';
import { EditorPage } from './pages/EditorPage';
import { Preview } from './pages/Preview';
import { StartScreen } from './pages/StartScreen';
import { expect, test } from './support/host';

const screenshotDir = resolve(import.meta.dirname, '..', '..', '.tmp', 'screenshots');

/** Demo cues rewritten in other scripts, and a time inside each (cue 0 at 0–2.24 s, cue 1 at 4 s). */
const SCRIPTS = [
  {
    name: 'arabic-emoji',
    cue: 0,
    timeMs: 1000,
    text: 'تناول الدواء 💊 مرتين يوميا مع Aspirin 100 mg',
  },
  { name: 'hebrew-devanagari', cue: 1, timeMs: 4000, text: 'קחו את התרופה ❤️ दवा दिन में दो बार' },
] as const;

/** The WYSIWYG bounds of preview.spec.ts: the browser's drawing against the export's. */
const MAX_MEAN_ABS_DIFF = 6;
const MIN_CLOSE_SHARE_HALF_RES = 0.97;

function pngBytes(dataUrl: string): Buffer {
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

test('captions in Arabic, Hebrew, Devanagari and emoji show in the preview as the export draws them', async ({
  page,
  studio,
}) => {
  test.setTimeout(300_000);
  mkdirSync(screenshotDir, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 860 });
  await new StartScreen(page).goto(Preview.hookUrl(studio.url));
  await page.getByRole('button', { name: 'Open the demo project' }).click();
  // First use makes the footage with ffmpeg: allow for a slow machine.
  await expect(page.getByTestId('project-name')).toHaveText('Knee ligaments explained (demo)', {
    timeout: 180_000,
  });
  const preview = new Preview(page);
  const captions = new CaptionsPanel(page);
  const editor = new EditorPage(page);
  await captions.open();

  for (const script of SCRIPTS) {
    await test.step(script.name, async () => {
      await captions.editText(script.cue, script.text);
      await preview.scrubTo(script.timeMs);
      const sceneLayer = await preview.sceneLayerPng();
      const exported = await preview.exportSceneFrame(script.timeMs);
      writeFileSync(
        join(screenshotDir, `scripts-${script.name}-browser.png`),
        pngBytes(sceneLayer),
      );
      writeFileSync(join(screenshotDir, `scripts-${script.name}-export.png`), pngBytes(exported));
      const difference = await preview.comparePngs(sceneLayer, exported);
      const line = `${script.name}: mean |diff| ${difference.meanAbsDiff.toFixed(3)}/255 over ${difference.comparedPixels} px; ${(difference.closeShareHalfRes * 100).toFixed(2)}% of 2x2 blocks within ${difference.closeWithin}/255`;
      test.info().annotations.push({ type: 'wysiwyg', description: line });
      console.log(line);
      expect(difference.comparedPixels).toBeGreaterThan(5000);
      expect(difference.meanAbsDiff).toBeLessThan(MAX_MEAN_ABS_DIFF);
      expect(difference.closeShareHalfRes).toBeGreaterThan(MIN_CLOSE_SHARE_HALF_RES);
      await editor.clearHover();
      await page.screenshot({ path: join(screenshotDir, `scripts-${script.name}-editor.png`) });
    });
  }
});
