/**
 * The URL a <video> or <img> uses for a project's media: browser mode's host route, or the
 * Electron host's `medclip-media:` scheme. Either way the engine resolves the file.
 */
export function mediaUrl(host: 'electron' | 'browser', projectId: string, mediaId: string): string {
  const path = `${encodeURIComponent(projectId)}/${encodeURIComponent(mediaId)}`;
  return host === 'electron' ? `medclip-media://media/${path}` : `/media/${path}`;
}
