import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  shell,
  type IpcMainInvokeEvent,
} from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { apiCalls, isApiMethod } from '../../shared/api/contract';
import { startEngineProcess, type EngineBridge } from './engine-bridge';
import { buildMenu } from './menu';
import { isTrustedSender, secureWebPreferences } from './window-options';
import { MEDIA_SCHEME, parseMediaUrl } from './media-scheme';

/**
 * Electron host: lifecycle, one secure window, IPC -> engine. Thin: the engine (its own
 * process) does the work; this file only adds what only Electron has (windows, dialogs).
 */

const repoRoot = join(__dirname, '..', '..');
const indexHtml = join(repoRoot, 'dist', 'renderer', 'index.html');
const indexUrl = pathToFileURL(indexHtml).toString();

let mainWindow: BrowserWindow | undefined;
let engine: EngineBridge | undefined;

// The preview streams footage through its own scheme (the page cannot read files itself).
protocol.registerSchemesAsPrivileged([
  {
    scheme: MEDIA_SCHEME,
    privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true },
  },
]);

// One instance: a second launch focuses the existing window instead of opening the same
// project files twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start, (err: unknown) => {
    dialog.showErrorBox('MedClip Studio could not start', String(err));
    app.exit(1);
  });
}

function fromOurPage(event: IpcMainInvokeEvent): boolean {
  return isTrustedSender(event.senderFrame?.url, indexUrl);
}

async function hostCall(method: string, request: unknown): Promise<unknown> {
  const win = mainWindow;
  if (method === 'dialog.openFiles') {
    const req = request as { kind: 'media' | 'project'; multiple: boolean };
    const filters =
      req.kind === 'project'
        ? [{ name: 'MedClip project', extensions: ['medclip'] }]
        : [
            {
              name: 'Media',
              extensions: [
                'mp4',
                'mov',
                'm4v',
                'mkv',
                'webm',
                'avi',
                'mp3',
                'm4a',
                'wav',
                'aac',
                'flac',
                'ogg',
                'png',
                'jpg',
                'jpeg',
                'webp',
                'svg',
              ],
            },
          ];
    const props: ('openFile' | 'multiSelections')[] = req.multiple
      ? ['openFile', 'multiSelections']
      : ['openFile'];
    const r = win
      ? await dialog.showOpenDialog(win, { properties: props, filters })
      : await dialog.showOpenDialog({ properties: props, filters });
    return { ok: true, result: { paths: r.canceled ? [] : r.filePaths } };
  }
  if (method === 'dialog.saveProject') {
    const req = request as { suggestedName: string };
    const options = {
      defaultPath: req.suggestedName.endsWith('.medclip')
        ? req.suggestedName
        : `${req.suggestedName}.medclip`,
      filters: [{ name: 'MedClip project', extensions: ['medclip'] }],
    };
    const r = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options);
    return { ok: true, result: { path: r.canceled || !r.filePath ? null : r.filePath } };
  }
  if (method === 'dialog.saveExport') {
    const parsed = apiCalls['dialog.saveExport'].request.safeParse(request);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid-request', message: `Invalid request for ${method}.` },
      };
    }
    const req = parsed.data;
    const options = {
      defaultPath: req.dir ? join(req.dir, req.suggestedName) : req.suggestedName,
      filters: [{ name: 'MP4 video', extensions: ['mp4'] }],
    };
    const r = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options);
    return { ok: true, result: { path: r.canceled || !r.filePath ? null : r.filePath } };
  }
  return engine!.call(method, request);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    backgroundColor: '#121417',
    title: 'MedClip Studio',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  // No navigation away from the studio and no new windows; links open in the browser.
  win.webContents.on('will-navigate', (e, url) => {
    if (url !== indexUrl) e.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void win.loadFile(indexHtml);
  return win;
}

async function start(): Promise<void> {
  engine = startEngineProcess(join(repoRoot, 'out', 'engine', 'process-entry.mjs'), {
    packaged: app.isPackaged,
    userDataDir: app.getPath('userData'),
  });
  engine.onEvent((event, payload) =>
    mainWindow?.webContents.send('medclip:event', { event, payload }),
  );
  // Deny every permission prompt (camera, microphone, notifications…): the studio needs none.
  const { session } = await import('electron');
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));

  ipcMain.handle('medclip:call', async (event, method: unknown, request: unknown) => {
    if (!fromOurPage(event))
      return { ok: false, error: { code: 'forbidden', message: 'Unknown sender' } };
    if (typeof method !== 'string' || !isApiMethod(method)) {
      return {
        ok: false,
        error: { code: 'unknown-method', message: `Unknown API call "${String(method)}".` },
      };
    }
    return hostCall(method, request);
  });

  protocol.handle(MEDIA_SCHEME, async (request) => {
    const parsed = parseMediaUrl(request.url);
    if (!parsed) return new Response('Not found', { status: 404 });
    const found = await engine!.call('media.file', parsed);
    if (!found.ok) return new Response(found.error.message, { status: 404 });
    const { path } = found.result as { path: string };
    // Forward Range so the video element can seek.
    return net.fetch(pathToFileURL(path).toString(), { headers: request.headers });
  });

  Menu.setApplicationMenu(buildMenu(() => mainWindow));
  mainWindow = createWindow();
  mainWindow.on('closed', () => (mainWindow = undefined));
}

app.on('window-all-closed', () => {
  engine?.stop();
  app.quit();
});
