import { describe, expect, it } from 'vitest';
import { resolveUserDataDir } from '../../../../../main/engine/store/user-data';

describe('resolveUserDataDir', () => {
  it('prefers MEDCLIP_USER_DATA on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(
        resolveUserDataDir({
          env: { MEDCLIP_USER_DATA: '/tmp/ud', APPDATA: 'C:\\AD' },
          platform,
          homeDir: '/home/me',
        }),
      ).toBe('/tmp/ud');
    }
  });

  it('follows XDG on Linux, ignoring a relative XDG_CONFIG_HOME', () => {
    expect(
      resolveUserDataDir({
        env: { XDG_CONFIG_HOME: '/cfg' },
        platform: 'linux',
        homeDir: '/home/me',
      }),
    ).toBe('/cfg/medclip-studio');
    expect(resolveUserDataDir({ env: {}, platform: 'linux', homeDir: '/home/me' })).toBe(
      '/home/me/.config/medclip-studio',
    );
    expect(
      resolveUserDataDir({
        env: { XDG_CONFIG_HOME: 'rel' },
        platform: 'linux',
        homeDir: '/home/me',
      }),
    ).toBe('/home/me/.config/medclip-studio');
  });

  it('uses Application Support on macOS and %APPDATA% on Windows', () => {
    expect(resolveUserDataDir({ env: {}, platform: 'darwin', homeDir: '/Users/me' })).toBe(
      '/Users/me/Library/Application Support/MedClip Studio',
    );
    expect(
      resolveUserDataDir({
        env: { APPDATA: 'C:\\Users\\me\\AppData\\Roaming' },
        platform: 'win32',
        homeDir: 'C:\\Users\\me',
      }),
    ).toBe('C:\\Users\\me\\AppData\\Roaming\\MedClip Studio');
    expect(resolveUserDataDir({ env: {}, platform: 'win32', homeDir: 'C:\\Users\\me' })).toBe(
      'C:\\Users\\me\\AppData\\Roaming\\MedClip Studio',
    );
  });
});
