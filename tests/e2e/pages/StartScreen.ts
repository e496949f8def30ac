import { expect, type Locator, type Page } from '@playwright/test';
import { FilePicker } from './FilePicker';

/** The first screen: new project, open project, recent projects. */
export class StartScreen {
  readonly heading: Locator;
  readonly nameField: Locator;
  readonly pathField: Locator;
  readonly recentItems: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'MedClip Studio' });
    this.nameField = page.getByLabel('Project name');
    this.pathField = page.getByLabel('Save as');
    this.recentItems = page.locator('.recent__item');
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.expectVisible();
  }

  async expectVisible(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async createProject(name: string, path: string): Promise<void> {
    await this.nameField.fill(name);
    await this.pathField.fill(path);
    await this.page.getByRole('button', { name: 'Create project', exact: true }).click();
  }

  async openWithPicker(dir: string, fileName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Open project…' }).click();
    const picker = new FilePicker(this.page);
    await picker.expectOpen('Open a project');
    await picker.goTo(dir);
    await picker.select(fileName);
    await picker.confirm('Open');
  }

  recent(name: string): Locator {
    return this.recentItems.filter({ hasText: name });
  }
}
