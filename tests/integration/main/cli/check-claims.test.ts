import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../support/temp';

const repo = join(import.meta.dirname, '..', '..', '..', '..');

let tmp: ReturnType<typeof tempDir>;

function medclip(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(repo, 'main/cli/index.ts'), ...args],
    { encoding: 'utf8', env: { ...process.env, MEDCLIP_USER_DATA: join(tmp.dir, 'user') } },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Readable cues (no caption problems), one stating a claim without a source.
const SRT = [
  '1\n00:00:01,000 --> 00:00:04,000\nStatins reduce strokes by 25%\n',
  '2\n00:00:05,000 --> 00:00:08,000\nAsk your doctor\n',
].join('\n');

let project: string;
let claimCue: string;

beforeAll(() => {
  tmp = tempDir('medclip-cli-claims-');
  project = join(tmp.dir, 'claims.medclip');
  expect(medclip('new', project).code).toBe(0);
  const srt = join(tmp.dir, 'claims.srt');
  writeFileSync(srt, SRT);
  expect(medclip('captions', 'import', project, srt).code).toBe(0);
  const doc = JSON.parse(medclip('dump', project).stdout) as {
    tracks: { captions: { id: string; start: number }[] };
  };
  claimCue = doc.tracks.captions.find((cue) => cue.start === 1000)!.id;
}, 120_000);
afterAll(() => tmp.cleanup());

describe('medclip check: uncited claims', () => {
  it('reports the claim with its cue, time and trigger words, and exits 1', () => {
    const text = medclip('check', project);
    expect(text.code).toBe(1);
    expect(text.stdout.trimEnd().split('\n')).toEqual([
      `00:00:01.000  ${claimCue}  uncitedClaim  "reduce", "25%": Statins reduce strokes by 25%`,
      '0 problem(s), 1 uncited claim(s): 2 caption(s) checked for tiktok, at most 17 characters per second',
    ]);
    expect(text.stderr).toBe(`medclip: ${project}: 0 caption problem(s), 1 uncited claim(s)\n`);

    const json = medclip('check', project, '--json');
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { uncitedClaims: unknown }).uncitedClaims).toEqual([
      {
        cueId: claimCue,
        start: 1000,
        end: 4000,
        text: 'Statins reduce strokes by 25%',
        triggers: ['reduce', '25%'],
      },
    ]);
  });
});
