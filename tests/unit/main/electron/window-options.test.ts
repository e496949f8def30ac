import { describe, expect, it } from 'vitest';
import { isTrustedSender, secureWebPreferences } from '../../../../main/electron/window-options';

describe('Electron window security', () => {
  it('isolates and sandboxes the renderer with no Node integration', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(prefs.preload).toBe('/app/preload.cjs');
  });

  it('trusts IPC only from the studio page itself', () => {
    const index = 'file:///app/dist/renderer/index.html';
    expect(isTrustedSender(index, index)).toBe(true);
    expect(isTrustedSender('https://evil.example/', index)).toBe(false);
    expect(isTrustedSender(undefined, index)).toBe(false);
  });
});
