/**
 * Runs tasks one at a time, in the order they were queued, so the engine sees edits in the
 * order the person made them. A failed task stops the queue: the tasks behind it were built on
 * a state the engine refused, so they are dropped and handed back to the caller.
 */
export interface SendQueueCallbacks<T> {
  /** Called after every change in the number of queued or running tasks. */
  onPendingChange?(pending: number): void;
  /** A task failed; `dropped` are the ones that were waiting behind it. */
  onFailure?(error: unknown, task: T, dropped: T[]): void;
}

export class SendQueue<T> {
  private readonly waiting: T[] = [];
  private running: T | undefined;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly run: (task: T) => Promise<void>,
    private readonly callbacks: SendQueueCallbacks<T> = {},
  ) {}

  get pending(): number {
    return this.waiting.length + (this.running === undefined ? 0 : 1);
  }

  /** Tasks not yet started, oldest first. */
  get queued(): readonly T[] {
    return this.waiting;
  }

  enqueue(task: T): void {
    this.waiting.push(task);
    this.callbacks.onPendingChange?.(this.pending);
    if (this.running === undefined) void this.drain();
  }

  /** Resolves once nothing is queued or running. */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(): Promise<void> {
    while (this.running === undefined && this.waiting.length > 0) {
      const task = this.waiting.shift() as T;
      this.running = task;
      try {
        await this.run(task);
        this.running = undefined;
      } catch (error) {
        this.running = undefined;
        const dropped = this.waiting.splice(0);
        this.callbacks.onPendingChange?.(this.pending);
        this.callbacks.onFailure?.(error, task, dropped);
        break;
      }
      this.callbacks.onPendingChange?.(this.pending);
    }
    if (this.pending === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }
}
