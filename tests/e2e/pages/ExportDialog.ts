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

  /**
   * Presses Export and returns the new job's row in the queue. With `overridePrivacy`, the
   * privacy gate is expected to block first, and the export goes ahead through "Export
   * anyway…" with that reason.
   */
  async start(options: { overridePrivacy?: string } = {}): Promise<Locator> {
    const path = await this.pathField.inputValue();
    const before = await this.jobs.count();
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    if (options.overridePrivacy !== undefined) {
      await expect(this.blockedNotice).toBeVisible();
      await this.exportAnyway(options.overridePrivacy);
    }
    await expect(this.jobs).toHaveCount(before + 1);
    return this.jobFor(path.split(/[\\/]/).pop() ?? path);
  }

  /** The refusal of a blocked export gate, listing its reasons. */
  get blockedNotice(): Locator {
    return this.dialog
      .getByRole('alert')
      .filter({ hasText: 'This project cannot be exported yet' });
  }

  get blockedReasons(): Locator {
    return this.blockedNotice.locator('.export-notice__reasons li');
  }

  /** Opens "Export anyway…", types the reason and confirms (does not wait for the job). */
  async exportAnyway(reason: string): Promise<void> {
    await this.blockedNotice.getByRole('button', { name: 'Export anyway…' }).click();
    const form = this.dialog.getByRole('form', { name: 'Export anyway' });
    await form.getByLabel(/Why must this be exported/).fill(reason);
    await form.getByRole('button', { name: 'Export anyway', exact: true }).click();
  }

  /** "Privacy gate overridden …" on a finished job's row. */
  override(job: Locator): Locator {
    return job.getByTestId('export-job-override');
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
