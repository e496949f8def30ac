/**
 * The studio window's web preferences, kept free of Electron imports so a unit test can pin
 * them down on machines without the Electron binary.
 */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    // The page and the preload live in separate JavaScript worlds.
    contextIsolation: true,
    // The renderer runs in Chromium's OS sandbox: no Node, no direct system access.
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
  } as const;
}

/** Only the studio's own page may call the engine. */
export function isTrustedSender(senderUrl: string | undefined, indexUrl: string): boolean {
  return senderUrl === indexUrl;
}
