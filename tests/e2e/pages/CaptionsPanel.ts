import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The captions panel (the "Captions" tab of the left column): cue rows carry their span as
 * `data-start-ms`/`data-end-ms`; edits go through the inline editor, the tool buttons and the
 * find bar, as a person would use them.
 */
export class CaptionsPanel {
  readonly root: Locator;
  readonly tab: Locator;
  readonly rows: Locator;
  readonly editor: Locator;
  readonly problems: Locator;
  readonly findCount: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Captions' });
    this.tab = page.getByRole('tab', { name: 'Captions' });
    this.rows = this.root.getByTestId('caption-cue');
    this.editor = this.root.getByTestId('caption-cue-editor');
    this.problems = this.root.getByTestId('caption-problem');
    this.findCount = this.root.getByTestId('caption-find-count');
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.root).toBeVisible();
  }

  row(index: number): Locator {
    return this.rows.nth(index);
  }

  async texts(): Promise<string[]> {
    return this.rows.locator('.cue-row__text').allTextContents();
  }

  async expectTexts(texts: string[]): Promise<void> {
    await expect.poll(() => this.texts()).toEqual(texts);
  }

  /** `start-end` of each cue in list (time) order. */
  async spans(): Promise<string[]> {
    return this.rows.evaluateAll((elements) =>
      elements.map((e) => `${e.getAttribute('data-start-ms')}-${e.getAttribute('data-end-ms')}`),
    );
  }

  async expectSpans(spans: string[]): Promise<void> {
    await expect.poll(() => this.spans()).toEqual(spans);
  }

  async select(index: number): Promise<void> {
    await this.row(index).locator('.cue-row__main').click();
    await expect(this.row(index)).toHaveAttribute('data-selected', 'true');
  }

  /** Opens the inline editor of a cue (double-click). */
  async startEditing(index: number): Promise<void> {
    await this.row(index).locator('.cue-row__main').dblclick();
    await expect(this.editor).toBeFocused();
  }

  /** Replaces a cue's text and saves it with Enter. */
  async editText(index: number, text: string): Promise<void> {
    await this.startEditing(index);
    await this.editor.fill(text);
    await this.editor.press('Enter');
    await expect(this.editor).toHaveCount(0);
  }

  /** Puts the text cursor at `offset` in the cue's text and presses Split. */
  async splitAt(index: number, offset: number): Promise<void> {
    await this.startEditing(index);
    await this.editor.evaluate(
      (field, at) => (field as HTMLTextAreaElement).setSelectionRange(at, at),
      offset,
    );
    await this.tool('Split caption at text cursor').click();
    await expect(this.editor).toHaveCount(0);
  }

  tool(label: string): Locator {
    return this.root.getByRole('button', { name: label, exact: true });
  }

  async openFind(): Promise<void> {
    await this.root.getByRole('button', { name: 'Find', exact: true }).click();
    await expect(this.root.getByRole('search')).toBeVisible();
  }

  async fillFind(
    find: string,
    replace: string,
    options: { wholeWord?: boolean; caseSensitive?: boolean } = {},
  ): Promise<void> {
    const bar = this.root.getByRole('search');
    await bar.getByLabel('Find', { exact: true }).fill(find);
    await bar.getByLabel('Replace with').fill(replace);
    await bar.getByLabel('Whole words').setChecked(options.wholeWord ?? false);
    await bar.getByLabel('Match case').setChecked(options.caseSensitive ?? false);
  }

  async replaceAll(): Promise<void> {
    await this.root.getByRole('button', { name: 'Replace all' }).click();
  }
}
