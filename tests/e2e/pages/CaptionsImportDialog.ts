import { expect, type Locator, type Page } from '@playwright/test';
import { FilePicker } from './FilePicker';

/** The top bar's Captions menu and the import-captions preview dialog. */
export class CaptionsImportDialog {
  readonly dialog: Locator;
  readonly format: Locator;
  readonly count: Locator;
  readonly skipped: Locator;
  readonly cues: Locator;
  readonly problems: Locator;
  readonly exportDialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import captions' });
    this.format = this.dialog.getByTestId('captions-import-format');
    this.count = this.dialog.getByTestId('captions-import-count');
    this.skipped = this.dialog.getByTestId('captions-import-skipped');
    this.cues = this.dialog.locator('.captions-import__cue');
    this.problems = this.dialog.locator('.captions-import__problem');
    this.exportDialog = page.getByRole('dialog', { name: 'Export captions' });
  }

  /** Captions menu -> Import captions… -> pick `fileName` in `dir` -> the preview. */
  async open(dir: string, fileName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Captions', exact: true }).click();
    await this.page.getByRole('menuitem', { name: 'Import captions…' }).click();
    const picker = new FilePicker(this.page);
    await picker.expectOpen('Import captions');
    await picker.goTo(dir);
    await picker.select(fileName);
    await picker.dialog.getByRole('button', { name: 'Preview', exact: true }).click();
    await expect(this.dialog.getByTestId('captions-import')).toBeVisible();
    await expect(this.count).toBeVisible();
  }

  /** Captions menu -> Export captions… */
  async openExport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Captions', exact: true }).click();
    await this.page.getByRole('menuitem', { name: 'Export captions…' }).click();
    await expect(this.exportDialog).toBeVisible();
  }

  /** Each skipped entry as "Line 5: reason". */
  async problemTexts(): Promise<string[]> {
    return this.problems.evaluateAll((items) =>
      items.map((item) => {
        const [where, reason] = Array.from(item.children).map((child) => child.textContent ?? '');
        return `${where}: ${reason}`;
      }),
    );
  }

  async chooseMode(mode: 'replace' | 'append'): Promise<void> {
    await this.dialog
      .getByRole('radio', { name: mode === 'replace' ? 'Replace them' : 'Keep them and add these' })
      .check();
  }

  async confirm(label: string | RegExp): Promise<void> {
    await this.dialog.getByRole('button', { name: label }).click();
    await expect(this.dialog).toBeHidden();
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}
