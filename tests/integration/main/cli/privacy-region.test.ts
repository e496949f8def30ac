import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerProjectCommands } from '../../../../main/cli/commands/project';
import { registerPrivacyCommands } from '../../../../main/cli/commands/privacy';
import type { ProjectDocument } from '../../../../shared/model';
import { inProcessCli } from '../../../support/cli';
import { makeTestClip } from '../../../support/media';
import { tempDir } from '../../../support/temp';

let tmp: ReturnType<typeof tempDir>;
let project: string;
let mediaId: string;

const medclip = inProcessCli([registerProjectCommands, registerPrivacyCommands], () =>
  join(tmp.dir, 'user'),
);

async function dump(): Promise<ProjectDocument> {
  const r = await medclip('dump', project);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ProjectDocument;
}

beforeAll(async () => {
  tmp = tempDir('medclip-cli-region-');
  const clip = makeTestClip(tmp.dir, 'badge.mp4', { seconds: 1, width: 160, height: 90 });
  project = join(tmp.dir, 'region.medclip');
  expect((await medclip('new', project)).code).toBe(0);
  expect((await medclip('import', project, clip)).code).toBe(0);
  const media = (await dump()).media[0];
  if (media === undefined) throw new Error('the import added no media');
  mediaId = media.id;
}, 120_000);
afterAll(() => tmp.cleanup());

describe('medclip privacy region add', () => {
  it('adds a region spanning --start to --end with its box held from one keyframe', async () => {
    const added = await medclip(
      'privacy',
      'region',
      'add',
      project,
      ...['--media', mediaId, '--start', '200', '--end', '700', '--box', '10,20,30,40'],
    );
    expect(added.code).toBe(0);
    const id = added.stdout.trim();
    const regions = (await dump()).privacy.manualRegions;
    expect(regions).toEqual([
      {
        id,
        mediaId,
        startMs: 200,
        endMs: 700,
        keyframes: [{ t: 200, box: { x: 10, y: 20, width: 30, height: 40 } }],
        blurStyle: 'gaussian',
      },
    ]);
  });

  it('refuses an end not after the start, and an unknown media id, adding nothing', async () => {
    const backwards = await medclip(
      'privacy',
      'region',
      'add',
      project,
      ...['--media', mediaId, '--start', '700', '--end', '700', '--box', '0,0,10,10'],
    );
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('--end must be after --start');
    const unknown = await medclip(
      'privacy',
      'region',
      'add',
      project,
      ...['--media', 'med_nope', '--start', '0', '--end', '100', '--box', '0,0,10,10'],
    );
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('media "med_nope" does not exist');
    expect((await dump()).privacy.manualRegions).toHaveLength(1);
  });
});
