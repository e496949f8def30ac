import {
  ApiError,
  apiCalls,
  apiErrorSchema,
  apiEvents,
  type ApiEvent,
  type ApiEventName,
  type ApiMethod,
  type ApiResponse,
} from '../../shared/api';
import type { z } from 'zod';

/**
 * Both transports deliver the same envelope, `{ok: true, result}` or `{ok: false, error}`;
 * this checks it against the contract so nothing unvalidated reaches the UI.
 */

function responseSchema<M extends ApiMethod>(method: M): z.ZodType<ApiResponse<M>> {
  return apiCalls[method].response as unknown as z.ZodType<ApiResponse<M>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the validated result, or throws an `ApiError` (the engine's, or `invalid-response`). */
export function unwrapEnvelope<M extends ApiMethod>(method: M, envelope: unknown): ApiResponse<M> {
  if (!isRecord(envelope) || typeof envelope.ok !== 'boolean') {
    throw new ApiError({
      code: 'invalid-response',
      message: `The engine sent an unreadable answer to ${method}.`,
    });
  }
  if (!envelope.ok) {
    const parsed = apiErrorSchema.safeParse(envelope.error);
    if (!parsed.success) {
      throw new ApiError({
        code: 'invalid-response',
        message: `The engine reported an error for ${method} in an unreadable form.`,
      });
    }
    throw new ApiError(parsed.data);
  }
  const parsed = responseSchema(method).safeParse(envelope.result);
  if (!parsed.success) {
    throw new ApiError({
      code: 'invalid-response',
      message: `The engine's answer to ${method} does not match the contract.`,
      details: parsed.error.issues,
    });
  }
  return parsed.data;
}

/** The event's payload checked against the contract, or undefined when it does not match. */
export function parseEventPayload<E extends ApiEventName>(
  event: E,
  payload: unknown,
): ApiEvent<E> | undefined {
  const schema = apiEvents[event] as unknown as z.ZodType<ApiEvent<E>>;
  const parsed = schema.safeParse(payload);
  return parsed.success ? parsed.data : undefined;
}
