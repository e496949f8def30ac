import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: repo });

async function ruleIdsFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repo, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('architectural import boundaries (eslint)', () => {
  it('stops shared/ from importing Node, main/ or renderer/', async () => {
    expect(
      await ruleIdsFor(
        'shared/model/x.ts',
        "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIdsFor(
        'shared/model/x.ts',
        "import { createEngine } from '../../main/engine/engine';\nexport const a = createEngine;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIdsFor(
        'shared/model/x.ts',
        "import { App } from '../../renderer/app/App';\nexport const a = App;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIdsFor('shared/model/x.ts', 'export const w = window.innerWidth;\n'),
    ).toContain('no-restricted-globals');
  });

  it('stops renderer/ from importing main/', async () => {
    expect(
      await ruleIdsFor(
        'renderer/app/x.ts',
        "import { createEngine } from '../../main/engine/engine';\nexport const a = createEngine;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('allows shared/ to import zod and renderer/ to import shared/', async () => {
    expect(
      await ruleIdsFor(
        'shared/model/x.ts',
        "import { z } from 'zod';\nexport const s = z.string();\n",
      ),
    ).toEqual([]);
    expect(
      await ruleIdsFor(
        'renderer/app/x.ts',
        "import { apiCalls } from '../../shared/api';\nexport const a = apiCalls;\n",
      ),
    ).toEqual([]);
  });
});
