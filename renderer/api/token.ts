/**
 * Browser mode's per-launch secret. The host puts it in the first URL (`?token=`); we keep it
 * in sessionStorage so a reload still works, and take it out of the address bar so it does not
 * end up in screenshots, bookmarks or history.
 */

export const TOKEN_STORAGE_KEY = 'medclip.token';
export const TOKEN_HEADER = 'x-medclip-token';

export interface TokenEnvironment {
  location: Pick<Location, 'href'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** Replaces the address bar's URL without a reload. */
  replaceUrl?(url: string): void;
}

export function resolveToken(env: TokenEnvironment): string | null {
  const url = new URL(env.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    env.storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    env.replaceUrl?.(url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return env.storage.getItem(TOKEN_STORAGE_KEY);
}
