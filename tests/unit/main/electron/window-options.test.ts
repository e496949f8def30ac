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

describe('medclip-media scheme', async () => {
  const { parseMediaUrl } = await import('../../../../main/electron/media-scheme');
  it('reads project and media ids and refuses anything else', () => {
    expect(parseMediaUrl('medclip-media://media/p1/med_a')).toEqual({
      projectId: 'p1',
      mediaId: 'med_a',
    });
    expect(parseMediaUrl('medclip-media://media/p1')).toBeNull();
    expect(parseMediaUrl('file:///etc/passwd')).toBeNull();
    expect(parseMediaUrl('medclip-media://other/p1/m')).toBeNull();
  });
});
