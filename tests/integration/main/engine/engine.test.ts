import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOrThrow } from '../../../../main/engine/api/dispatch';
import { createEngine, type Engine } from '../../../../main/engine/engine';
import type { ApiMethod, ApiRequest } from '../../../../shared/api';
import { makeTestClip } from '../../../support/media';
import { tempDir } from '../../../support/temp';

let tmp: ReturnType<typeof tempDir>;
let engines: Engine[];

function engine(): Engine {
  const e = createEngine({ host: 'browser', userDataDir: join(tmp.dir, 'user') });
  engines.push(e);
  return e;
}
const call = <M extends ApiMethod>(e: Engine, method: M, req: ApiRequest<M>) =>
  callOrThrow((m, r) => e.call(m, r), method, req);

beforeEach(() => {
  tmp = tempDir();
  engines = [];
});
afterEach(async () => {
  for (const e of engines) await e.close();
  tmp.cleanup();
});

describe('engine', () => {
  it('creates a project, imports as one undo step, and every acknowledged edit survives a reopen', async () => {
    const e = engine();
    const path = join(tmp.dir, 'knee.medclip');
    const created = await call(e, 'project.create', { path, name: 'Knee' });
    expect(created.document.format).toMatchObject({ width: 1080, height: 1920, fps: 30 });
    const clip = makeTestClip(tmp.dir, 'a.mp4');
    const imported = await call(e, 'media.import', { projectId: created.projectId, paths: [clip] });
    expect(imported.errors).toEqual([]);
    expect(imported.document.media).toHaveLength(1);
    expect(imported.document.tracks.video).toHaveLength(1);
    expect(imported.step?.label).toBe('Import a.mp4');
    const frames = await call(e, 'media.thumbnails', {
      projectId: created.projectId,
      mediaId: imported.imported[0]!.mediaId,
    });
    expect(frames.frames.length).toBeGreaterThan(0);
    expect(frames.frames[0]).toMatch(/^data:image\/jpeg;base64,/);

    // Undo the import as the renderer would: its inverse, as one group.
    await call(e, 'project.apply', {
      projectId: created.projectId,
      invocations: imported.step!.inverse,
      label: 'Undo import',
      kind: 'undo',
    });
    await call(e, 'project.apply', {
      projectId: created.projectId,
      invocations: [{ name: 'project.rename', args: { name: 'Knee pain' } }],
      label: 'Rename',
      kind: 'do',
    });
    await call(e, 'project.close', { projectId: created.projectId });

    const reopened = await call(engine(), 'project.open', { path });
    expect(reopened.document.name).toBe('Knee pain');
    expect(reopened.document.media).toEqual([]);
    expect(reopened.document.tracks.video).toEqual([]);
  });

  it('rejects an invalid command without changing the document or the file', async () => {
    const e = engine();
    const path = join(tmp.dir, 'p.medclip');
    const { projectId, seq } = await call(e, 'project.create', { path, name: 'P' });
    const r = await e.call('project.apply', {
      projectId,
      invocations: [{ name: 'clip.remove', args: { id: 'clip_nothere' } }],
      label: 'x',
      kind: 'do',
    });
    expect(r.ok).toBe(false);
    const doc = await call(e, 'project.document', { projectId });
    expect(doc.seq).toBe(seq);
  });

  it('lists the project in recent projects and marks missing ones', async () => {
    const e = engine();
    const path = join(tmp.dir, 'recent.medclip');
    await call(e, 'project.create', { path, name: 'Recent' });
    const recent = await call(e, 'project.recent', {});
    expect(recent.projects[0]).toMatchObject({ path, name: 'Recent', exists: true });
  });

  it('a second engine (another window) gets a clear "open in another window" error', async () => {
    const path = join(tmp.dir, 'locked.medclip');
    await call(engine(), 'project.create', { path, name: 'Locked' });
    const r = await engine().call('project.open', { path });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('project-locked');
      expect(r.error.message).toMatch(/open in another window/);
    }
  });
});

describe('opening stills', () => {
  it('makes the opening still when a project closes, and a reopen reads it from the cache', async () => {
    const e = engine();
    const path = join(tmp.dir, 'knee.medclip');
    const created = await call(e, 'project.create', { path, name: 'Knee' });
    const clip = makeTestClip(tmp.dir, 'a.mp4', { audio: false });
    const imported = await call(e, 'media.import', { projectId: created.projectId, paths: [clip] });
    const asset = imported.document.media[0]!;
    await call(e, 'project.close', { projectId: created.projectId });
    await e.close();
    const stills = join(`${path}.cache`, 'stills');
    const cached = join(stills, `${asset.contentHash}-0.jpg`);
    expect(readdirSync(stills)).toEqual([`${asset.contentHash}-0.jpg`]);
    expect(readFileSync(cached).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));

    // What the editor gets on the next open is the cached file (marked here), not a new decode.
    const marked = Buffer.concat([readFileSync(cached), Buffer.from('cached')]);
    writeFileSync(cached, marked);
    const again = engine();
    const opened = await call(again, 'project.open', { path });
    const still = await call(again, 'media.previewStill', {
      projectId: opened.projectId,
      mediaId: asset.id,
      sourceMs: 0,
    });
    expect(Buffer.from(still.url.split(',')[1]!, 'base64').equals(marked)).toBe(true);
  });

  it('the command line makes no stills', async () => {
    const e = engine();
    const path = join(tmp.dir, 'cli.medclip');
    const created = await call(e, 'project.create', { path, name: 'CLI' });
    await call(e, 'media.import', {
      projectId: created.projectId,
      paths: [makeTestClip(tmp.dir, 'b.mp4', { audio: false })],
    });
    await call(e, 'project.close', { projectId: created.projectId });
    await e.close();
    rmSync(`${path}.cache`, { recursive: true, force: true });
    const cli = createEngine({ host: 'cli', userDataDir: join(tmp.dir, 'user') });
    engines.push(cli);
    const opened = await call(cli, 'project.open', { path });
    await call(cli, 'project.close', { projectId: opened.projectId });
    await cli.close();
    expect(existsSync(join(`${path}.cache`, 'stills'))).toBe(false);
  });
});

describe('project location', () => {
  it('creates the one missing project folder (the default "MedClip Projects") but not a whole tree', async () => {
    const e = engine();
    const created = await call(e, 'project.create', {
      path: join(tmp.dir, 'MedClip Projects', 'a.medclip'),
      name: 'A',
    });
    expect(created.path).toContain('MedClip Projects');
    const deep = await e.call('project.create', {
      path: join(tmp.dir, 'x', 'y', 'b.medclip'),
      name: 'B',
    });
    expect(deep.ok).toBe(false);
    if (!deep.ok) expect(deep.error.message).toMatch(/does not exist/);
  });
});
