import { expect, type Locator, type Page } from '@playwright/test';

/** Browser mode's engine-backed file picker (a modal dialog). */
export class FilePicker {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
  }

  async expectOpen(title: string): Promise<void> {
    await expect(this.dialog.getByRole('heading', { name: title })).toBeVisible();
  }

  /** Types a folder into the path field and lists it. */
  async goTo(dir: string): Promise<void> {
    const field = this.dialog.getByRole('textbox', { name: 'Folder path' });
    await field.fill(dir);
    await this.dialog.getByRole('button', { name: 'Go', exact: true }).click();
    await expect(field).toHaveValue(dir);
  }

  entry(name: string): Locator {
    return this.dialog.locator('.picker__entry', { hasText: name });
  }

  async select(...names: string[]): Promise<void> {
    for (const name of names) {
      await this.entry(name).click();
      await expect(this.entry(name)).toHaveAttribute('aria-pressed', 'true');
    }
  }

  async confirm(label: string): Promise<void> {
    await this.dialog.getByRole('button', { name: label, exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}
