import type { ApiErrorData } from './contract';

/** An error that crossed the renderer↔engine boundary, with its stable code. */
export class ApiError extends Error {
  readonly code: string;
  readonly details: unknown;
  constructor(data: ApiErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.details = data.details;
  }
}
