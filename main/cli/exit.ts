import { INPUT_ERROR_CODES } from '../engine/errors';

/** The command line's exit codes (DESIGN.md, "The command line"). */
export const EXIT = {
  ok: 0,
  failure: 1,
  invalidInput: 2,
  blockedByGate: 3,
  cancelled: 130,
} as const;

/** A failure the CLI reports as one line on stderr with a chosen exit code. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(exitCode: number, message: string) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

export function exitCodeForError(err: unknown): number {
  if (err instanceof CliError) return err.exitCode;
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'export-blocked') return EXIT.blockedByGate;
  if (code === 'aborted') return EXIT.cancelled;
  if (typeof code === 'string' && INPUT_ERROR_CODES.has(code)) return EXIT.invalidInput;
  return EXIT.failure;
}
