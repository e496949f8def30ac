import { expect, type Locator, type Page } from '@playwright/test';

/** The inspector's "Medical review" section (shown with nothing selected). */
export class ReviewSection {
  readonly root: Locator;
  readonly status: Locator;
  readonly record: Locator;

  constructor(readonly page: Page) {
    this.root = page
      .getByRole('complementary', { name: 'Inspector' })
      .getByRole('region', { name: 'Medical review' });
    this.status = this.root.getByTestId('review-status');
    this.record = this.root.getByTestId('review-record');
  }

  async expectState(state: 'none' | 'current' | 'out-of-date'): Promise<void> {
    await expect(this.status).toHaveAttribute('data-state', state);
  }

  /** Fills the form and signs off (today's date is the form's default). */
  async signOff(fields: {
    reviewer: string;
    role: string;
    notes?: string;
    endCard?: boolean;
  }): Promise<void> {
    await this.root.getByTestId('review-reviewer').fill(fields.reviewer);
    await this.root.getByTestId('review-role').fill(fields.role);
    if (fields.notes !== undefined) await this.root.getByTestId('review-notes').fill(fields.notes);
    const endCard = this.root.getByTestId('review-end-card');
    if ((await endCard.isChecked()) !== (fields.endCard ?? false)) await endCard.click();
    await this.root.getByTestId('review-sign-off').click();
  }
}
