import { fork, type ChildProcess } from 'node:child_process';
import type { CallResult } from '../engine/api/dispatch';

/** The Electron main process's handle on the engine process. */
export interface EngineBridge {
  call(method: string, request: unknown): Promise<CallResult>;
  onEvent(listener: (event: string, payload: unknown) => void): void;
  stop(): void;
}

export function startEngineProcess(
  entry: string,
  opts: { packaged: boolean; userDataDir: string },
): EngineBridge {
  // Packaged builds run the engine with Electron's own Node (native modules are rebuilt for it by
  // electron-builder); from source it runs under the system Node that ran `npm start`.
  const child: ChildProcess = fork(entry, [], {
    execPath: opts.packaged ? process.execPath : (process.env.MEDCLIP_NODE ?? 'node'),
    env: {
      ...process.env,
      MEDCLIP_USER_DATA: opts.userDataDir,
      ...(opts.packaged ? { ELECTRON_RUN_AS_NODE: '1' } : {}),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 1;
  const pending = new Map<number, (r: CallResult) => void>();
  const listeners: ((event: string, payload: unknown) => void)[] = [];
  child.on(
    'message',
    (msg: {
      type: string;
      id?: number;
      result?: CallResult;
      event?: string;
      payload?: unknown;
    }) => {
      if (msg.type === 'result' && msg.id !== undefined) {
        pending.get(msg.id)?.(msg.result as CallResult);
        pending.delete(msg.id);
      } else if (msg.type === 'event' && msg.event) {
        for (const l of listeners) l(msg.event, msg.payload);
      }
    },
  );
  child.on('exit', (code) => {
    for (const resolve of pending.values()) {
      resolve({
        ok: false,
        error: { code: 'engine-exited', message: `The engine process stopped (exit ${code}).` },
      });
    }
    pending.clear();
  });
  return {
    call(method, request) {
      return new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        child.send({ id, method, request });
      });
    },
    onEvent(listener) {
      listeners.push(listener);
    },
    stop() {
      if (child.connected) child.disconnect();
    },
  };
}
