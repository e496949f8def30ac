import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { ProjectDocument } from '../../../shared/model';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

/**
 * `medclip dump` of a closed project: the saved document as the command line reads it, with
 * the test host's user data and home so nothing touches the real ones.
 */
export function medclipDump(projectPath: string, userDataDir: string): ProjectDocument {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'main/cli/index.ts', 'dump', projectPath],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, MEDCLIP_USER_DATA: userDataDir, HOME: join(userDataDir, 'home') },
    },
  );
  if (result.status !== 0) throw new Error(`medclip dump failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as ProjectDocument;
}
