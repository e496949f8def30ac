import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestClip } from '../../../support/media';
import { tempDir } from '../../../support/temp';

const repo = join(import.meta.dirname, '..', '..', '..', '..');

function medclip(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(repo, 'main/cli/index.ts'), ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, MEDCLIP_USER_DATA: join(tmp.dir, 'user') },
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: ReturnType<typeof tempDir>;
let clip: string;

beforeAll(() => {
  tmp = tempDir();
  clip = makeTestClip(tmp.dir, 'clip.mp4', { seconds: 2 });
});
afterAll(() => tmp.cleanup());

describe('medclip CLI', () => {
  it('info prints the probe as JSON', () => {
    const r = medclip('info', clip);
    expect(r.code).toBe(0);
    const probe = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(probe).toMatchObject({
      durationMs: 2000,
      width: 320,
      height: 240,
      rotation: 0,
      fps: 30,
      variableFrameRate: false,
      hasAudio: true,
      videoCodec: 'h264',
    });
  });

  it('new, import and dump a project; bad files exit 2 naming the file; valid ones are kept', () => {
    const project = join(tmp.dir, 'demo.medclip');
    expect(medclip('new', project, '--name', 'Knee anatomy').code).toBe(0);
    const empty = join(tmp.dir, 'empty.mp4');
    writeFileSync(empty, '');
    const imp = medclip('import', project, clip, empty);
    expect(imp.code).toBe(2);
    expect(imp.stderr).toContain('empty.mp4');
    const dump = medclip('dump', project);
    expect(dump.code).toBe(0);
    const doc = JSON.parse(dump.stdout) as {
      name: string;
      format: { width: number; height: number; fps: number };
      media: { name: string; probe: { durationMs: number } }[];
      tracks: { video: { mediaId: string; start: number }[] };
    };
    expect(doc.name).toBe('Knee anatomy');
    expect(doc.format).toMatchObject({ width: 1080, height: 1920, fps: 30 });
    expect(doc.media.map((m) => m.name)).toEqual(['clip.mp4']);
    expect(doc.tracks.video).toHaveLength(1);
    // A second import appends the clip at the end of the video track.
    expect(medclip('import', project, clip).code).toBe(0);
    const doc2 = JSON.parse(medclip('dump', project).stdout) as typeof doc;
    expect(doc2.tracks.video.map((c) => c.start)).toEqual([0, 2000]);
  });

  it('refuses bad arguments and bad files with exit 2 and a reason naming the file', () => {
    expect(medclip('new').code).toBe(2);
    expect(medclip('frobnicate').code).toBe(2);
    const text = join(tmp.dir, 'notes.mp4');
    writeFileSync(text, 'these are not video frames\n'.repeat(100));
    const r = medclip('info', text);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('notes.mp4');
    const missing = medclip('dump', join(tmp.dir, 'nope.medclip'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.medclip');
    const notProject = medclip('dump', clip);
    expect(notProject.code).toBe(2);
    expect(notProject.stderr).toMatch(/not a MedClip project/);
  });

  it('--help works on every command', () => {
    for (const verb of ['info', 'new', 'import', 'dump']) {
      const r = medclip(verb, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`medclip ${verb}`);
    }
    expect(medclip('--help').stdout).toContain('Commands:');
  });
});
