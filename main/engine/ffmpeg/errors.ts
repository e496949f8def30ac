/**
 * Typed errors of the ffmpeg layer. A cancelled job is an `AbortedError`: callers treat it as the
 * user's choice, never as a failure to report.
 */

/** The work was cancelled through an AbortSignal. Not a failure. */
export class AbortedError extends Error {
  constructor(message = 'The operation was cancelled.') {
    super(message);
    this.name = 'AbortedError';
  }
}

export interface ProcessErrorDetails {
  /** What the process was for, e.g. "probe clip.mp4". */
  label: string;
  /** The command as a person would type it (for logs and the diagnostics view). */
  command: string;
  /** Last lines of stderr, already bounded. */
  stderrTail: string;
}

/** The process was cancelled through its AbortSignal and has been confirmed gone. */
export class ProcessAbortedError extends AbortedError {
  readonly label: string;
  readonly command: string;
  readonly stderrTail: string;
  constructor(details: ProcessErrorDetails) {
    super(`Cancelled: ${details.label}.`);
    this.name = 'ProcessAbortedError';
    this.label = details.label;
    this.command = details.command;
    this.stderrTail = details.stderrTail;
  }
}

/** The process ran longer than its time limit and was stopped. */
export class ProcessTimeoutError extends Error {
  readonly label: string;
  readonly command: string;
  readonly stderrTail: string;
  readonly timeoutMs: number;
  constructor(details: ProcessErrorDetails & { timeoutMs: number }) {
    super(`Timed out after ${details.timeoutMs} ms: ${details.label} (${details.command}).`);
    this.name = 'ProcessTimeoutError';
    this.label = details.label;
    this.command = details.command;
    this.stderrTail = details.stderrTail;
    this.timeoutMs = details.timeoutMs;
  }
}

/** The process exited with a non-zero code or was killed by a signal it did not get from us. */
export class ProcessFailedError extends Error {
  readonly label: string;
  readonly command: string;
  readonly stderrTail: string;
  readonly exitCode: number | null;
  readonly exitSignal: string | null;
  constructor(
    details: ProcessErrorDetails & { exitCode: number | null; exitSignal: string | null },
  ) {
    const how =
      details.exitCode !== null
        ? `exit code ${details.exitCode}`
        : `signal ${details.exitSignal ?? 'unknown'}`;
    const tail = details.stderrTail.trim();
    super(`Failed (${how}): ${details.label} (${details.command})${tail ? `\n${tail}` : ''}`);
    this.name = 'ProcessFailedError';
    this.label = details.label;
    this.command = details.command;
    this.stderrTail = details.stderrTail;
    this.exitCode = details.exitCode;
    this.exitSignal = details.exitSignal;
  }
}

/** The executable could not be started at all (missing, not executable). */
export class ProcessSpawnError extends Error {
  readonly label: string;
  readonly command: string;
  constructor(details: { label: string; command: string; cause: unknown }) {
    const reason = details.cause instanceof Error ? details.cause.message : String(details.cause);
    super(`Could not start ${details.label} (${details.command}): ${reason}`, {
      cause: details.cause,
    });
    this.name = 'ProcessSpawnError';
    this.label = details.label;
    this.command = details.command;
  }
}

/** Neither FFMPEG_PATH, ffmpeg-static nor PATH gave a usable ffmpeg/ffprobe. */
export class FfmpegNotFoundError extends Error {
  readonly tool: 'ffmpeg' | 'ffprobe';
  constructor(tool: 'ffmpeg' | 'ffprobe', reason: string) {
    const envVar = tool === 'ffmpeg' ? 'FFMPEG_PATH' : 'FFPROBE_PATH';
    super(
      `${tool} was not found: ${reason}. Install ffmpeg (Debian/Ubuntu: "sudo apt-get install ffmpeg"; ` +
        `macOS: "brew install ffmpeg"; Windows: "winget install Gyan.FFmpeg") or set ${envVar} ` +
        `to the full path of the ${tool} executable.`,
    );
    this.name = 'FfmpegNotFoundError';
    this.tool = tool;
  }
}
