import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { Canvas } from './pages/Canvas';
import { EditorPage } from './pages/EditorPage';
import { InspectorPanel } from './pages/InspectorPanel';
import { LibraryPanel } from './pages/LibraryPanel';
import { StartScreen } from './pages/StartScreen';
import { TransportBar } from './pages/TransportBar';
import { medclipDump } from './support/cli';
import { expect, test } from './support/host';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const screenshotDir = join(repoRoot, '.tmp', 'screenshots');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(screenshotDir, `library-${name}.png`) });
}

test('the library finds healthicons, adds them at the playhead or where dropped, and credits them', async ({
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
  const library = new LibraryPanel(page);
  const canvas = new Canvas(page);
  const inspector = new InspectorPanel(page);
  const transport = new TransportBar(page);
  const projectPath = await page.locator('.topbar__path').getAttribute('title');

  await test.step('the Library tab lists every icon, a page at a time, with previews', async () => {
    await library.open();
    await expect(library.count).toContainText('690 icons, showing 60');
    await expect(library.tiles).toHaveCount(60);
    await library.expectPreviews();
    await library.more.click();
    await expect(library.tiles).toHaveCount(120);
    await shot(page, 'grid');
  });

  await test.step('search, category and style narrow the grid', async () => {
    await library.find('lungs');
    await expect(library.tiles.first()).toHaveAttribute('data-icon-id', 'body/lungs');
    await library.find('');
    await library.chooseCategory(/^Body/);
    await expect(library.count).toContainText('46 icons');
    await library.chooseStyle('outline');
    await expect(library.tiles.first()).toHaveAttribute('data-icon-id', /^outline\/body\//);
    await library.expectPreviews();
    await shot(page, 'outline-body');
    await library.chooseStyle('filled');
    await library.chooseCategory(/^All/);
  });

  await test.step('a click adds the icon at the playhead, selected, as one undo step', async () => {
    await transport.typeTime('00:01.00');
    await library.find('lungs');
    await library.tile('body/lungs').click();
    await canvas.expectSelection({ kind: 'overlay', x: '540', y: '576' });
    await inspector.expectShowing('overlay', 'Overlay');
    await expect(inspector.subject).toHaveText('Icon');
    await expect(inspector.field('overlay-icon-id')).toHaveValue('body/lungs');
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Add icon Lungs/);
  });

  await test.step('recolour, resize and rotate it in the inspector', async () => {
    await inspector.commit(inspector.labelled('Size'), '320');
    await inspector.commit(inspector.field('transform-rotation'), '15');
    await canvas.expectSelection({ kind: 'overlay', rotation: '15.0' });
    await shot(page, 'added');
  });

  await test.step('dragging a tile onto the canvas places it where it is dropped', async () => {
    await library.find('heart organ');
    await expect(library.tiles.first()).toHaveAttribute('data-icon-id', 'body/heart_organ');
    await library.dragOnto(canvas, 'body/heart_organ', { x: 270, y: 1300 });
    // Where the mouse let go, to the pixel or two the screen's scale allows.
    await expect
      .poll(async () => {
        const { kind, x, y } = await canvas.selection();
        return (
          kind === 'overlay' && Math.abs(Number(x) - 270) <= 3 && Math.abs(Number(y) - 1300) <= 3
        );
      })
      .toBe(true);
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Add icon/);
    await shot(page, 'dropped');
  });

  await test.step('About & credits shows healthicons and the fonts with their licences', async () => {
    await library.openCredits();
    await expect(library.credits).toContainText('Resolve to Save Lives');
    await expect(library.credits.locator('[data-package="healthicons"]')).toContainText('MIT');
    await expect(library.credits.locator('[data-package="@fontsource/tiktok-sans"]')).toContainText(
      'OFL-1.1',
    );
    await shot(page, 'credits');
    await page.keyboard.press('Escape');
    await expect(library.credits).toBeHidden();
  });

  await test.step('the saved project holds both icons', async () => {
    await editor.expectSaved();
    await page.getByRole('button', { name: 'Close project' }).click();
    await new StartScreen(page).expectVisible();
    if (projectPath === null) throw new Error('the top bar shows no project path');
    const doc = medclipDump(projectPath, studio.userDataDir);
    const icons = doc.tracks.overlays.filter((overlay) => overlay.kind === 'icon');
    expect(
      icons
        .map((icon) => icon.iconId)
        .filter((id) => id !== 'body/joints')
        .sort(),
    ).toEqual(['body/lungs', 'body/heart_organ'].sort());
    const lungs = icons.find((icon) => icon.iconId === 'body/lungs');
    expect(lungs?.sizePx).toBe(320);
    expect(lungs?.start).toBe(1000);
    expect(lungs?.transform[0]?.rotation).toBe(15);
  });
});
