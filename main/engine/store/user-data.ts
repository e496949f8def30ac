import { homedir } from 'node:os';
import path from 'node:path';

export interface UserDataDirInputs {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  homeDir?: string;
}

/**
 * The per-user folder for settings and the recent-projects list: MEDCLIP_USER_DATA (tests and
 * portable installs) -> the platform's convention (Linux: $XDG_CONFIG_HOME/medclip-studio or
 * ~/.config/medclip-studio; macOS: ~/Library/Application Support/MedClip Studio; Windows:
 * %APPDATA%\MedClip Studio). The folder is not created here.
 */
export function resolveUserDataDir(inputs: UserDataDirInputs = {}): string {
  const env = inputs.env ?? process.env;
  const platform = inputs.platform ?? process.platform;
  const home = inputs.homeDir ?? homedir();
  const override = env.MEDCLIP_USER_DATA;
  if (override !== undefined && override.trim() !== '') return override;
  if (platform === 'win32') {
    const appData = env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, 'MedClip Studio');
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', 'MedClip Studio');
  }
  // XDG says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME;
  const configHome =
    xdg !== undefined && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.config');
  return path.posix.join(configHome, 'medclip-studio');
}
