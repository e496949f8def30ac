import { randomUUID } from 'node:crypto';
import type { ExportJobInfo } from '../../../shared/api/calls/render';
import { RenderError } from './errors';
import type { ExportResult, RunExportOptions } from './job';
import { runExport } from './job';

/**
 * The engine's export queue: exports run one at a time (each already uses every core), in the
 * order they were asked for. Every change of a job is pushed through `publish` (the engine's
 * `job` event). A cancelled job ends `aborted`, which is not an error.
 */

export interface ExportRequest {
  label: string;
  options: Omit<RunExportOptions, 'signal' | 'onProgress'>;
}

export interface ExportQueueOptions {
  publish: (job: ExportJobInfo) => void;
  /** The export itself; a test may substitute it. */
  run?: (options: RunExportOptions) => Promise<ExportResult>;
  /** Finished jobs kept for `list()` (the oldest are forgotten first). */
  keepFinished?: number;
}

export interface FinishedJob {
  info: ExportJobInfo;
  result: ExportResult | null;
  /** The error's details (e.g. which sources are missing), when it failed. */
  errorDetails: unknown;
}

interface Job extends FinishedJob {
  request: ExportRequest;
  controller: AbortController;
  settled: Promise<FinishedJob>;
  settle: (job: FinishedJob) => void;
}

const FINISHED = new Set<ExportJobInfo['status']>(['success', 'error', 'aborted']);

export class ExportQueue {
  private readonly jobs: Job[] = [];
  /** Jobs queued since the queue was last idle: what total progress is measured over. */
  private batch = new Set<string>();
  private running: Job | null = null;
  private closed = false;
  private readonly run: (options: RunExportOptions) => Promise<ExportResult>;
  private readonly keepFinished: number;

  constructor(private readonly options: ExportQueueOptions) {
    this.run = options.run ?? runExport;
    this.keepFinished = options.keepFinished ?? 50;
  }

  enqueue(request: ExportRequest): ExportJobInfo {
    if (this.closed) throw new RenderError('aborted', 'The engine is shutting down.');
    if (!this.jobs.some((job) => !FINISHED.has(job.info.status))) this.batch = new Set();
    let settle: (job: FinishedJob) => void = () => {};
    const settled = new Promise<FinishedJob>((resolve) => {
      settle = resolve;
    });
    const job: Job = {
      info: {
        id: `export_${randomUUID()}`,
        kind: 'export',
        label: request.label,
        status: 'queued',
        progress: 0,
        fps: null,
        etaMs: null,
        error: null,
        errorCode: null,
        preset: request.options.preset,
        outPath: request.options.outPath,
        result: null,
      },
      result: null,
      errorDetails: undefined,
      request,
      controller: new AbortController(),
      settled,
      settle,
    };
    this.jobs.push(job);
    this.batch.add(job.info.id);
    this.publish(job);
    queueMicrotask(() => this.pump());
    return { ...job.info };
  }

  /** Cancels a queued or running job; false when it is unknown or already finished. */
  cancel(id: string): boolean {
    const job = this.jobs.find((j) => j.info.id === id);
    if (!job || FINISHED.has(job.info.status)) return false;
    if (job.info.status === 'queued') {
      this.finish(job, { status: 'aborted' });
      return true;
    }
    job.controller.abort();
    return true;
  }

  /** Cancels everything and resolves once the running export has stopped and cleaned up. */
  async cancelAll(): Promise<void> {
    const pending = this.jobs.filter((job) => !FINISHED.has(job.info.status));
    for (const job of pending) this.cancel(job.info.id);
    await Promise.all(pending.map((job) => job.settled));
  }

  /** Refuses new jobs and cancels the rest (engine shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    await this.cancelAll();
  }

  list(): ExportJobInfo[] {
    return this.jobs.map((job) => ({ ...job.info }));
  }

  /** Resolves when the job has finished, whatever its status. */
  async wait(id: string): Promise<FinishedJob> {
    const job = this.jobs.find((j) => j.info.id === id);
    if (!job) throw new RenderError('invalid-args', `There is no export job "${id}".`);
    return job.settled;
  }

  /** 0..1 over the current batch; finished jobs (whatever their outcome) count as done. */
  totalProgress(): number {
    const batch = this.jobs.filter((job) => this.batch.has(job.info.id));
    if (batch.length === 0) return 0;
    const sum = batch.reduce(
      (total, job) => total + (FINISHED.has(job.info.status) ? 1 : job.info.progress),
      0,
    );
    return sum / batch.length;
  }

  private publish(job: Job): void {
    this.options.publish({ ...job.info });
  }

  private pump(): void {
    if (this.running) return;
    const next = this.jobs.find((job) => job.info.status === 'queued');
    if (!next) return;
    this.running = next;
    next.info.status = 'running';
    this.publish(next);
    void this.execute(next).finally(() => {
      this.running = null;
      this.pump();
    });
  }

  private async execute(job: Job): Promise<void> {
    try {
      const result = await this.run({
        ...job.request.options,
        signal: job.controller.signal,
        onProgress: (progress) => {
          if (job.info.status !== 'running') return;
          job.info.progress = progress.progress;
          job.info.fps = progress.fps;
          job.info.etaMs = progress.etaMs;
          this.publish(job);
        },
      });
      job.result = result;
      this.finish(job, {
        status: 'success',
        result: {
          outPath: result.outPath,
          durationMs: result.durationMs,
          sizeBytes: result.sizeBytes,
          sidecars: result.sidecars,
          review: result.review,
          ...(result.privacyOverride ? { privacyOverride: result.privacyOverride } : {}),
          ...(result.privacyWarnings ? { privacyWarnings: result.privacyWarnings } : {}),
        },
      });
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (code === 'aborted' || job.controller.signal.aborted) {
        this.finish(job, { status: 'aborted' });
        return;
      }
      job.errorDetails = (error as { details?: unknown } | null)?.details;
      this.finish(job, {
        status: 'error',
        error: error instanceof Error ? error.message : String(error),
        errorCode: typeof code === 'string' ? code : 'internal',
      });
    }
  }

  private finish(job: Job, change: Partial<ExportJobInfo>): void {
    Object.assign(job.info, { fps: null, etaMs: null }, change);
    if (job.info.status === 'success') job.info.progress = 1;
    this.publish(job);
    job.settle({ info: { ...job.info }, result: job.result, errorDetails: job.errorDetails });
    this.forgetOldJobs();
  }

  private forgetOldJobs(): void {
    const finished = this.jobs.filter((job) => FINISHED.has(job.info.status));
    const excess = finished.length - this.keepFinished;
    for (const job of finished.slice(0, Math.max(0, excess))) {
      this.jobs.splice(this.jobs.indexOf(job), 1);
      this.batch.delete(job.info.id);
    }
  }
}
