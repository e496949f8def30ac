import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Canvas } from './pages/Canvas';
import { EditorPage } from './pages/EditorPage';
import { StartScreen } from './pages/StartScreen';
import { TimelinePage } from './pages/TimelinePage';
import { medclipDump } from './support/cli';
import { expect, test } from './support/host';

const screenshotDir = resolve(import.meta.dirname, '..', '..', '.tmp', 'screenshots');

/** A second clip, different from the fixture's: 3 s of colour bars with a tone. */
function makeBarsClip(dir: string): string {
  const file = join(dir, 'bars.mp4');
  const result = spawnSync('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-y'],
    ...['-f', 'lavfi', '-i', 'smptebars=size=320x240:rate=30:duration=3'],
    ...['-f', 'lavfi', '-i', 'sine=frequency=330:sample_rate=48000:duration=3'],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'],
    ...['-c:a', 'aac', '-shortest', file],
  ]);
  if (result.status !== 0) throw new Error(`ffmpeg failed: ${result.stderr.toString()}`);
  return file;
}

/**
 * A short explainer built with the mouse and keyboard alone, from a new project: import two
 * clips, trim, split at the playhead, reorder by dragging, add a marker, add a text overlay and
 * move it on the canvas, undo and redo; then the saved project, read back by `medclip dump`,
 * holds exactly that. Screenshots of the editor at 1280x800 and 1920x1080 are kept.
 */
test('a short project built entirely through the UI is saved as built', async ({
  page,
  studio,
  media,
  workDir,
}) => {
  test.setTimeout(300_000);
  makeBarsClip(workDir);
  const projectPath = join(workDir, 'Workflow.medclip');
  const start = new StartScreen(page);
  await start.goto(studio.url);
  await start.createProject('Workflow', projectPath);
  const editor = new EditorPage(page);
  await editor.expectOpen('Workflow');
  const timeline = new TimelinePage(page);
  const canvas = new Canvas(page);

  await test.step('import two clips: they land on the video track one after the other', async () => {
    await editor.importMedia(media.dir, 'clip.mp4');
    await editor.importMedia(workDir, 'bars.mp4');
    await timeline.expectSpans('clip', ['0-2000', '2000-5000']);
  });

  await test.step('trim the end of the first clip by dragging its edge', async () => {
    await timeline.trimBy(timeline.items('clip').first(), 'end', -500);
    await timeline.expectSpans('clip', ['0-1500', '2000-5000']);
  });

  await test.step('split the second clip at the playhead with S', async () => {
    await timeline.seek(3000);
    await page.keyboard.press('s');
    await timeline.expectSpans('clip', ['0-1500', '2000-3000', '3000-5000']);
  });

  await test.step('reorder: drag the first clip past the others to the end', async () => {
    await timeline.dragBy(timeline.items('clip').first(), 4000);
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Move clip/);
    await expect(timeline.items('clip')).toHaveCount(3);
  });

  await test.step('add a marker at the playhead with M', async () => {
    await timeline.seek(1000);
    await page.keyboard.press('m');
    await expect(timeline.markers).toHaveCount(1);
  });

  await test.step('add a text overlay and move it with the mouse; undo and redo', async () => {
    await page.getByTestId('insert-text').click();
    await expect(timeline.items('overlay')).toHaveCount(1);
    await canvas.expectSelection({ kind: 'overlay', x: '540', y: '576' });
    await canvas.drag({ x: 540, y: 576 }, { x: 700, y: 900 }, { free: true });
    await canvas.expectSelection({ kind: 'overlay', x: '700', y: '900' });
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Move overlay/);
    await editor.undo();
    await canvas.expectSelection({ kind: 'overlay', x: '540', y: '576' });
    await editor.redo();
    await canvas.expectSelection({ kind: 'overlay', x: '700', y: '900' });
    await editor.expectSaved();
  });

  await test.step('screenshots at 1280x800 and 1920x1080', async () => {
    mkdirSync(screenshotDir, { recursive: true });
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.mouse.move(0, 0);
      await expect(timeline.items('clip')).toHaveCount(3);
      await page.screenshot({ path: join(screenshotDir, `editor-${width}x${height}.png`) });
    }
  });

  await test.step('medclip dump shows what was built', async () => {
    await page.getByRole('button', { name: 'Close project' }).click();
    await start.expectVisible();
    const doc = medclipDump(projectPath, studio.userDataDir);
    expect(doc.media.map((asset) => asset.name)).toEqual(['clip.mp4', 'bars.mp4']);
    const bars = doc.media.find((asset) => asset.name === 'bars.mp4')!.id;
    const clips = [...doc.tracks.video].sort((a, b) => a.start - b.start);
    expect(clips).toHaveLength(3);
    // The two pieces of the bars clip now come first, the trimmed fixture clip last.
    expect(
      clips.map((clip) => [clip.mediaId === bars ? 'bars' : 'clip', clip.in, clip.out]),
    ).toEqual([
      ['bars', 0, 1000],
      ['bars', 1000, 3000],
      ['clip', 0, 1500],
    ]);
    expect(doc.markers.map((marker) => marker.time)).toEqual([1000]);
    const text = doc.tracks.overlays[0];
    expect(text?.kind).toBe('text');
    // Stored as fractions of the frame, rounded to 5 places: 700 and 900 px back within 0.1 px.
    expect((text?.transform[0]?.x ?? 0) * 1080).toBeCloseTo(700, 0);
    expect((text?.transform[0]?.y ?? 0) * 1920).toBeCloseTo(900, 0);
  });
});
