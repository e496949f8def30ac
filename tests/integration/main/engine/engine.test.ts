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
