import { describe, expect, it } from 'vitest';
import { SendQueue } from '../../../../renderer/editor/send-queue';
import { deferred } from '../support/fake-client';

describe('SendQueue', () => {
  it('runs tasks one at a time in order and reports the pending count', async () => {
    const gates = new Map([1, 2, 3].map((n) => [n, deferred<void>()]));
    const started: number[] = [];
    const pending: number[] = [];
    const queue = new SendQueue<number>(
      (n) => {
        started.push(n);
        return gates.get(n)?.promise ?? Promise.resolve();
      },
      { onPendingChange: (count) => pending.push(count) },
    );
    queue.enqueue(1);
    queue.enqueue(2);
    queue.enqueue(3);
    expect(started).toEqual([1]);
    expect(queue.pending).toBe(3);
    gates.get(1)?.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(started).toEqual([1, 2]);
    gates.get(2)?.resolve();
    gates.get(3)?.resolve();
    await queue.idle();
    expect(started).toEqual([1, 2, 3]);
    expect(queue.pending).toBe(0);
    expect(pending.at(-1)).toBe(0);
  });

  it('stops at a failure and hands back the tasks behind it', async () => {
    const failures: Array<{ error: unknown; task: string; dropped: string[] }> = [];
    const ran: string[] = [];
    const queue = new SendQueue<string>(
      async (task) => {
        ran.push(task);
        if (task === 'b') throw new Error('refused');
      },
      { onFailure: (error, task, dropped) => failures.push({ error, task, dropped }) },
    );
    for (const task of ['a', 'b', 'c', 'd']) queue.enqueue(task);
    await queue.idle();
    expect(ran).toEqual(['a', 'b']);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.task).toBe('b');
    expect(failures[0]?.dropped).toEqual(['c', 'd']);
    queue.enqueue('e');
    await queue.idle();
    expect(ran).toEqual(['a', 'b', 'e']);
  });

  it('is idle at once when nothing is queued', async () => {
    const queue = new SendQueue<number>(async () => undefined);
    await expect(queue.idle()).resolves.toBeUndefined();
  });
});
