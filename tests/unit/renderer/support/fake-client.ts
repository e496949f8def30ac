import {
  ApiError,
  type ApiMethod,
  type ApiRequest,
  type ApiResponse,
} from '../../../../shared/api';
import { createClientFromTransport, type ApiClient } from '../../../../renderer/api/client';
import type { ApiTransport } from '../../../../renderer/api/transport';

/**
 * An in-memory transport for renderer tests: each method is answered by a handler written in
 * the test. Answers go through the real client, so they are checked against the contract.
 */
export type FakeHandlers = {
  [M in ApiMethod]?: (request: ApiRequest<M>) => ApiResponse<M> | Promise<ApiResponse<M>>;
};

export interface FakeClient extends ApiClient {
  readonly calls: Array<{ method: string; request: unknown }>;
  emit(event: string, payload: unknown): void;
  callsOf(method: ApiMethod): unknown[];
}

export function createFakeClient(
  handlers: FakeHandlers,
  host: 'electron' | 'browser' = 'browser',
): FakeClient {
  const calls: Array<{ method: string; request: unknown }> = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const transport: ApiTransport = {
    host,
    async send(method, request) {
      calls.push({ method, request });
      const handler = handlers[method as ApiMethod] as ((request: unknown) => unknown) | undefined;
      if (!handler)
        return { ok: false, error: { code: 'not-implemented', message: `No fake for ${method}` } };
      try {
        return { ok: true, result: await handler(request) };
      } catch (error) {
        if (error instanceof ApiError) {
          const details = error.details !== undefined ? { details: error.details } : {};
          return { ok: false, error: { code: error.code, message: error.message, ...details } };
        }
        throw error;
      }
    },
    subscribe(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  const client = createClientFromTransport(transport);
  return Object.assign(client, {
    calls,
    emit(event: string, payload: unknown) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    callsOf(method: ApiMethod) {
      return calls.filter((call) => call.method === method).map((call) => call.request);
    },
  });
}

/** A promise whose settling the test controls. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
