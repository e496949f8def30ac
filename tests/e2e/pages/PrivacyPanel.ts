import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The Privacy panel (the "Privacy" tab of the left column): face scan with its progress, the
 * face tracks and their decisions, manual blur regions, identifiers found in the text.
 */
export class PrivacyPanel {
  readonly root: Locator;
  readonly tab: Locator;
  readonly modeSelect: Locator;
  readonly scanButton: Locator;
  readonly progress: Locator;
  readonly mediaStatuses: Locator;
  readonly summary: Locator;
  readonly tracks: Locator;
  readonly regions: Locator;
  readonly findings: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Privacy' });
    this.tab = page.getByRole('tab', { name: 'Privacy' });
    this.modeSelect = this.root.getByRole('combobox', { name: 'Scan mode' });
    this.scanButton = this.root.getByRole('button', { name: 'Scan for faces' });
    this.progress = this.root.getByTestId('scan-progress');
    this.mediaStatuses = this.root.getByTestId('media-scan-status');
    this.summary = this.root.getByTestId('privacy-summary');
    this.tracks = this.root.getByTestId('face-track');
    this.regions = this.root.getByTestId('blur-region');
    this.findings = this.root.getByTestId('identifier-finding');
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.root).toBeVisible();
  }

  /**
   * Starts a scan in `mode` and waits until it has finished and the tracks are listed;
   * `whileRunning` runs once the progress bar shows.
   */
  async scan(
    mode: 'fast' | 'standard' | 'thorough',
    whileRunning?: () => Promise<void>,
    timeout = 30_000,
  ): Promise<void> {
    await this.modeSelect.selectOption(mode);
    await this.scanButton.click();
    if (whileRunning !== undefined) {
      await expect(this.progress).toBeVisible();
      await whileRunning();
    }
    await expect(this.root.getByRole('status')).toContainText('Scanned', { timeout });
  }

  track(index: number): Locator {
    return this.tracks.nth(index);
  }

  thumbnails(track: Locator): Locator {
    return track.getByTestId('track-thumbnails').locator('img');
  }

  /** Keep the track unblurred, giving `note` as the reason ('' to try without one). */
  async keep(track: Locator, note: string): Promise<void> {
    await track.getByRole('button', { name: 'Keep…' }).click();
    const form = track.getByRole('form');
    await form.getByRole('textbox').fill(note);
    await form.getByRole('button', { name: 'Keep unblurred' }).click();
  }

  keepError(track: Locator): Locator {
    return track.getByRole('alert');
  }

  styleSelect(track: Locator): Locator {
    return track.getByRole('combobox', { name: /^Blur style for/ });
  }

  async addRegion(): Promise<void> {
    await this.root.getByRole('button', { name: 'Add blur region' }).click();
  }

  /** Types a label into the region's label field and commits it (Enter). */
  async labelRegion(region: Locator, label: string): Promise<void> {
    const field = region.getByRole('textbox');
    await field.fill(label);
    await field.press('Enter');
    await expect(field).toHaveValue(label);
  }

  status(track: Locator): Locator {
    return track.getByTestId('track-status');
  }
}
