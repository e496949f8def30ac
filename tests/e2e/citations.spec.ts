import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { CaptionsPanel } from './pages/CaptionsPanel';
import { CitationsPanel } from './pages/CitationsPanel';
import { EditorPage } from './pages/EditorPage';
import { StartScreen } from './pages/StartScreen';
import { TransportBar } from './pages/TransportBar';
import { expect, test } from './support/host';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const screenshotDir = join(repoRoot, '.tmp', 'screenshots');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `citations-${name}.png`) });
}

// One valid entry and one whose DOI is malformed: the second is listed, not imported.
const BIBTEX = `@article{smith2023,
  author = {Smith, Jane and Jones, Bo and Lee, Kim},
  title = {Statins and stroke prevention},
  journal = {N Engl J Med},
  year = {2023},
  doi = {10.1056/NEJMoa2034577}
}
@article{broken,
  author = {Nobody, Some},
  title = {Bad identifier},
  doi = {not-a-doi},
  year = {2020}
}
`;

const RIS = `TY  - JOUR
AU  - Lee, Kim
TI  - Aspirin after stroke
JO  - Lancet
PY  - 2021
DO  - 10.1016/S0140-6736(21)00001-1
ER  - 
`;

const DEMO_LABEL = 'Ardern et al., Br J Sports Med 2014';

test('the sources panel adds, links and checks citations, each edit one undo step', async ({
  page,
  context,
  studio,
  workDir,
}) => {
  test.setTimeout(360_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(studio.url).origin,
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await new StartScreen(page).goto(studio.url);
  await page.getByRole('button', { name: 'Open the demo project' }).click();
  await expect(page.getByTestId('project-name')).toHaveText('Knee ligaments explained (demo)', {
    timeout: 180_000,
  });
  const editor = new EditorPage(page);
  const sources = new CitationsPanel(page);
  const captions = new CaptionsPanel(page);

  await test.step('the demo source shows its chip label and its Vancouver reference', async () => {
    await sources.open();
    await sources.expectLabels([DEMO_LABEL]);
    await expect(sources.row(0).getByTestId('citation-reference')).toContainText(
      'Ardern CL, Taylor NF, Feller JA, Webster KE.',
    );
    await expect(sources.row(0)).toContainText('1 caption · 1 chip');
    await expect(sources.claimCount).toHaveText('0');
    await shot(page, 'list');
  });

  await test.step('APA is selectable and formats the same source differently', async () => {
    await sources.root.getByLabel('Reference style').selectOption('apa');
    // The first APA list builds citation-js's APA engine: slow on a busy machine.
    await expect(sources.list).toHaveAttribute('data-style', 'apa', { timeout: 30_000 });
    await expect(sources.row(0).getByTestId('citation-reference')).toContainText('Ardern, C. L.');
    await editor.undo();
    await expect(sources.list).toHaveAttribute('data-style', 'vancouver', { timeout: 30_000 });
    await expect(sources.row(0).getByTestId('citation-reference')).toContainText('Ardern CL');
  });

  await test.step('a paste imports the valid entry and lists the malformed one', async () => {
    await sources.previewPaste(BIBTEX);
    const preview = sources.importDialog.getByTestId('citation-import-preview');
    await expect(preview.getByTestId('citation-import-entry')).toHaveText([
      /Smith et al\., N Engl J Med 2023/,
    ]);
    await expect(preview.getByTestId('citation-import-problem')).toHaveText([
      /Entry 2 \(broken\): "not-a-doi" is not a DOI/,
    ]);
    await shot(page, 'import-preview');
    await sources.confirmImport(1);
    await expect.poll(() => sources.rows.count()).toBe(2);
    await editor.undo();
    await sources.expectLabels([DEMO_LABEL]);
    await editor.redo();
    await expect.poll(() => sources.rows.count()).toBe(2);
  });

  await test.step('a RIS file is read and added', async () => {
    const file = join(workDir, 'aspirin.ris');
    writeFileSync(file, RIS);
    await sources.previewFile(file);
    await expect(sources.importDialog.getByTestId('citation-import-entry')).toHaveText([
      /Lee, Lancet 2021/,
    ]);
    await sources.confirmImport(1);
    await expect.poll(() => sources.rows.count()).toBe(3);
  });

  await test.step('the manual form refuses a malformed DOI with the reason', async () => {
    await sources.openForm();
    await sources.formField('authors').fill('Patel, Anil\nWorld Health Organization');
    await sources.formField('title').fill('Blood pressure targets');
    await sources.formField('journal').fill('JAMA');
    await sources.formField('year').fill('2020');
    await sources.formField('doi').fill('doi:10.12/abc');
    await expect(sources.form.getByTestId('citation-form-error-doi')).toContainText(
      '4–9 digit registrant code',
    );
    await sources.formField('pmid').fill('0123');
    await expect(sources.form.getByTestId('citation-form-error-pmid')).toContainText(
      'does not start with 0',
    );
    await shot(page, 'form-errors');
    await sources.formField('doi').fill('https://doi.org/10.1001/jama.2020.1585');
    await sources.formField('pmid').fill('32931596');
    await expect(sources.form.getByRole('alert')).toHaveCount(0);
    await page.getByRole('button', { name: 'Add source', exact: true }).click();
    await expect(sources.form).toBeHidden();
    await expect.poll(() => sources.rows.count()).toBe(4);
    await expect(sources.rows.filter({ hasText: 'Patel' })).toContainText(
      'DOI 10.1001/jama.2020.1585',
    );
  });

  await test.step('an unsourced number is reported; a click selects its caption', async () => {
    await captions.open();
    await captions.editText(0, 'Your knee has 4 main ligaments.');
    await sources.open();
    await expect(sources.claimCount).toHaveText('1');
    await expect(sources.claims.first().locator('mark')).toHaveText(['4']);
    const cueId = await sources.claims.first().getAttribute('data-cue-id');
    await sources.claims.first().click();
    await expect(sources.links).toHaveAttribute('data-cue-id', cueId!);
    await shot(page, 'claim');
  });

  await test.step('linking the caption places a chip and clears the claim, undone as one', async () => {
    const patel = sources.rows.filter({ hasText: 'Patel' });
    const citationId = (await patel.getAttribute('data-id'))!;
    await sources.linkToggle(citationId).check();
    await expect(sources.claimCount).toHaveText('0');
    await expect(patel).toContainText('1 caption · 1 chip');
    // Vancouver numbers by first use: the source of the first caption is now number 1.
    await expect(sources.row(0)).toContainText('Patel');
    await expect(sources.row(0).getByTestId('citation-number')).toHaveText('1');
    // Past the chip's fade-in: the chip sits in the safe zone's top-left corner.
    await new TransportBar(page).typeTime('00:01.00');
    await shot(page, 'linked');
    await editor.canvas.screenshot({ path: join(screenshotDir, 'citations-linked-canvas.png') });
    await expect(editor.undoButton()).toHaveAccessibleName(/^Undo Link source to caption/);
    await editor.undo();
    await expect(patel).toContainText('0 captions · 0 chips');
    await expect(sources.claimCount).toHaveText('1');
    await editor.redo();
    await expect(patel).toContainText('1 caption · 1 chip');
  });

  await test.step('copy description puts title, hashtags and references on the clipboard', async () => {
    await sources.root.getByRole('button', { name: 'Copy description' }).click();
    await expect(page.getByText('Description copied')).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^Knee ligaments explained \(demo\)\n\n#health #medicine /);
    expect(text).toContain('\n\nReferences\n1. ');
    expect(text).toMatch(
      /\nReferences\n1\. Patel A, World Health Organization\. Blood pressure targets\./,
    );
    expect(text).toMatch(/\n2\. Ardern CL/);
  });

  await expect(editor.errorToasts).toHaveCount(0);
});
