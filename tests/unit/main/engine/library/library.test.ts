import { describe, expect, it } from 'vitest';
import { healthiconsCatalog } from '../../../../../main/engine/library/icon-catalog-source';
import { bundledCredits } from '../../../../../main/engine/library/credits';
import { createLibraryHandlers } from '../../../../../main/engine/api/library-handlers';
import { apiCalls } from '../../../../../shared/api';

describe('healthiconsCatalog', () => {
  it('lists all 690 icons of healthicons 2, each drawable filled and outline', async () => {
    const { packageVersion, icons } = healthiconsCatalog();
    expect(packageVersion).toMatch(/^2\./);
    expect(icons).toHaveLength(690);
    const handlers = createLibraryHandlers();
    const sample = icons.filter((_, index) => index % 97 === 0);
    const ids = sample.flatMap((icon) => [icon.path, `outline/${icon.path}`]);
    const { svgs } = await handlers['library.iconSvgs']({ ids });
    expect(Object.keys(svgs).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(svgs[id]).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    // The filled and the outline drawing of an icon are different files.
    const first = sample[0]?.path ?? '';
    expect(svgs[first]).not.toBe(svgs[`outline/${first}`]);
  });
});

describe('library handlers', () => {
  it('answer in the shape the contract declares', async () => {
    const handlers = createLibraryHandlers();
    const icons = await handlers['library.icons']({});
    expect(apiCalls['library.icons'].response.safeParse(icons).success).toBe(true);
    const credits = await handlers['library.credits']({});
    expect(apiCalls['library.credits'].response.safeParse(credits).success).toBe(true);
  });

  it('serves the icons whose package names have capitals or "!"', async () => {
    const ids = ['typography/A', 'outline/typography/!', 'symbols/FHIR_logo'];
    const { svgs } = await createLibraryHandlers()['library.iconSvgs']({ ids });
    for (const id of ids) expect(svgs[id]).toContain('<svg');
  });

  it('refuses an unknown icon by name', async () => {
    const handlers = createLibraryHandlers();
    await expect(async () =>
      handlers['library.iconSvgs']({ ids: ['body/lungs', 'body/nope'] }),
    ).rejects.toMatchObject({
      code: 'icon-not-found',
      message: expect.stringContaining('body/nope'),
    });
  });
});

describe('bundledCredits', () => {
  it('credits healthicons (MIT, with its licence text) and every scene and fallback font', () => {
    const credits = bundledCredits();
    const icons = credits.find((credit) => credit.packageName === 'healthicons');
    expect(icons).toMatchObject({ license: 'MIT', version: expect.stringMatching(/^2\./) });
    expect(icons?.licenseText).toContain('Resolve to Save Lives');
    for (const font of [
      '@fontsource/tiktok-sans',
      '@fontsource/inter',
      '@fontsource/atkinson-hyperlegible',
      '@fontsource/noto-sans-arabic',
    ]) {
      const credit = credits.find((entry) => entry.packageName === font);
      expect(credit?.license).toBe('OFL-1.1');
      expect(credit?.licenseText).toContain('SIL Open Font License');
    }
    const packages = credits.map((credit) => credit.packageName);
    expect(new Set(packages).size).toBe(packages.length);
    expect(credits.find((c) => c.packageName === '@fontsource/noto-sans-arabic')?.name).toBe(
      'Noto Sans Arabic',
    );
  });
});
