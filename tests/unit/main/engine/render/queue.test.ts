import { describe, expect, it } from 'vitest';
import type { ExportJobInfo } from '../../../../../shared/api/calls/render';
import { RenderError } from '../../../../../main/engine/render/errors';
import type { ExportResult, RunExportOptions } from '../../../../../main/engine/render/job';
import { ExportQueue, type ExportRequest } from '../../../../../main/engine/render/queue';
import { documentWith } from './plan/documents';

/** A stand-in export the test drives by hand: progress, finish, fail; honours its signal. */
function controllableRun() {
  const calls: {
    options: RunExportOptions;
    progress(p: number): void;
    succeed(): void;
    fail(error: Error): void;
  }[] = [];
  const run = (options: RunExportOptions): Promise<ExportResult> =>
    new Promise((resolve, reject) => {
      options.signal?.addEventListener('abort', () =>
        reject(new RenderError('aborted', 'cancelled')),
      );
      calls.push({
        options,
        progress: (p) =>
          options.onProgress?.({ phase: 'encoding', progress: p, fps: 50, etaMs: 1000 }),
        succeed: () =>
          resolve({
            outPath: options.outPath,
            durationMs: 3000,
            sizeBytes: 12345,
            verified: {} as ExportResult['verified'],
            sidecars: [`${options.outPath}.srt`],
            review: { state: 'none', endCard: false, text: 'Not signed off' },
          }),
        fail: reject,
      });
    });
  return { calls, run };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function request(name: string): ExportRequest {
  return {
    label: name,
    options: {
      doc: documentWith([], []),
      projectPath: '/p.medclip',
      preset: 'tiktok',
      outPath: `/out/${name}.mp4`,
      overlayFrames: async () => ({ frames: [] }),
    },
  };
}

describe('ExportQueue', () => {
  it('runs jobs one at a time, in order, publishing every change', async () => {
    const events: ExportJobInfo[] = [];
    const { calls, run } = controllableRun();
    const queue = new ExportQueue({ publish: (job) => events.push(job), run });
    const a = queue.enqueue(request('a'));
    const b = queue.enqueue(request('b'));
    expect([a.status, b.status]).toEqual(['queued', 'queued']);
    await settle();
    expect(calls).toHaveLength(1);
    expect(queue.list().map((j) => j.status)).toEqual(['running', 'queued']);
    calls[0]!.progress(0.5);
    expect(queue.totalProgress()).toBe(0.25);
    calls[0]!.succeed();
    await settle();
    expect(calls).toHaveLength(2);
    expect(queue.totalProgress()).toBe(0.5);
    calls[1]!.succeed();
    const finished = await queue.wait(b.id);
    expect(finished.info).toMatchObject({
      status: 'success',
      progress: 1,
      result: { outPath: '/out/b.mp4', durationMs: 3000, sizeBytes: 12345 },
    });
    expect(queue.totalProgress()).toBe(1);
    const forA = events.filter((e) => e.id === a.id).map((e) => [e.status, e.progress, e.fps]);
    expect(forA).toEqual([
      ['queued', 0, null],
      ['running', 0, null],
      ['running', 0.5, 50],
      ['success', 1, null],
    ]);
    // A new batch starts once the queue was idle.
    queue.enqueue(request('c'));
    expect(queue.totalProgress()).toBe(0);
  });

  it('cancels a running job to aborted (not an error) and a queued one before it starts', async () => {
    const { calls, run } = controllableRun();
    const queue = new ExportQueue({ publish: () => {}, run });
    const a = queue.enqueue(request('a'));
    const b = queue.enqueue(request('b'));
    await settle();
    expect(queue.cancel(b.id)).toBe(true);
    expect(queue.cancel(a.id)).toBe(true);
    expect((await queue.wait(a.id)).info).toMatchObject({ status: 'aborted', error: null });
    expect((await queue.wait(b.id)).info.status).toBe('aborted');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.options.signal?.aborted).toBe(true);
    expect(queue.cancel(a.id)).toBe(false);
    expect(queue.cancel('export_nope')).toBe(false);
  });

  it('keeps a failure’s code, message and details; the next job still runs', async () => {
    const { calls, run } = controllableRun();
    const queue = new ExportQueue({ publish: () => {}, run });
    const a = queue.enqueue(request('a'));
    const b = queue.enqueue(request('b'));
    await settle();
    calls[0]!.fail(
      new RenderError('source-missing', 'Source file missing: "a.mp4"', { missing: ['a'] }),
    );
    const failed = await queue.wait(a.id);
    expect(failed.info).toMatchObject({
      status: 'error',
      errorCode: 'source-missing',
      error: 'Source file missing: "a.mp4"',
    });
    expect(failed.errorDetails).toEqual({ missing: ['a'] });
    await settle();
    calls[1]!.fail(new Error('boom'));
    expect((await queue.wait(b.id)).info).toMatchObject({ errorCode: 'internal', error: 'boom' });
  });

  it('close() cancels everything, waits for it, and refuses new jobs', async () => {
    const { run } = controllableRun();
    const queue = new ExportQueue({ publish: () => {}, run });
    queue.enqueue(request('a'));
    queue.enqueue(request('b'));
    await settle();
    await queue.close();
    expect(queue.list().map((j) => j.status)).toEqual(['aborted', 'aborted']);
    expect(() => queue.enqueue(request('c'))).toThrow(/shutting down/);
    await expect(queue.wait('export_nope')).rejects.toThrow(/no export job/);
  });
});
