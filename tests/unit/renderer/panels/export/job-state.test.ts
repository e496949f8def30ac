import { describe, expect, it } from 'vitest';
import {
  addStartedJob,
  applyJobEvent,
  batchProgress,
  extendBatch,
  mergeJobLists,
  type JobEvent,
} from '../../../../../renderer/panels/export/job-state';
import { exportJob } from './jobs';

function event(id: string, overrides: Partial<JobEvent> = {}): JobEvent {
  return {
    id,
    kind: 'export',
    label: id,
    status: 'running',
    progress: 0.5,
    etaMs: 4000,
    fps: 72,
    error: null,
    ...overrides,
  };
}

describe('applyJobEvent', () => {
  it('moves a known job along with the event figures', () => {
    const outcome = applyJobEvent([exportJob('a')], event('a', { progress: 0.6, fps: 80 }));
    expect(outcome.needsRefresh).toBe(false);
    expect(outcome.jobs[0]).toMatchObject({ progress: 0.6, fps: 80, etaMs: 4000 });
  });

  it('asks for the list when a job it has not seen appears, or one ends', () => {
    expect(applyJobEvent([], event('new')).needsRefresh).toBe(true);
    const ended = applyJobEvent(
      [exportJob('a')],
      event('a', { status: 'success', progress: 0.99 }),
    );
    expect(ended.needsRefresh).toBe(true);
    expect(ended.jobs[0]).toMatchObject({ status: 'success', progress: 1 });
    // The same ending twice asks only once.
    expect(applyJobEvent(ended.jobs, event('a', { status: 'success' })).needsRefresh).toBe(false);
  });

  it('never moves a job backwards and ignores other kinds of job', () => {
    const done = [exportJob('a', { status: 'aborted', progress: 0.3 })];
    expect(applyJobEvent(done, event('a', { status: 'running' })).jobs[0]?.status).toBe('aborted');
    const other = applyJobEvent([exportJob('a')], event('a', { kind: 'scan', progress: 0.9 }));
    expect(other.jobs[0]?.progress).toBe(0.25);
    expect(other.needsRefresh).toBe(false);
  });
});

describe('mergeJobLists', () => {
  it('takes the engine list, keeping what newer events already told', () => {
    const local = [
      exportJob('a', { status: 'error', error: 'ffmpeg failed' }),
      exportJob('b', { progress: 0.8 }),
      exportJob('gone'),
    ];
    const engine = [
      exportJob('a', { status: 'running' }),
      exportJob('b', { progress: 0.6 }),
      exportJob('c', { status: 'queued', progress: 0 }),
    ];
    const merged = mergeJobLists(local, engine);
    expect(merged.map((job) => [job.id, job.status, job.progress])).toEqual([
      ['a', 'error', 0.25],
      ['b', 'running', 0.8],
      ['c', 'queued', 0],
    ]);
  });

  it('takes the ending with its result from the engine', () => {
    const result = { outPath: '/tmp/out/a.mp4', durationMs: 12_000, sizeBytes: 9_000_000 };
    const merged = mergeJobLists(
      [exportJob('a', { status: 'success', progress: 1 })],
      [exportJob('a', { status: 'success', progress: 1, result })],
    );
    expect(merged[0]?.result).toEqual(result);
  });
});

describe('batches', () => {
  it('starts a new batch when nothing is running, and extends a busy one', () => {
    const idle = [exportJob('old', { status: 'success' })];
    expect(extendBatch(idle, ['old'], 'a')).toEqual(['a']);
    const busy = [exportJob('a'), exportJob('b', { status: 'queued' })];
    expect(extendBatch(busy, ['a'], 'b')).toEqual(['a', 'b']);
    expect(extendBatch(busy, ['a', 'b'], 'b')).toEqual(['a', 'b']);
  });

  it('averages the batch, counting any ending as done, while something is active', () => {
    const jobs = [
      exportJob('a', { status: 'aborted', progress: 0.1 }),
      exportJob('b', { progress: 0.5 }),
      exportJob('c', { status: 'queued', progress: 0 }),
      exportJob('other', { progress: 0.9 }),
    ];
    expect(batchProgress(jobs, ['a', 'b', 'c'])).toEqual({ total: 3, finished: 1, progress: 0.5 });
    const ended = jobs.map((job) => ({ ...job, status: 'success' as const }));
    expect(batchProgress(ended, ['a', 'b', 'c'])).toBeNull();
  });

  it('adds a started job once', () => {
    const jobs = addStartedJob([exportJob('a')], exportJob('a', { status: 'queued' }));
    expect(jobs).toHaveLength(1);
    expect(addStartedJob(jobs, exportJob('b'))).toHaveLength(2);
  });
});
