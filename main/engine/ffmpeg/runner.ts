import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import {
  ProcessAbortedError,
  ProcessFailedError,
  ProcessSpawnError,
  ProcessTimeoutError,
} from './errors';
import { CommandHistory, type CommandRecord, type CommandRecordUpdate } from './history';
import { killProcessTree, signalGroup } from './kill';
import { formatCommand, LineSplitter, TailBuffer } from './lines';

/**
 * THE process runner: every ffmpeg and ffprobe process of the engine starts here. It spawns
 * without a shell, in its own process group, bounds what it buffers, and owns cancellation:
 * `q` on stdin (ffmpeg's own "stop and finish the file"), a grace period, then SIGKILL to the
 * whole group, then a bounded wait for the exit to be confirmed.
 */

export interface RunProcessOptions {
  bin: string;
  args: readonly string[];
  /** What the process is for, shown in errors and in recentCommands(). */
  label: string;
  signal?: AbortSignal;
  /** Stop the process (like a cancel) after this long and fail with ProcessTimeoutError. */
  timeoutMs?: number;
  /** How long a cancelled process gets to exit after `q` before it is killed. */
  graceMs?: number;
  /**
   * 'pipe' (default) keeps stdin open so cancel can send `q`; do not pass -nostdin then.
   * 'ignore' suits processes that never read stdin (ffprobe): cancel sends SIGTERM instead.
   */
  stdin?: 'pipe' | 'ignore';
  onStderrLine?: (line: string) => void;
  /** When given, stdout is streamed here and not buffered. */
  onStdoutChunk?: (chunk: Buffer) => void;
  /** Cap on buffered stdout; what exceeds it is dropped and `stdoutTruncated` is set. */
  maxStdoutBytes?: number;
}

export interface ProcessResult {
  code: number;
  pid: number;
  /** Buffered stdout (empty when onStdoutChunk was given). */
  stdout: Buffer;
  stdoutTruncated: boolean;
  stderrTail: string;
  durationMs: number;
}

export const DEFAULT_GRACE_MS = 2000;
export const RECENT_COMMANDS_LIMIT = 20;
const DEFAULT_MAX_STDOUT_BYTES = 32 * 1024 * 1024;
const STDERR_TAIL_LINES = 30;
/** How long to wait for the exit event after SIGKILL before giving up on confirmation. */
const EXIT_CONFIRM_MS = 5000;
/** How long to wait for stdio to close after exit (a leftover grandchild may hold the pipes). */
const CLOSE_AFTER_EXIT_MS = 1000;

const history = new CommandHistory(RECENT_COMMANDS_LIMIT);

/** The last RECENT_COMMANDS_LIMIT processes (oldest first), including ones still running. */
export function recentCommands(): CommandRecord[] {
  return history.list();
}

const livePids = new Set<number>();
let exitHookInstalled = false;

/** Children must not outlive the app: on exit, kill every group still running. */
function trackLivePid(pid: number): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const livePid of livePids) {
        if (process.platform === 'win32') {
          try {
            process.kill(livePid);
          } catch {
            // Already gone.
          }
        } else {
          signalGroup(livePid, 'SIGKILL');
        }
      }
    });
  }
  livePids.add(pid);
}

type StopReason = 'aborted' | 'timeout' | 'callback';

export async function runProcess(options: RunProcessOptions): Promise<ProcessResult> {
  const { bin, args, label } = options;
  const command = formatCommand(bin, args);
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const maxStdoutBytes = options.maxStdoutBytes ?? DEFAULT_MAX_STDOUT_BYTES;
  const pipeStdin = (options.stdin ?? 'pipe') === 'pipe';
  const startedAt = Date.now();
  const recordId = history.start({ label, bin, args, startedAt });
  const tail = new TailBuffer(STDERR_TAIL_LINES);
  const finish = (change: CommandRecordUpdate): void =>
    history.update(recordId, { endedAt: Date.now(), stderrTail: tail.toString(), ...change });

  if (options.signal?.aborted) {
    finish({ outcome: 'aborted' });
    throw new ProcessAbortedError({ label, command, stderrTail: '' });
  }

  let child: ChildProcess;
  try {
    child = spawn(bin, [...args], {
      shell: false,
      // Own process group on POSIX so cancel can kill the whole tree through -pid.
      detached: process.platform !== 'win32',
      windowsHide: true,
      stdio: [pipeStdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
  } catch (cause) {
    finish({ outcome: 'spawn-error' });
    throw new ProcessSpawnError({ label, command, cause });
  }

  // Both are pipes by construction; spawn's types cannot know that from a computed stdio array.
  const stdoutStream = child.stdout as Readable;
  const stderrStream = child.stderr as Readable;
  const spawnOutcome = new Promise<Error | null>((resolve) => {
    child.once('spawn', () => resolve(null));
    child.once('error', (error) => resolve(error));
  });
  // Later 'error' events (a failed kill) must not crash the app; the exit path reports.
  child.on('error', () => {});
  child.stdin?.on('error', () => {});
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
    if (child.pid !== undefined) livePids.delete(child.pid);
  });

  let stopReason: StopReason | null = null;
  let stopping: Promise<void> | null = null;
  let callbackError: unknown = null;

  const stopGracefully = async (): Promise<void> => {
    const pid = child.pid;
    if (pipeStdin && child.stdin?.writable) {
      child.stdin.write('q\n');
    } else if (pid !== undefined) {
      await killProcessTree(pid, 'SIGTERM');
    }
    const exitedInGrace = await settlesWithin(exited, graceMs);
    if (pid === undefined) return;
    // After a clean exit this only reaches stragglers left in the group; Windows pids can be
    // reused at once, so there the tree is only killed while the process is known alive.
    if (!exitedInGrace || process.platform !== 'win32') await killProcessTree(pid, 'SIGKILL');
    if (!exitedInGrace) await settlesWithin(exited, EXIT_CONFIRM_MS);
  };
  const stop = (reason: StopReason): void => {
    if (stopReason !== null || hasExited) return;
    stopReason = reason;
    stopping = stopGracefully();
  };

  const onAbort = (): void => stop('aborted');
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const timeoutTimer =
    options.timeoutMs !== undefined ? setTimeout(() => stop('timeout'), options.timeoutMs) : null;
  const cleanup = (): void => {
    options.signal?.removeEventListener('abort', onAbort);
    if (timeoutTimer) clearTimeout(timeoutTimer);
  };

  const stdoutChunks: Buffer[] = [];
  let stdoutBytes = 0;
  let stdoutTruncated = false;
  stdoutStream.on('data', (chunk: Buffer) => {
    if (options.onStdoutChunk) {
      try {
        options.onStdoutChunk(chunk);
      } catch (error) {
        callbackError ??= error;
        stop('callback');
      }
      return;
    }
    const room = maxStdoutBytes - stdoutBytes;
    if (chunk.length > room) {
      stdoutTruncated = true;
      if (room > 0) stdoutChunks.push(chunk.subarray(0, room));
      stdoutBytes = maxStdoutBytes;
      return;
    }
    stdoutChunks.push(chunk);
    stdoutBytes += chunk.length;
  });
  const stderrLines = new LineSplitter((line) => {
    tail.push(line);
    if (!options.onStderrLine) return;
    try {
      options.onStderrLine(line);
    } catch (error) {
      callbackError ??= error;
      stop('callback');
    }
  });
  stderrStream.on('data', (chunk: Buffer) => stderrLines.push(chunk));
  stderrStream.once('end', () => stderrLines.end());

  const spawnError = await spawnOutcome;
  if (spawnError) {
    cleanup();
    finish({ outcome: 'spawn-error' });
    throw new ProcessSpawnError({ label, command, cause: spawnError });
  }
  const pid = child.pid as number;
  history.update(recordId, { pid });
  trackLivePid(pid);

  const exit = await exited;
  if (!(await settlesWithin(closed, CLOSE_AFTER_EXIT_MS))) {
    stdoutStream.destroy();
    stderrStream.destroy();
    stderrLines.end();
  }
  if (stopping) await stopping;
  cleanup();

  const stderrTail = tail.toString();
  const exitInfo = { exitCode: exit.code, exitSignal: exit.signal };
  const finalReason = stopReason as StopReason | null;
  if (finalReason === 'aborted') {
    finish({ outcome: 'aborted', ...exitInfo });
    throw new ProcessAbortedError({ label, command, stderrTail });
  }
  if (finalReason === 'timeout') {
    finish({ outcome: 'timeout', ...exitInfo });
    throw new ProcessTimeoutError({
      label,
      command,
      stderrTail,
      timeoutMs: options.timeoutMs ?? 0,
    });
  }
  if (finalReason === 'callback') {
    finish({ outcome: 'failed', ...exitInfo });
    throw callbackError;
  }
  if (exit.code !== 0) {
    finish({ outcome: 'failed', ...exitInfo });
    throw new ProcessFailedError({ label, command, stderrTail, ...exitInfo });
  }
  finish({ outcome: 'ok', ...exitInfo });
  return {
    code: 0,
    pid,
    stdout: Buffer.concat(stdoutChunks),
    stdoutTruncated,
    stderrTail,
    durationMs: Date.now() - startedAt,
  };
}

/** True when the promise settled within `ms`; the timer never outlives the wait. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
