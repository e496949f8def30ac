import { expect, type Locator, type Page } from '@playwright/test';
import type { Canvas } from './Canvas';

/**
 * The Library tab of the left column: the icon grid (search, category, style, pages), the
 * Shapes section and the credits dialog. Tiles carry their overlay id as `data-icon-id`.
 */
export class LibraryPanel {
  readonly tab: Locator;
  readonly root: Locator;
  readonly search: Locator;
  readonly category: Locator;
  readonly count: Locator;
  readonly tiles: Locator;
  readonly more: Locator;
  readonly creditsButton: Locator;
  readonly credits: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Library' });
    this.root = page.getByTestId('library-panel');
    this.search = this.root.getByTestId('icon-search');
    this.category = this.root.getByTestId('icon-category');
    this.count = this.root.getByTestId('icon-count');
    this.tiles = this.root.locator('.icon-library__tile');
    this.more = this.root.getByTestId('icon-more');
    this.creditsButton = this.root.getByTestId('library-credits');
    this.credits = page.getByTestId('credits');
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.root).toBeVisible();
  }

  async find(text: string): Promise<void> {
    await this.search.fill(text);
  }

  async chooseCategory(label: RegExp | string): Promise<void> {
    const option = await this.category
      .locator('option')
      .filter({ hasText: label })
      .first()
      .getAttribute('value');
    await this.category.selectOption(option ?? '');
  }

  async chooseStyle(style: 'filled' | 'outline'): Promise<void> {
    await this.root.getByTestId(`icon-style-${style}`).click();
  }

  tile(iconId: string): Locator {
    return this.root.locator(`.icon-library__tile[data-icon-id="${iconId}"]`);
  }

  /** Waits until every shown tile has its preview picture. */
  async expectPreviews(): Promise<void> {
    await expect(this.tiles.first().locator('img')).toBeVisible();
    await expect
      .poll(async () => (await this.tiles.count()) - (await this.tiles.locator('img').count()))
      .toBe(0);
  }

  /** Drags a tile onto the canvas, dropping it at a frame point (1080x1920 pixels). */
  async dragOnto(canvas: Canvas, iconId: string, at: { x: number; y: number }): Promise<void> {
    const box = await canvas.stage.boundingBox();
    const point = await canvas.toScreen(at.x, at.y);
    if (!box) throw new Error('the canvas stage is not shown');
    await this.tile(iconId).dragTo(canvas.stage, {
      targetPosition: { x: point.x - box.x, y: point.y - box.y },
    });
  }

  async openCredits(): Promise<void> {
    await this.creditsButton.click();
    await expect(this.credits).toBeVisible();
  }
}
