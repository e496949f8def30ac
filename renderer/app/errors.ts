import { ApiError } from '../../shared/api';

/** A sentence a person can act on, never a bare code or a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError || error instanceof Error) {
    const message = error.message.trim();
    if (message) return message.endsWith('.') ? message : `${message}.`;
  }
  if (typeof error === 'string' && error.trim()) return error.trim();
  return 'Something went wrong, and the engine gave no reason.';
}
