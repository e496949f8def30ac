// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MediaBin } from '../../../../renderer/panels/MediaBin';
import { ThumbnailCache } from '../../../../renderer/panels/thumbnails';
import { createFakeClient } from '../support/fake-client';
import { audioProbe, mediaAsset } from '../support/documents';
import { render, settle, withProviders, type Rendered } from '../support/render';

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

describe('MediaBin', () => {
  it('shows each asset with its poster, name, duration and badge, and a missing state', async () => {
    const client = createFakeClient({ 'media.thumbnails': () => ({ frames: [PIXEL] }) });
    const media = [
      mediaAsset('med_a', { name: 'knee.mp4' }),
      mediaAsset('med_b', { name: 'voice.mp3', probe: audioProbe(65_000) }),
      mediaAsset('med_c', { name: 'gone.mov', missing: true }),
    ];
    const selected: Array<string | null> = [];
    rendered = await render(
      withProviders(
        client,
        <MediaBin
          media={media}
          cache={new ThumbnailCache(client, 'p1')}
          selectedMediaId={null}
          onSelect={(id) => selected.push(id)}
          importButton={<button type="button">Import media</button>}
        />,
      ),
    );
    await settle();
    const items = Array.from(rendered.container.querySelectorAll('[data-testid="media-item"]'));
    expect(items.map((item) => item.querySelector('.bin-item__name')?.textContent)).toEqual([
      'knee.mp4',
      'voice.mp3',
      'gone.mov',
    ]);
    expect(items[0]?.querySelector('img')?.getAttribute('src')).toBe(PIXEL);
    expect(items[0]?.querySelector('[data-testid="media-duration"]')?.textContent).toBe('0:02');
    expect(items[0]?.querySelector('.badge')?.textContent).toBe('320×240');
    expect(items[1]?.querySelector('img')).toBeNull();
    expect(items[1]?.textContent).toContain('1:05');
    expect(items[1]?.textContent).toContain('Audio');
    expect(items[2]?.getAttribute('data-missing')).toBe('true');
    expect(items[2]?.textContent).toContain('Missing');
    // Audio and missing files have no poster to ask for.
    expect(client.callsOf('media.thumbnails')).toEqual([{ projectId: 'p1', mediaId: 'med_a' }]);
    (items[1] as HTMLElement).click();
    expect(selected).toEqual(['med_b']);
  });

  it('invites an import when the bin is empty', async () => {
    const client = createFakeClient({});
    rendered = await render(
      withProviders(
        client,
        <MediaBin
          media={[]}
          cache={new ThumbnailCache(client, 'p1')}
          selectedMediaId={null}
          onSelect={() => undefined}
          importButton={<button type="button">Import media</button>}
        />,
      ),
    );
    expect(rendered.container.textContent).toContain('No media yet.');
  });
});
