import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..', '..', '..');

/** The Electron binary is fetched from outside the npm registry; many machines never have it. */
function electronBinary(): string | undefined {
  const pathTxt = join(repo, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathTxt)) return undefined;
  const bin = join(repo, 'node_modules', 'electron', 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(bin) ? bin : undefined;
}

const bin = electronBinary();

describe.skipIf(!bin)(
  'Electron host (skipped when there is no Electron binary on this machine)',
  () => {
    it('opens a sandboxed window whose page sees only the contract bridge', async () => {
      const { execFileSync } = await import('node:child_process');
      execFileSync('node', ['scripts/build-electron.mjs'], { cwd: repo });
      const { _electron } = await import('playwright-core');
      const app = await _electron.launch({
        executablePath: bin!,
        args: [repo],
        env: { ...process.env, MEDCLIP_USER_DATA: join(repo, '.tmp', 'electron-user') },
      });
      try {
        const page = await app.firstWindow();
        const seen = await page.evaluate(() => ({
          require: typeof (globalThis as { require?: unknown }).require,
          process: typeof (globalThis as { process?: unknown }).process,
          bridge: Object.keys((globalThis as unknown as { medclip: object }).medclip).sort(),
        }));
        expect(seen.require).toBe('undefined');
        expect(seen.process).toBe('undefined');
        expect(seen.bridge).toEqual(['call', 'getPathForFile', 'host', 'on']);
        const info = await page.evaluate(() =>
          (
            globalThis as unknown as {
              medclip: { call(m: string, r: unknown): Promise<{ ok: boolean }> };
            }
          ).medclip.call('app.info', {}),
        );
        expect(info.ok).toBe(true);
      } finally {
        await app.close();
      }
    });
  },
);
