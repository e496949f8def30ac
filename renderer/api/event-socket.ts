/**
 * Browser mode's event stream: one WebSocket, messages `{event, payload}`, reconnecting with
 * exponential backoff so a host restart or a sleeping laptop does not silence the UI.
 */

export interface SocketLike {
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  close(): void;
}

export type SocketFactory = (url: string) => SocketLike;

export interface EventSocketOptions {
  url: string;
  createSocket?: SocketFactory;
  /** First reconnect delay; doubles on each failure up to `maxDelayMs`. */
  minDelayMs?: number;
  maxDelayMs?: number;
}

export interface EventSocket {
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
  close(): void;
}

export function reconnectDelayMs(attempt: number, minDelayMs: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, minDelayMs * 2 ** Math.max(0, attempt));
}

function parseMessage(data: unknown): { event: string; payload: unknown } | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const message = JSON.parse(data) as unknown;
    if (typeof message === 'object' && message !== null && 'event' in message) {
      const { event, payload } = message as { event: unknown; payload?: unknown };
      if (typeof event === 'string') return { event, payload };
    }
  } catch {
    // A malformed frame is dropped; the next one may be fine.
  }
  return undefined;
}

export function createEventSocket(options: EventSocketOptions): EventSocket {
  const createSocket: SocketFactory =
    options.createSocket ?? ((url) => new WebSocket(url) as unknown as SocketLike);
  const minDelayMs = options.minDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 10_000;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let socket: SocketLike | undefined;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  function connect(): void {
    if (closed || socket) return;
    const current = createSocket(options.url);
    socket = current;
    current.onopen = () => {
      attempt = 0;
    };
    current.onmessage = (ev) => {
      const message = parseMessage(ev.data);
      if (!message) return;
      for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
    };
    current.onerror = () => {
      // onclose follows and schedules the retry.
    };
    current.onclose = () => {
      if (socket !== current) return;
      socket = undefined;
      if (closed) return;
      const delay = reconnectDelayMs(attempt, minDelayMs, maxDelayMs);
      attempt += 1;
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        connect();
      }, delay);
    };
  }

  return {
    subscribe(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(listener);
      connect();
      return () => {
        set.delete(listener);
      };
    },
    close() {
      closed = true;
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      const current = socket;
      socket = undefined;
      current?.close();
    },
  };
}
