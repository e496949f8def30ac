import type { z } from 'zod';
import {
  apiCalls,
  isApiMethod,
  type ApiErrorData,
  type ApiMethod,
  type ApiRequest,
  type ApiResponse,
} from '../../../shared/api';
import { EngineError, toApiError } from '../errors';

export type Handler<M extends ApiMethod> = (
  request: z.infer<(typeof apiCalls)[M]['request']>,
) => Promise<ApiResponse<M>> | ApiResponse<M>;

export type HandlerMap = { [M in ApiMethod]: Handler<M> };

export type CallResult = { ok: true; result: unknown } | { ok: false; error: ApiErrorData };

/**
 * The engine's single entry point: validate the request against the contract, run the
 * handler, validate the response. Every host (Electron IPC, HTTP host, CLI) calls this.
 */
export async function dispatchCall(
  handlers: Partial<HandlerMap>,
  method: string,
  rawRequest: unknown,
): Promise<CallResult> {
  try {
    if (!isApiMethod(method)) {
      throw new EngineError('unknown-method', `Unknown API call "${method}".`);
    }
    const spec = apiCalls[method];
    const parsed = spec.request.safeParse(rawRequest ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(request)'}: ${i.message}`)
        .join('; ');
      throw new EngineError('invalid-request', `Invalid request for ${method}: ${issues}`);
    }
    const handler = handlers[method] as Handler<typeof method> | undefined;
    if (!handler) {
      throw new EngineError('unsupported', `${method} is not available in this host.`);
    }
    const result = await handler(parsed.data as never);
    // The response is checked too: a contract drift is caught here, not in the renderer.
    const checked = spec.response.safeParse(result);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new EngineError(
        'internal',
        `The engine produced an invalid ${method} response (${issue?.path.join('.')}: ${issue?.message}).`,
      );
    }
    return { ok: true, result: checked.data };
  } catch (err) {
    return { ok: false, error: toApiError(err) };
  }
}

/** Typed convenience for in-process callers (CLI, tests). Throws EngineError on failure. */
export async function callOrThrow<M extends ApiMethod>(
  call: (method: string, req: unknown) => Promise<CallResult>,
  method: M,
  request: ApiRequest<M>,
): Promise<ApiResponse<M>> {
  const r = await call(method, request);
  if (!r.ok) throw new EngineError(r.error.code, r.error.message, r.error.details);
  return r.result as ApiResponse<M>;
}
