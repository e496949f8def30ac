import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ProcessAbortedError,
  ProcessFailedError,
  ProcessSpawnError,
  ProcessTimeoutError,
} from '../../../../../main/engine/ffmpeg/errors';
import { getFfmpegPaths } from '../../../../../main/engine/ffmpeg/paths';
import {
  createProgressReader,
  type ProgressSnapshot,
} from '../../../../../main/engine/ffmpeg/progress';
import {
  recentCommands,
  RECENT_COMMANDS_LIMIT,
  runProcess,
} from '../../../../../main/engine/ffmpeg/runner';

const ffmpeg = getFfmpegPaths().ffmpeg;

/** A real-time encode of 60 s of test pattern: runs until stopped. */
const LONG_ENCODE = [
  '-hide_banner',
  '-v',
  'error',
  // -re reads the input at its native rate, so 60 s of input takes 60 s.
  '-re',
  '-f',
  'lavfi',
  '-i',
  'testsrc2=size=160x120:rate=10:duration=60',
  '-f',
  'null',
  '-',
];

/**
 * Whether the process still runs. A killed grandchild is re-parented to PID 1, which may be
 * slow to reap it: a zombie ("Z" in /proc/<pid>/stat) answers kill(pid, 0) but runs no more.
 */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true; // No /proc (macOS): kill(pid, 0) is all we have.
  }
}

function recordOf(label: string) {
  const record = recentCommands().find((r) => r.label === label);
  if (!record) throw new Error(`no record for ${label}`);
  return record;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the process to fail');
    },
    (error: unknown) => error,
  );
}

describe('runProcess', () => {
  it('returns stdout and records a successful command', async () => {
    const args = ['-hide_banner', '-v', 'error', '-f', 'lavfi', '-i', 'sine=duration=0.1'];
    const result = await runProcess({
      bin: ffmpeg,
      args: [...args, '-f', 's16le', '-ac', '1', '-ar', '8000', 'pipe:1'],
      label: 'pcm ok',
    });
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBe(1600); // 0.1 s x 8000 Hz x 2 bytes
    expect(result.stdoutTruncated).toBe(false);
    expect(recordOf('pcm ok')).toMatchObject({
      outcome: 'ok',
      exitCode: 0,
      bin: ffmpeg,
      pid: result.pid,
    });
    expect(recordOf('pcm ok').args).toContain('pipe:1');
    expect(recordOf('pcm ok').endedAt).toBeGreaterThanOrEqual(recordOf('pcm ok').startedAt);
  });

  it('caps buffered stdout', async () => {
    const result = await runProcess({
      bin: ffmpeg,
      args: ['-v', 'error', '-f', 'lavfi', '-i', 'sine=duration=1', '-f', 's16le', 'pipe:1'],
      label: 'capped',
      maxStdoutBytes: 1000,
    });
    expect(result.stdout.length).toBe(1000);
    expect(result.stdoutTruncated).toBe(true);
  });

  it('streams progress blocks through onStdoutChunk', async () => {
    const blocks: ProgressSnapshot[] = [];
    const read = createProgressReader((b) => blocks.push(b));
    await runProcess({
      bin: ffmpeg,
      args: [
        ...['-hide_banner', '-nostats', '-v', 'error', '-progress', 'pipe:1'],
        ...['-f', 'lavfi', '-i', 'testsrc2=size=160x120:rate=25:duration=1', '-f', 'null', '-'],
      ],
      label: 'progress',
      onStdoutChunk: (chunk) => read(chunk.toString('utf8')),
    });
    const last = blocks.at(-1);
    expect(last?.done).toBe(true);
    expect(last?.frame).toBe(25);
    expect(last?.outTimeMs).toBeGreaterThanOrEqual(960);
    expect(last?.outTimeMs).toBeLessThanOrEqual(1040);
  });

  it('fails with the exit code, the command and the stderr tail', async () => {
    const lines: string[] = [];
    const error = await rejection(
      runProcess({
        bin: ffmpeg,
        args: ['-hide_banner', '-protocol_whitelist', 'file', '-i', 'file:/no/such/clip.mp4'],
        label: 'missing input',
        onStderrLine: (line) => lines.push(line),
      }),
    );
    expect(error).toBeInstanceOf(ProcessFailedError);
    const failed = error as ProcessFailedError;
    expect(failed.exitCode).not.toBe(0);
    expect(failed.stderrTail).toMatch(/No such file or directory/);
    expect(failed.command).toContain('file:/no/such/clip.mp4');
    expect(lines.some((l) => l.includes('No such file'))).toBe(true);
    expect(recordOf('missing input')).toMatchObject({ outcome: 'failed' });
    expect(recordOf('missing input').stderrTail).toMatch(/No such file/);
  });

  it('reports an executable that does not exist', async () => {
    const error = await rejection(
      runProcess({ bin: '/no/such/ffmpeg', args: ['-version'], label: 'no binary' }),
    );
    expect(error).toBeInstanceOf(ProcessSpawnError);
    expect((error as Error).message).toMatch(/ENOENT/);
    expect(recordOf('no binary').outcome).toBe('spawn-error');
  });

  it('cancel sends q: ffmpeg stops by itself, well within the grace period', async () => {
    const controller = new AbortController();
    const running = runProcess({
      bin: ffmpeg,
      args: LONG_ENCODE,
      label: 'cancel with q',
      signal: controller.signal,
    });
    await new Promise((r) => setTimeout(r, 700));
    const pid = recordOf('cancel with q').pid;
    expect(pid).not.toBeNull();
    expect(isAlive(pid ?? -1)).toBe(true);
    const abortedAt = Date.now();
    controller.abort();
    const error = await rejection(running);
    const took = Date.now() - abortedAt;
    expect(error).toBeInstanceOf(ProcessAbortedError);
    expect(took).toBeLessThan(2000 + 1000);
    expect(isAlive(pid ?? -1)).toBe(false);
    // It exited on its own (q), not by SIGKILL.
    expect(recordOf('cancel with q')).toMatchObject({ outcome: 'aborted', exitSignal: null });
  });

  it('a process that ignores q is killed after the grace period', async () => {
    const controller = new AbortController();
    const graceMs = 600;
    const running = runProcess({
      bin: ffmpeg,
      // -nostdin: this ffmpeg never reads the q.
      args: ['-nostdin', ...LONG_ENCODE],
      label: 'ignores q',
      signal: controller.signal,
      graceMs,
    });
    await new Promise((r) => setTimeout(r, 500));
    const pid = recordOf('ignores q').pid ?? -1;
    const abortedAt = Date.now();
    controller.abort();
    const error = await rejection(running);
    const took = Date.now() - abortedAt;
    expect(error).toBeInstanceOf(ProcessAbortedError);
    expect(took).toBeGreaterThanOrEqual(graceMs - 20);
    expect(took).toBeLessThan(graceMs + 1000);
    expect(isAlive(pid)).toBe(false);
    expect(recordOf('ignores q').exitSignal).toBe('SIGKILL');
  });

  it('kills the whole process tree, not only the child', async () => {
    const controller = new AbortController();
    let grandchild = -1;
    const running = runProcess({
      bin: 'sh',
      args: ['-c', 'sleep 30 & echo $!; wait'],
      label: 'tree',
      signal: controller.signal,
      graceMs: 200,
      onStdoutChunk: (chunk) => {
        grandchild = Number(chunk.toString().trim());
      },
    });
    const started = Date.now();
    while (grandchild < 0 && Date.now() - started < 5000) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(isAlive(grandchild)).toBe(true);
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(ProcessAbortedError);
    // The grandchild was in the same process group; give the kernel a moment to reap it.
    const deadline = Date.now() + 1000;
    while (isAlive(grandchild) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(isAlive(grandchild)).toBe(false);
  });

  it('times out like a cancel but with ProcessTimeoutError', async () => {
    const startedAt = Date.now();
    const error = await rejection(
      runProcess({ bin: ffmpeg, args: LONG_ENCODE, label: 'too slow', timeoutMs: 400 }),
    );
    expect(error).toBeInstanceOf(ProcessTimeoutError);
    expect((error as ProcessTimeoutError).timeoutMs).toBe(400);
    expect(Date.now() - startedAt).toBeLessThan(400 + 2000);
    const record = recordOf('too slow');
    expect(record.outcome).toBe('timeout');
    expect(isAlive(record.pid ?? -1)).toBe(false);
  });

  it('does not start at all when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(
      runProcess({
        bin: ffmpeg,
        args: LONG_ENCODE,
        label: 'pre-aborted',
        signal: controller.signal,
      }),
    );
    expect(error).toBeInstanceOf(ProcessAbortedError);
    expect(recordOf('pre-aborted')).toMatchObject({ outcome: 'aborted', pid: null });
  });

  it(`keeps only the last ${RECENT_COMMANDS_LIMIT} commands`, async () => {
    for (let i = 0; i < RECENT_COMMANDS_LIMIT + 3; i++) {
      await runProcess({ bin: 'true', args: [String(i)], label: `ring ${i}`, stdin: 'ignore' });
    }
    const records = recentCommands();
    expect(records).toHaveLength(RECENT_COMMANDS_LIMIT);
    expect(records.at(-1)?.label).toBe(`ring ${RECENT_COMMANDS_LIMIT + 2}`);
    expect(records[0]?.label).toBe('ring 3');
  });
});
