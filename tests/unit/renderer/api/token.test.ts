import { describe, expect, it } from 'vitest';
import { TOKEN_STORAGE_KEY, resolveToken } from '../../../../renderer/api/token';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('resolveToken', () => {
  it('takes the token from the first URL, keeps it and removes it from the address bar', () => {
    const storage = memoryStorage();
    const replaced: string[] = [];
    const token = resolveToken({
      location: { href: 'http://127.0.0.1:4100/?token=s3cret&view=editor#top' },
      storage,
      replaceUrl: (url) => replaced.push(url),
    });
    expect(token).toBe('s3cret');
    expect(storage.values.get(TOKEN_STORAGE_KEY)).toBe('s3cret');
    expect(replaced).toEqual(['/?view=editor#top']);
  });

  it('uses the kept token after a reload without one in the URL', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'kept' });
    expect(resolveToken({ location: { href: 'http://127.0.0.1:4100/' }, storage })).toBe('kept');
  });

  it('prefers a new token in the URL over an old kept one', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'old' });
    expect(resolveToken({ location: { href: 'http://127.0.0.1:4100/?token=new' }, storage })).toBe(
      'new',
    );
    expect(storage.values.get(TOKEN_STORAGE_KEY)).toBe('new');
  });

  it('returns null when there is no token anywhere', () => {
    expect(
      resolveToken({ location: { href: 'http://127.0.0.1:4100/' }, storage: memoryStorage() }),
    ).toBeNull();
  });
});
