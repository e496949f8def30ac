/**
 * How the client reaches the engine. A transport moves raw envelopes and event payloads;
 * the client validates them against the contract.
 */
export type HostKind = 'electron' | 'browser';

export interface ApiTransport {
  readonly host: HostKind;
  /** Resolves with the raw envelope `{ok, result | error}`; rejects only when the host is unreachable. */
  send(method: string, request: unknown): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
  /** The absolute path of a file dropped on the window (Electron only). */
  pathForFile?(file: File): string;
}

/** What Electron's preload exposes as `window.medclip`. */
export interface MedclipBridge {
  readonly host: 'electron';
  call(method: string, request: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  getPathForFile(file: File): string;
}

declare global {
  interface Window {
    medclip?: MedclipBridge;
  }
}
