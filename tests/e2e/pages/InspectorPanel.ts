import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The inspector: the properties of the timeline/canvas selection (or the project's settings
 * when nothing is selected), edited as a person does: type, press Enter, pick from a list.
 */
export class InspectorPanel {
  readonly root: Locator;
  readonly heading: Locator;
  readonly body: Locator;
  readonly subject: Locator;
  readonly keyframes: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Inspector' });
    this.heading = this.root.locator('.panel__header h3');
    this.body = page.getByTestId('inspector-body');
    this.subject = this.root.getByTestId('inspector-subject');
    this.keyframes = this.root.getByTestId('keyframe');
  }

  /** A field by its test id (fields with the same label exist in several sections). */
  field(testId: string): Locator {
    return this.root.getByTestId(testId);
  }

  /** A field by its visible label. */
  labelled(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  async expectShowing(kind: string, heading: string): Promise<void> {
    await expect(this.body).toHaveAttribute('data-target', kind);
    await expect(this.heading).toHaveText(heading);
  }

  /** Types a value and presses Enter: one commit, one undo step. */
  async commit(field: Locator, value: string): Promise<void> {
    await field.fill(value);
    await field.press('Enter');
  }

  async choose(field: Locator, label: string): Promise<void> {
    await field.selectOption({ label });
  }

  /** The field refused its value: marked invalid, with the reason under it. */
  async expectRefused(field: Locator, reason: string): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(reason);
  }

  keyframeToggle(subject: 'transform' | 'focus'): Locator {
    return this.root.getByTestId(`keyframe-toggle-${subject}`);
  }
}
