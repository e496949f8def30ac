import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The Sources panel (the "Sources" tab of the left column) and its dialogs: add by paste or
 * file (preview, then confirm), the manual form, linking the selected caption, uncited claims.
 */
export class CitationsPanel {
  readonly root: Locator;
  readonly tab: Locator;
  readonly rows: Locator;
  /** The source list; `data-style` is the style of the references shown. */
  readonly list: Locator;
  readonly claims: Locator;
  readonly claimCount: Locator;
  readonly links: Locator;
  readonly importDialog: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Sources' });
    this.tab = page.getByRole('tab', { name: 'Sources' });
    this.rows = this.root.getByTestId('citation-row');
    this.list = this.root.locator('ol.citations-panel__list');
    this.claims = this.root.getByTestId('uncited-claim');
    this.claimCount = this.root.getByTestId('uncited-claim-count');
    this.links = this.root.getByTestId('citation-links');
    this.importDialog = page.getByTestId('citation-import');
    this.form = page.getByTestId('citation-form');
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.root).toBeVisible();
  }

  row(index: number): Locator {
    return this.rows.nth(index);
  }

  async labels(): Promise<string[]> {
    return this.rows.getByTestId('citation-label').allTextContents();
  }

  async expectLabels(labels: string[]): Promise<void> {
    await expect.poll(() => this.labels()).toEqual(labels);
  }

  /** Pastes `text` into the add dialog and previews it; the dialog stays open. */
  async previewPaste(text: string): Promise<void> {
    await this.root.getByRole('button', { name: 'Paste or import…' }).click();
    await expect(this.importDialog).toBeVisible();
    await this.importDialog.getByRole('textbox').fill(text);
    await this.page.getByRole('button', { name: 'Preview' }).click();
    await expect(this.importDialog.getByTestId('citation-import-preview')).toBeVisible();
  }

  /** Opens a file in the add dialog and previews it. */
  async previewFile(path: string): Promise<void> {
    await this.root.getByRole('button', { name: 'Paste or import…' }).click();
    await this.importDialog.getByTestId('citation-import-file').setInputFiles(path);
    await expect(this.importDialog.getByRole('textbox')).not.toHaveValue('');
    await this.page.getByRole('button', { name: 'Preview' }).click();
    await expect(this.importDialog.getByTestId('citation-import-preview')).toBeVisible();
  }

  async confirmImport(count: number): Promise<void> {
    const label = `Add ${count} source${count === 1 ? '' : 's'}`;
    await this.page.getByRole('button', { name: label, exact: true }).click();
    await expect(this.importDialog).toBeHidden();
  }

  async openForm(): Promise<void> {
    await this.root.getByRole('button', { name: 'Add manually…' }).click();
    await expect(this.form).toBeVisible();
  }

  formField(name: string): Locator {
    return this.form.locator(`[name="${name}"]`);
  }

  linkToggle(citationId: string): Locator {
    return this.links.locator(
      `[data-testid="citation-link-toggle"][data-citation-id="${citationId}"]`,
    );
  }
}
