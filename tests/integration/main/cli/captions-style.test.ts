import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../support/temp';
import { inProcessCli } from '../../../support/cli';
import { registerProjectCommands } from '../../../../main/cli/commands/project';
import { registerCaptions } from '../../../../main/cli/commands/captions';

let tmp: ReturnType<typeof tempDir>;

const medclip = inProcessCli([registerProjectCommands, registerCaptions], () =>
  join(tmp.dir, 'user'),
);

interface Dumped {
  captionStyles: {
    id: string;
    name: string;
    fontFamily: string;
    mode: string;
    presetId?: string;
  }[];
  tracks: { captions: { id: string; styleId: string }[] };
}

const dump = async (project: string) =>
  JSON.parse((await medclip('dump', project)).stdout) as Dumped;

let project: string;

beforeAll(async () => {
  tmp = tempDir('medclip-cli-captions-style-');
  project = join(tmp.dir, 'styled.medclip');
  const srt = join(tmp.dir, 'three.srt');
  writeFileSync(
    srt,
    '1\n00:00:00,000 --> 00:00:01,500\nCall 999\n\n2\n00:00:01,500 --> 00:00:03,000\nEvery minute counts\n\n3\n00:00:03,000 --> 00:00:05,000\nKnow the signs\n',
  );
  expect((await medclip('new', project)).code).toBe(0);
  expect((await medclip('captions', 'import', project, srt)).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('medclip captions style', () => {
  it('adds a preset style and gives it to every caption with --all', async () => {
    const r = await medclip('captions', 'style', project, '--preset', 'high-contrast', '--all');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Added caption style "style-high-contrast" from preset "high-contrast"; 3 captions now use it',
    );
    const doc = await dump(project);
    expect(doc.captionStyles.find((style) => style.id === 'style-high-contrast')).toMatchObject({
      name: 'High contrast',
      fontFamily: 'Atkinson Hyperlegible',
      presetId: 'high-contrast',
    });
    expect(doc.tracks.captions.map((cue) => cue.styleId)).toEqual([
      'style-high-contrast',
      'style-high-contrast',
      'style-high-contrast',
    ]);
  });

  it('gives a style to chosen cues and replaces a style of the same id, with --json', async () => {
    const cueId = (await dump(project)).tracks.captions[1]!.id;
    const r = await medclip(
      'captions',
      'style',
      project,
      '--preset',
      'pop',
      '--cues',
      cueId,
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      preset: 'pop',
      styleId: 'style-pop',
      replaced: false,
      captions: 1,
    });
    const again = await medclip(
      'captions',
      'style',
      project,
      '--preset',
      'word-highlight',
      '--style-id',
      'style-pop',
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      'Replaced caption style "style-pop" from preset "word-highlight"; 0 captions now use it',
    );
    const doc = await dump(project);
    expect(doc.captionStyles.find((style) => style.id === 'style-pop')?.mode).toBe('wordHighlight');
    expect(doc.tracks.captions.map((cue) => cue.styleId)).toEqual([
      'style-high-contrast',
      'style-pop',
      'style-high-contrast',
    ]);
  });

  it('refuses an unknown preset or caption with exit 2, changing nothing', async () => {
    const before = await dump(project);
    const preset = await medclip('captions', 'style', project, '--preset', 'neon');
    expect(preset.code).toBe(2);
    expect(preset.stderr).toMatch(
      /argument 'neon' is invalid\. Allowed choices are clean-boxed, bold-outline/,
    );
    const cue = await medclip(
      'captions',
      'style',
      project,
      '--preset',
      'pop',
      '--cues',
      'cue_nope',
    );
    expect(cue.code).toBe(2);
    expect(cue.stderr).toContain('medclip: no caption with id "cue_nope"');
    expect(await dump(project)).toEqual(before);
  });

  it('lists the presets in --help', async () => {
    const r = await medclip('captions', 'style', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('lower-third (Lower third)');
  });
});
