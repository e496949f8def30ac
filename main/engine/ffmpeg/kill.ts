import { spawn } from 'node:child_process';

/**
 * Signals a whole process tree. On POSIX the runner starts each child as the leader of its own
 * process group (`detached: true`), so the negative pid reaches the child and anything it
 * started. On Windows `taskkill /T /F` walks the tree (there is no graceful signal there).
 * Resolves once the signal was sent; "no such process" is not an error (it already ended).
 */
export async function killProcessTree(
  pid: number,
  signal: 'SIGTERM' | 'SIGKILL',
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  if (platform === 'win32') {
    await new Promise<void>((resolve) => {
      const killer = spawn('taskkill', ['/PID', String(pid), '/T', '/F'], {
        stdio: 'ignore',
        windowsHide: true,
      });
      killer.once('error', () => resolve());
      killer.once('exit', () => resolve());
    });
    return;
  }
  signalGroup(pid, signal);
}

/** Synchronous POSIX variant, usable from a process 'exit' handler. */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (errnoOf(error) === 'ESRCH') return;
    // Not a group leader after all (should not happen): signal the process itself.
    try {
      process.kill(pid, signal);
    } catch {
      // Gone already.
    }
  }
}

function errnoOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}
