import { EngineError } from '../errors';

/**
 * Why an export did not produce a file. `aborted` is the user's choice, not a failure; the
 * others carry a message a person can act on and `details` a program can read.
 */
export type RenderErrorCode =
  | 'source-missing'
  | 'too-long'
  | 'disk-full'
  | 'export-blocked'
  | 'nothing-to-export'
  | 'invalid-args'
  | 'encode-failed'
  | 'verify-failed'
  | 'aborted';

export class RenderError extends EngineError {
  declare readonly code: RenderErrorCode;
  constructor(code: RenderErrorCode, message: string, details?: unknown, options?: ErrorOptions) {
    super(code, message, details);
    this.name = 'RenderError';
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** "m:ss" (or "h:mm:ss") for messages about lengths. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const secs = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}

/** Bytes as "1.2 GB" / "350 MB" for disk messages. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
