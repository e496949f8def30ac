import { expect, type Locator, type Page } from '@playwright/test';

/** The history panel (View ▸ History, the top bar's History button). */
export class HistoryPanelPage {
  readonly panel: Locator;
  readonly toggle: Locator;
  readonly steps: Locator;
  readonly current: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary', { name: 'History' });
    this.toggle = page.locator('.topbar').getByRole('button', { name: 'History', exact: true });
    this.steps = this.panel.getByTestId('history-step');
    this.current = this.panel.locator('[aria-current="step"]');
  }

  async open(): Promise<void> {
    if (await this.panel.isVisible()) return;
    await this.toggle.click();
    await expect(this.panel).toBeVisible();
  }

  async labels(): Promise<string[]> {
    return this.panel.locator('.history-panel__label').allTextContents();
  }

  /** Undoes or redoes to just after the `index`-th row (0 is the project as opened). */
  async goTo(index: number): Promise<void> {
    await this.steps.nth(index).click();
    await expect(this.steps.nth(index)).toHaveAttribute('aria-current', 'step');
  }
}

/** The keyboard shortcuts sheet (`?`, Help ▸ Keyboard Shortcuts). */
export class ShortcutsSheetPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  row(actionId: string): Locator {
    return this.dialog.locator(`[data-action="${actionId}"]`);
  }

  group(menu: string): Locator {
    return this.dialog.getByRole('region', { name: menu });
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }
}
