import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../support/temp';
import { inProcessCli } from '../../../support/cli';
import { registerProjectCommands } from '../../../../main/cli/commands/project';
import { registerCaptions } from '../../../../main/cli/commands/captions';
import { registerCheck } from '../../../../main/cli/commands/check';

let tmp: ReturnType<typeof tempDir>;

const medclip = inProcessCli([registerProjectCommands, registerCaptions, registerCheck], () =>
  join(tmp.dir, 'user'),
);

/** Cue ids by start time, read back from the project file. */
async function cueIds(project: string): Promise<Map<number, string>> {
  const doc = JSON.parse((await medclip('dump', project)).stdout) as {
    tracks: { captions: { id: string; start: number }[] };
  };
  return new Map(doc.tracks.captions.map((cue) => [cue.start, cue.id]));
}

const SRT = [
  '1\n00:00:00,000 --> 00:00:02,000\nCheck your blood pressure\n',
  '2\n00:00:02,030 --> 00:00:02,500\nEvery year\n',
  '3\n00:00:03,000 --> 00:00:11,000\nAsk your doctor\n',
  '4\n00:00:11,500 --> 00:00:14,500\nOne\nTwo\nThree\n',
].join('\n');

let clean: string;
let withProblems: string;
let ids: Map<number, string>;

// Projects are made once (each CLI run starts a Node process, several seconds on a busy machine).
beforeAll(async () => {
  tmp = tempDir('medclip-cli-check-');
  clean = join(tmp.dir, 'clean.medclip');
  expect((await medclip('new', clean)).code).toBe(0);
  const cleanSrt = join(tmp.dir, 'clean.srt');
  writeFileSync(cleanSrt, '1\n00:00:01,000 --> 00:00:03,000\nCheck your blood pressure\n');
  expect((await medclip('captions', 'import', clean, cleanSrt)).code).toBe(0);
  withProblems = join(tmp.dir, 'problems.medclip');
  expect((await medclip('new', withProblems)).code).toBe(0);
  const srt = join(tmp.dir, 'problems.srt');
  writeFileSync(srt, SRT);
  expect((await medclip('captions', 'import', withProblems, srt)).code).toBe(0);
  ids = await cueIds(withProblems);
}, 180_000);
afterAll(() => tmp.cleanup());

describe('medclip check', () => {
  it('exits 0 and says so for a project without problems', async () => {
    const project = clean;
    const r = await medclip('check', project);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'No problems: 1 caption(s) checked for tiktok, at most 17 characters per second\n',
    );
    expect(r.stderr).toBe('');
    const json = await medclip('check', project, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      project,
      rules: { maxCharsPerSecond: 17, platform: 'tiktok' },
      cues: 1,
      problems: [],
      uncitedClaims: [],
      identifiers: [],
    });
  });

  it('lists every problem with its cue, time, measured value and limit, and exits 1', async () => {
    const project = withProblems;
    const [first, short, long, stacked] = [0, 2030, 3000, 11_500].map((start) => ids.get(start)!);

    const json = await medclip('check', project, '--json');
    expect(json.code).toBe(1);
    expect(json.stderr).toBe(`medclip: ${project}: 5 caption problem(s)\n`);
    const report = JSON.parse(json.stdout) as { cues: number; problems: unknown[] };
    expect(report.cues).toBe(4);
    expect(report.problems).toEqual([
      {
        type: 'gapTooSmall',
        cueId: short,
        timeMs: 2030,
        measured: 30,
        limit: 66,
        message: `starts 30 ms after "${first}" ends; at least 66 ms (2 frames at 30 fps)`,
      },
      {
        type: 'tooShort',
        cueId: short,
        timeMs: 2030,
        measured: 470,
        limit: 833,
        message: 'shows for 470 ms; at least 833 ms (5/6 s)',
      },
      {
        type: 'readingSpeed',
        cueId: short,
        timeMs: 2030,
        measured: 21.28,
        limit: 17,
        message: '10 characters in 470 ms is 21.28 characters per second; at most 17',
      },
      {
        type: 'tooLong',
        cueId: long,
        timeMs: 3000,
        measured: 8000,
        limit: 7000,
        message: 'shows for 8000 ms; at most 7000 ms',
      },
      {
        type: 'tooManyLines',
        cueId: stacked,
        timeMs: 11_500,
        measured: 3,
        limit: 2,
        message: "3 lines at the style's width; at most 2",
      },
    ]);

    const text = await medclip('check', project);
    expect(text.code).toBe(1);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      `00:00:02.030  ${short}  gapTooSmall  measured 30, limit 66: starts 30 ms after "${first}" ends; at least 66 ms (2 frames at 30 fps)`,
    );
    expect(lines[4]).toBe(
      `00:00:11.500  ${stacked}  tooManyLines  measured 3, limit 2: 3 lines at the style's width; at most 2`,
    );
    expect(lines[5]).toBe(
      '5 problem(s): 4 caption(s) checked for tiktok, at most 17 characters per second',
    );
  });

  it(
    'lists likely patient identifiers in the captions and exits 1',
    { timeout: 180_000 },
    async () => {
      const project = join(tmp.dir, 'identifiers.medclip');
      expect((await medclip('new', project)).code).toBe(0);
      const srt = join(tmp.dir, 'identifiers.srt');
      writeFileSync(srt, '1\n00:00:01,000 --> 00:00:03,000\nMrs Jones: 020 7946 0958\n');
      expect((await medclip('captions', 'import', project, srt)).code).toBe(0);
      const r = await medclip('check', project);
      expect(r.code).toBe(1);
      const cue = [...(await cueIds(project)).values()][0];
      const lines = r.stdout.trimEnd().split('\n');
      // The phone number also reads as an uncited numeric claim; only the identifiers matter here.
      expect(lines.filter((line) => line.startsWith('identifier'))).toEqual([
        `identifier  named-person  Possible patient identifier in caption 1 (${cue}): "Mrs Jones" looks like "Mrs" followed by a name.`,
        `identifier  phone-number  Possible patient identifier in caption 1 (${cue}): "020 7946 0958" looks like a phone number.`,
      ]);
      expect(lines.at(-1)).toContain(', 2 possible patient identifier(s): 1 caption(s) checked');
      expect(r.stderr).toContain('2 possible patient identifier(s)');
    },
  );

  it('exits 2 naming the file when the project does not exist', async () => {
    const missing = join(tmp.dir, 'missing.medclip');
    const r = await medclip('check', missing);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(missing);
    expect(r.stdout).toBe('');
  });
});
