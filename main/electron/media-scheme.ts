/** `medclip-media://media/<projectId>/<mediaId>`: the Electron preview's footage URLs. */
export const MEDIA_SCHEME = 'medclip-media';

export function parseMediaUrl(url: string): { projectId: string; mediaId: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${MEDIA_SCHEME}:` || parsed.host !== 'media') return null;
  const m = /^\/([^/]+)\/([^/]+)$/.exec(parsed.pathname);
  if (!m) return null;
  return { projectId: decodeURIComponent(m[1]!), mediaId: decodeURIComponent(m[2]!) };
}
