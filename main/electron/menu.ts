import { Menu, type BrowserWindow } from 'electron';
import { buildMenuTemplate } from './menu-template';

/**
 * The application menu, mirroring the editor's action catalog (menu-template.ts). Each item
 * sends its action to the renderer, which runs it like its shortcut.
 */
export function buildMenu(getWindow: () => BrowserWindow | undefined): Menu {
  const template = buildMenuTemplate({
    platform: process.platform,
    send: (action) =>
      getWindow()?.webContents.send('medclip:event', { event: 'menu', payload: { action } }),
  });
  return Menu.buildFromTemplate(template);
}
