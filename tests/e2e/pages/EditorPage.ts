import { expect, type Locator, type Page } from '@playwright/test';
import { FilePicker } from './FilePicker';

/** The editor frame: top bar, media bin, canvas, inspector, timeline, notifications. */
export class EditorPage {
  readonly projectName: Locator;
  readonly mediaItems: Locator;
  readonly timelineClips: Locator;
  readonly autosave: Locator;
  readonly inspector: Locator;
  readonly canvas: Locator;
  readonly errorToasts: Locator;

  constructor(readonly page: Page) {
    this.projectName = page.getByTestId('project-name');
    this.mediaItems = page.getByTestId('media-item');
    this.timelineClips = page.getByTestId('timeline-clip');
    this.autosave = page.locator('.autosave');
    this.inspector = page.getByRole('complementary', { name: 'Inspector' });
    this.canvas = page.getByTestId('canvas-area');
    this.errorToasts = page.locator('.toast--error');
  }

  async expectOpen(name: string): Promise<void> {
    await expect(this.projectName).toHaveText(name);
    await expect(this.canvas.locator('canvas').first()).toBeVisible();
  }

  /** Imports files through the engine-backed picker (browser mode). */
  async importMedia(dir: string, ...names: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Import media' }).click();
    const picker = new FilePicker(this.page);
    await picker.expectOpen('Import media');
    await picker.goTo(dir);
    await picker.select(...names);
    await picker.confirm('Import');
  }

  mediaItem(name: string): Locator {
    return this.mediaItems.filter({ hasText: name });
  }

  /** The bin's poster image: loaded, non-empty, and a data: URL. */
  async expectThumbnail(name: string): Promise<void> {
    const image = this.mediaItem(name).locator('img');
    await expect(image).toHaveAttribute('src', /^data:image\//);
    await expect
      .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
  }

  undoButton(): Locator {
    return this.page.locator(
      '.topbar button[aria-label^="Undo"], .topbar button[aria-label="Nothing to undo"]',
    );
  }

  redoButton(): Locator {
    return this.page.locator(
      '.topbar button[aria-label^="Redo"], .topbar button[aria-label="Nothing to redo"]',
    );
  }

  async undo(): Promise<void> {
    await this.undoButton().click();
  }

  async redo(): Promise<void> {
    await this.redoButton().click();
  }

  /** Moves the pointer away and waits for hover tooltips to fade, for a clean screenshot. */
  async clearHover(): Promise<void> {
    await this.page.mouse.move(0, 0);
    for (const tooltip of await this.page.locator('.tooltip').all()) {
      await expect(tooltip).toHaveCSS('opacity', '0');
    }
  }

  async expectSaved(): Promise<void> {
    await expect(this.autosave).toHaveText('All changes saved');
  }

  /** Opens the diagnostics dialog and returns its list of recent ffmpeg commands. */
  async openDiagnostics(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Diagnostics' }).click();
    await expect(this.page.getByRole('dialog', { name: /Diagnostics/ })).toBeVisible();
    return this.page.getByTestId('diagnostics-list');
  }
}
