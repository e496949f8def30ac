import { readFileSync, writeFileSync } from 'node:fs';
import path, { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../support/temp';
import { inProcessCli } from '../../../support/cli';
import { registerProjectCommands } from '../../../../main/cli/commands/project';
import { registerCaptions } from '../../../../main/cli/commands/captions';

const ANDROIDX = fileURLToPath(
  new URL('../../../../../shared/data/subtitles/androidx-media/', import.meta.url),
);
const sample = (name: string): string => path.join(ANDROIDX, name);

let tmp: ReturnType<typeof tempDir>;

const medclip = inProcessCli([registerProjectCommands, registerCaptions], () =>
  join(tmp.dir, 'user'),
);

beforeAll(async () => {
  tmp = tempDir('medclip-cli-captions-');
});
afterAll(() => tmp.cleanup());

describe('medclip captions', () => {
  it('imports the valid cues of a partly malformed file, lists the rest on stderr and exits 2', async () => {
    const project = join(tmp.dir, 'partial.medclip');
    expect((await medclip('new', project)).code).toBe(0);
    const file = sample('subrip/typical_missing_timecode.srt');
    const r = await medclip('captions', 'import', project, file);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Imported 2 captions');
    expect(r.stderr).toContain(`${file}: line 5: cue 2: no timing line after the sequence number`);
    expect(r.stderr).toContain(`${file}: line 14: cue 4: the start time is missing`);
    expect(r.stderr).toContain(`${file}: line 18: cue 5: the end time is missing`);
    const doc = JSON.parse((await medclip('dump', project)).stdout) as {
      tracks: { captions: { start: number; text: string }[] };
    };
    expect(doc.tracks.captions.map((cue) => cue.start)).toEqual([0, 7_204_567]);
  });

  it("--replace swaps the existing captions for the file's in one step", async () => {
    const project = join(tmp.dir, 'replace.medclip');
    expect((await medclip('new', project)).code).toBe(0);
    expect((await medclip('captions', 'import', project, sample('subrip/typical.srt'))).code).toBe(
      0,
    );
    const r = await medclip(
      'captions',
      'import',
      project,
      sample('webvtt/with_tags.vtt'),
      '--replace',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ imported: 4, removed: 3, problems: [] });
    const doc = JSON.parse((await medclip('dump', project)).stdout) as {
      tracks: { captions: { start: number }[] };
    };
    expect(doc.tracks.captions.map((cue) => cue.start)).toEqual([0, 2345, 4000, 6000]);
  });

  it('imports with --json, and exports SRT and WebVTT that read back the same', async () => {
    const project = join(tmp.dir, 'round.medclip');
    expect((await medclip('new', project)).code).toBe(0);
    const r = await medclip(
      'captions',
      'import',
      project,
      sample('webvtt/with_tags.vtt'),
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ imported: 4, problems: [] });
    const srt = join(tmp.dir, 'round.srt');
    const exported = await medclip('captions', 'export', project, '--format', 'srt', '--out', srt);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`Wrote 4 captions to ${srt}`);
    expect(readFileSync(srt, 'utf8')).toBe(
      [
        '1\n00:00:00,000 --> 00:00:01,234\nThis is the first subtitle.\n',
        '2\n00:00:02,345 --> 00:00:03,456\nThis is the second subtitle.\n',
        '3\n00:00:04,000 --> 00:00:05,000\nThis is the third subtitle.\n',
        '4\n00:00:06,000 --> 00:00:07,000\nThis is the <fourth> &subtitle.\n',
      ].join('\n'),
    );
    const vtt = join(tmp.dir, 'round.vtt');
    expect(
      (await medclip('captions', 'export', project, '--format', 'vtt', '--out', vtt, '--json'))
        .stdout,
    ).toContain('"cues":4');
    expect(readFileSync(vtt, 'utf8')).toContain('This is the &lt;fourth&gt; &amp;subtitle.');
  });

  it('import exits 2 naming the file when it has no valid cue or does not exist', async () => {
    const project = join(tmp.dir, 'bad.medclip');
    expect((await medclip('new', project)).code).toBe(0);
    const allBad = join(tmp.dir, 'all-bad.srt');
    writeFileSync(
      allBad,
      '1\n-0:00:01,000 --> 00:00:02,000\nNegative\n\n2\n00:00:03,000 -->\nOpen\n',
    );
    const r = await medclip('captions', 'import', project, allBad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(allBad);
    expect(r.stderr).toContain('line 2: cue 1: bad start time "-0:00:01,000"');
    expect(r.stderr).toContain('line 6: cue 2: the end time is missing');
    const missing = await medclip('captions', 'import', project, join(tmp.dir, 'nope.vtt'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.vtt');
  });

  it('export exits 2 for a bad format, a missing --out and a project without captions', async () => {
    const project = join(tmp.dir, 'empty.medclip');
    expect((await medclip('new', project)).code).toBe(0);
    expect(
      (await medclip('captions', 'export', project, '--format', 'ass', '--out', 'x.ass')).code,
    ).toBe(2);
    expect((await medclip('captions', 'export', project, '--format', 'srt')).code).toBe(2);
    const none = await medclip(
      'captions',
      'export',
      project,
      '--format',
      'srt',
      '--out',
      join(tmp.dir, 'none.srt'),
    );
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no captions');
  });

  it('--help works on captions, import and export', async () => {
    expect((await medclip('captions', '--help')).stdout).toContain('medclip captions');
    for (const verb of ['import', 'export']) {
      const r = await medclip('captions', verb, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`medclip captions ${verb}`);
    }
  });
});
