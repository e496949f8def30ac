import type { ApiTransport, MedclipBridge } from './transport';

/** Calls go through the preload bridge; the main process forwards them to the engine. */
export function createElectronTransport(bridge: MedclipBridge): ApiTransport {
  return {
    host: 'electron',
    send: (method, request) => bridge.call(method, request),
    subscribe: (event, listener) => bridge.on(event, listener),
    pathForFile: (file) => bridge.getPathForFile(file),
  };
}
