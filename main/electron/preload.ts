import { contextBridge, ipcRenderer, webUtils } from 'electron';

/**
 * The only bridge between the sandboxed page and the app: one `call` for the API contract
 * (the main process checks the method against the contract and the engine validates the
 * request), one event subscription, and the path of a dropped file. Nothing else.
 */
contextBridge.exposeInMainWorld('medclip', {
  host: 'electron',
  call: (method: string, request: unknown) =>
    ipcRenderer.invoke('medclip:call', String(method), request),
  on: (event: string, cb: (payload: unknown) => void) => {
    const listener = (_e: unknown, msg: { event: string; payload: unknown }) => {
      if (msg.event === event) cb(msg.payload);
    };
    ipcRenderer.on('medclip:event', listener);
    return () => ipcRenderer.removeListener('medclip:event', listener);
  },
  getPathForFile: (file: File) => webUtils.getPathForFile(file),
});
