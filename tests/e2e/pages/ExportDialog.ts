import { expect, type Locator, type Page } from '@playwright/test';

/** The Export dialog: platform cards, output file, cover time, and the queue of exports. */
export class ExportDialog {
  readonly dialog: Locator;
  readonly pathField: Locator;
  readonly coverField: Locator;
  readonly jobs: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export' });
    this.pathField = this.dialog.getByLabel('Save video as');
    this.coverField = this.dialog.getByLabel('Cover frame at');
    this.jobs = this.dialog.getByTestId('export-job');
  }

  /** Opens it from the top bar's Export button and waits for the presets. */
  async open(): Promise<void> {
    await this.page.locator('.topbar').getByRole('button', { name: 'Export' }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog.locator('.export-preset')).toHaveCount(3);
  }

  preset(label: string): Locator {
    return this.dialog.locator('.export-preset', { hasText: label });
  }

  async choosePreset(label: string): Promise<void> {
    await this.preset(label).click();
    await expect(this.preset(label)).toHaveAttribute('data-checked', 'true');
  }

  async setOutput(path: string): Promise<void> {
    await this.pathField.fill(path);
  }

  /** Presses Export and returns the new job's row in the queue. */
  async start(): Promise<Locator> {
    const path = await this.pathField.inputValue();
    const before = await this.jobs.count();
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(this.jobs).toHaveCount(before + 1);
    return this.jobFor(path.split(/[\\/]/).pop() ?? path);
  }

  /** The row of the export writing the file `name`. */
  jobFor(name: string): Locator {
    return this.jobs.filter({ has: this.page.locator('.export-job__name', { hasText: name }) });
  }

  /** "1 of 2 done · 57% overall", shown while several exports are in one batch. */
  get total(): Locator {
    return this.dialog.getByTestId('export-total');
  }

  status(job: Locator): Locator {
    return job.getByTestId('export-job-status');
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await expect(this.dialog).toBeHidden();
  }
}
