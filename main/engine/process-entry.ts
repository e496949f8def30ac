import { createEngine } from './engine';

/**
 * The engine as its own Node process, driven over Node's IPC channel by the Electron main
 * process. Keeping it out of Electron's main thread means long jobs never freeze the window,
 * and native modules (better-sqlite3) run under plain Node's ABI in development.
 */

type Inbound = { id: number; method: string; request: unknown };

if (!process.send) {
  process.stderr.write('process-entry must be started with an IPC channel (child_process.fork).\n');
  process.exit(2);
}

const engine = createEngine({
  host: 'electron',
  ...(process.env.MEDCLIP_USER_DATA ? { userDataDir: process.env.MEDCLIP_USER_DATA } : {}),
});
engine.onEvent((event, payload) => process.send?.({ type: 'event', event, payload }));

process.on('message', (msg: Inbound) => {
  void engine
    .call(msg.method, msg.request)
    .then((result) => process.send?.({ type: 'result', id: msg.id, result }));
});

async function stop(): Promise<void> {
  await engine.close();
  process.exit(0);
}
process.on('disconnect', () => void stop());
process.on('SIGTERM', () => void stop());
