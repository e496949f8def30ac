import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createEventSocket,
  reconnectDelayMs,
  type SocketLike,
} from '../../../../renderer/api/event-socket';

class FakeSocket implements SocketLike {
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  closed = false;
  close(): void {
    this.closed = true;
    this.onclose?.({});
  }
  receive(data: unknown): void {
    this.onmessage?.({ data });
  }
}

function harness() {
  const sockets: FakeSocket[] = [];
  const events = createEventSocket({
    url: 'ws://127.0.0.1:1/events',
    minDelayMs: 100,
    maxDelayMs: 800,
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
  });
  return { sockets, events };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('reconnectDelayMs', () => {
  it('doubles from the minimum and stops at the maximum', () => {
    expect([0, 1, 2, 3, 4, 10].map((attempt) => reconnectDelayMs(attempt, 500, 10_000))).toEqual([
      500, 1000, 2000, 4000, 8000, 10_000,
    ]);
  });
});

describe('createEventSocket', () => {
  it('connects on the first subscription and delivers messages by event name', () => {
    const { sockets, events } = harness();
    expect(sockets).toHaveLength(0);
    const saved: unknown[] = [];
    const jobs: unknown[] = [];
    events.subscribe('project.saved', (payload) => saved.push(payload));
    events.subscribe('job', (payload) => jobs.push(payload));
    expect(sockets).toHaveLength(1);
    sockets[0]?.receive(JSON.stringify({ event: 'project.saved', payload: { seq: 2 } }));
    sockets[0]?.receive('not json');
    sockets[0]?.receive(JSON.stringify({ payload: 1 }));
    expect(saved).toEqual([{ seq: 2 }]);
    expect(jobs).toEqual([]);
  });

  it('stops delivering to a listener after it unsubscribes', () => {
    const { sockets, events } = harness();
    const seen: unknown[] = [];
    const unsubscribe = events.subscribe('menu', (payload) => seen.push(payload));
    unsubscribe();
    sockets[0]?.receive(JSON.stringify({ event: 'menu', payload: { action: 'edit.undo' } }));
    expect(seen).toEqual([]);
  });

  it('reconnects with growing delays, and resets them once a connection opens', () => {
    vi.useFakeTimers();
    const { sockets, events } = harness();
    events.subscribe('job', () => undefined);
    sockets[0]?.onclose?.({});
    vi.advanceTimersByTime(99);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    sockets[1]?.onclose?.({});
    vi.advanceTimersByTime(199);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);
    sockets[2]?.onopen?.({});
    sockets[2]?.onclose?.({});
    vi.advanceTimersByTime(100);
    expect(sockets).toHaveLength(4);
  });

  it('does not reconnect after close()', () => {
    vi.useFakeTimers();
    const { sockets, events } = harness();
    events.subscribe('job', () => undefined);
    events.close();
    expect(sockets[0]?.closed).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(sockets).toHaveLength(1);
  });
});
