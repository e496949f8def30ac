import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOrThrow } from '../../../../../main/engine/api/dispatch';
import { createEngine, type Engine } from '../../../../../main/engine/engine';
import type { ExportJobInfo } from '../../../../../shared/api/calls/render';
import { tempDir } from '../../../../support/temp';
import { ffmpeg } from './export-fixtures';
import { FIXTURE_OVERRIDE_REASON } from '../../../../support/privacy';

const temp = tempDir('medclip-engine-render-');
let short: string;
let long: string;

beforeAll(async () => {
  short = path.join(temp.dir, 'short.mp4');
  long = path.join(temp.dir, 'long.mp4');
  const make = (file: string, seconds: number) =>
    ffmpeg([
      ...['-f', 'lavfi', '-i', `testsrc2=size=320x180:rate=30:duration=${seconds}`],
      ...['-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${seconds}`],
      ...[
        '-c:v',
        'libx264',
        '-preset',
        'ultrafast',
        '-pix_fmt',
        'yuv420p',
        '-c:a',
        'aac',
        '-shortest',
        file,
      ],
    ]);
  await Promise.all([make(short, 1), make(long, 20)]);
});
afterAll(() => temp.cleanup());

async function projectWith(engine: Engine, name: string, media: string) {
  const call = <M extends Parameters<typeof callOrThrow>[1]>(
    method: M,
    request: Parameters<typeof callOrThrow<M>>[2],
  ) => callOrThrow((m, r) => engine.call(m, r), method, request);
  const created = await call('project.create', {
    path: path.join(temp.dir, `${name}.medclip`),
    name,
  });
  await call('media.import', { projectId: created.projectId, paths: [media] });
  return { projectId: created.projectId, call };
}

function jobEvents(engine: Engine): ExportJobInfo[] {
  const events: ExportJobInfo[] = [];
  engine.onEvent((event, payload) => {
    if (event === 'job') events.push(payload as ExportJobInfo);
  });
  return events;
}

describe('exports through the engine', () => {
  it('render.start queues the job, job events report progress, render.wait returns the file', async () => {
    const engine = createEngine({ host: 'cli', userDataDir: path.join(temp.dir, 'user') });
    try {
      const events = jobEvents(engine);
      const { projectId, call } = await projectWith(engine, 'short', short);
      const outPath = path.join(temp.dir, 'short.mp4.out.mp4');
      const { jobId } = await call('render.start', {
        projectId,
        preset: 'reels',
        outPath,
        overridePrivacy: { reason: FIXTURE_OVERRIDE_REASON },
      });
      const done = await call('render.wait', { jobId });
      expect(done).toMatchObject({
        id: jobId,
        kind: 'export',
        status: 'success',
        progress: 1,
        result: { outPath, durationMs: 1000 },
      });
      const statuses = events.filter((e) => e.id === jobId).map((e) => e.status);
      expect(statuses[0]).toBe('queued');
      expect(statuses.at(-1)).toBe('success');
      expect(events.some((e) => e.status === 'running' && e.progress > 0 && e.progress < 1)).toBe(
        true,
      );
      const jobs = await call('render.jobs', {});
      expect(jobs.totalProgress).toBe(1);
    } finally {
      await engine.close();
    }
  });

  it('closing the engine cancels a running export: aborted, no file, no temp file', async () => {
    const engine = createEngine({ host: 'cli', userDataDir: path.join(temp.dir, 'user') });
    const events = jobEvents(engine);
    const { projectId, call } = await projectWith(engine, 'long', long);
    const outPath = path.join(temp.dir, 'long-export.mp4');
    const { jobId } = await call('render.start', {
      projectId,
      preset: 'tiktok',
      outPath,
      overridePrivacy: { reason: FIXTURE_OVERRIDE_REASON },
    });
    const waited = call('render.wait', { jobId }).catch((e: unknown) => e);
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (events.some((e) => e.status === 'running' && e.progress > 0)) {
          clearInterval(timer);
          resolve();
        }
      }, 50);
    });
    await engine.close();
    expect(await waited).toMatchObject({ code: 'aborted' });
    expect(events.at(-1)).toMatchObject({ id: jobId, status: 'aborted', error: null });
    const names = await readdir(temp.dir);
    expect(names.filter((n) => n.startsWith('long-export') || n.includes('.partial-'))).toEqual([]);
  });
});
