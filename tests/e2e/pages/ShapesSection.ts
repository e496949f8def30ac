import { expect, type Locator, type Page } from '@playwright/test';

interface KonvaNodeLike {
  x(): number;
  y(): number;
}

/**
 * The Library's Shapes section: a tile per explainer shape (named "Add callout", "Add step
 * badge"...), the project's images and "Import image/SVG…". Also reads the canvas's callout tip
 * handles (Konva nodes named `callout-tip`), in frame pixels.
 */
export class ShapesSection {
  readonly tab: Locator;
  readonly root: Locator;
  readonly importButton: Locator;
  readonly images: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Shapes', exact: true });
    this.root = page.getByRole('region', { name: 'Shapes' });
    this.importButton = this.root.getByRole('button', { name: 'Import image/SVG…' });
    this.images = this.root.getByRole('list', { name: 'Project images' });
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.root).toBeVisible();
  }

  tile(label: string): Locator {
    return this.root.getByRole('button', { name: `Add ${label}`, exact: true });
  }

  async add(label: string): Promise<void> {
    await this.tile(label).click();
  }

  /** Where the callout tip handles are, in frame pixels. */
  async calloutTips(): Promise<{ x: number; y: number }[]> {
    return this.page.evaluate(() => {
      const konva = (
        window as unknown as { Konva?: { stages: { find(s: string): KonvaNodeLike[] }[] } }
      ).Konva;
      const stage = konva?.stages[0];
      if (!stage) return [];
      // Tenths of a pixel: the tip is stored as a fraction of the frame.
      const tenth = (value: number) => Math.round(value * 10) / 10;
      return stage.find('.callout-tip').map((node) => ({ x: tenth(node.x()), y: tenth(node.y()) }));
    });
  }
}
