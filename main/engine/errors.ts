import type { ApiErrorData } from '../../shared/api';

/** An engine failure with a stable code the renderer and CLI can act on. */
export class EngineError extends Error {
  readonly code: string;
  readonly details: unknown;
  constructor(code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.details = details;
  }
}

/** Codes that mean the caller's input was wrong (CLI exit 2), not that the engine failed. */
export const INPUT_ERROR_CODES = new Set([
  'invalid-request',
  'invalid-args',
  'unknown-command',
  'precondition',
  'missing',
  'unreadable',
  'empty',
  'not-media',
  'truncated',
  'unsupported-codec',
  'not-a-project',
  'project-exists',
  'project-locked',
  'project-corrupt',
  'project-read-only',
  'document-invalid',
  'newer-version',
  'not-found',
  // Subtitle files (captions.import).
  'too-large',
  'bad-encoding',
  'not-subtitles',
  'no-valid-cues',
  // Citations (citations.previewImport / lookup, medclip citation).
  'unknown-format',
  'no-entries',
  'invalid-json',
  'invalid-identifier',
  'network-disabled',
]);

/** Turns any thrown value into the contract's error shape. Typed errors keep their code. */
export function toApiError(err: unknown): ApiErrorData {
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; message?: unknown; details?: unknown };
    if (typeof e.code === 'string' && typeof e.message === 'string') {
      return {
        code: e.code,
        message: e.message,
        ...(e.details !== undefined ? { details: e.details } : {}),
      };
    }
    if (typeof e.message === 'string') return { code: 'internal', message: e.message };
  }
  return { code: 'internal', message: String(err) };
}
