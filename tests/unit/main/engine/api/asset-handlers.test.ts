import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssetHandlers, sniffImageMime } from '../../../../../main/engine/api/asset-handlers';
import type { ProjectSessions } from '../../../../../main/engine/project/sessions';
import type { MediaAsset } from '../../../../../shared/model';
import { asset, imageProbe, videoProbe } from '../../../shared/fixtures';
import { cue, withTracks } from '../../../shared/scene/scene-fixtures';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { tempDir } from '../../../../support/temp';

const temp = tempDir('medclip-assets-');
afterAll(() => temp.cleanup());

const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

function sessionsWith(media: MediaAsset[], document: object = { media }): ProjectSessions {
  const session = { document };
  return {
    get: (projectId: string) => {
      if (projectId !== 'p1') throw new Error(`no project ${projectId}`);
      return session;
    },
  } as unknown as ProjectSessions;
}

describe('asset handlers', () => {
  const logoPath = join(temp.dir, 'logo.png');
  writeFileSync(logoPath, PNG_BYTES);
  const logo = { ...asset('med_logo', imageProbe(), 'logo.png'), path: logoPath };
  const gone = { ...asset('med_gone', imageProbe(), 'gone.png'), path: join(temp.dir, 'gone.png') };
  const clip = asset('med_clip', videoProbe());
  const handlers = createAssetHandlers({ sessions: sessionsWith([logo, gone, clip]) });

  it('serves icon SVGs by id', async () => {
    const { svg } = await handlers['assets.icon']({ id: 'body/lungs' });
    expect(svg.startsWith('<svg')).toBe(true);
    await expect(async () => handlers['assets.icon']({ id: 'body/nope' })).rejects.toMatchObject({
      code: 'icon-not-found',
    });
  });

  it('serves image media as a data URL typed from its bytes', async () => {
    const { dataUrl } = await handlers['assets.mediaImage']({
      projectId: 'p1',
      mediaId: 'med_logo',
    });
    expect(dataUrl).toBe(`data:image/png;base64,${PNG_BYTES.toString('base64')}`);
  });

  it('refuses media that is not an image, unknown ids and missing files, naming them', async () => {
    await expect(
      handlers['assets.mediaImage']({ projectId: 'p1', mediaId: 'med_clip' }),
    ).rejects.toMatchObject({
      code: 'not-media',
    });
    await expect(
      handlers['assets.mediaImage']({ projectId: 'p1', mediaId: 'med_x' }),
    ).rejects.toMatchObject({
      code: 'missing',
    });
    await expect(
      handlers['assets.mediaImage']({ projectId: 'p1', mediaId: 'med_gone' }),
    ).rejects.toMatchObject({
      code: 'missing',
      message: expect.stringContaining('gone.png'),
    });
  });

  it('sniffs image types from their first bytes', () => {
    expect(sniffImageMime(PNG_BYTES)).toBe('image/png');
    expect(sniffImageMime(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageMime(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageMime(Buffer.from('<svg'))).toBeNull();
  });
});

/** How many pixels of a PNG data URL are not fully transparent. */
async function drawnPixels(dataUrl: string): Promise<number> {
  const image = await loadImage(
    Buffer.from(dataUrl.replace('data:image/png;base64,', ''), 'base64'),
  );
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  let count = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count += 1;
  return count;
}

describe('render.sceneFrame', () => {
  it('draws the overlay layer at a time as the export does: a frame-sized transparent PNG', async () => {
    const doc = withTracks({ captions: [cue('cue_1', 0, 2000, 'Check your blood pressure')] });
    const handlers = createAssetHandlers({ sessions: sessionsWith([], doc) });
    const { png } = await handlers['render.sceneFrame']({ projectId: 'p1', timeMs: 500 });
    const image = await loadImage(Buffer.from(png.replace('data:image/png;base64,', ''), 'base64'));
    expect([image.width, image.height]).toEqual([1080, 1920]);
    // The caption is drawn while the cue runs; after it ends the layer is fully transparent.
    const blank = await handlers['render.sceneFrame']({ projectId: 'p1', timeMs: 3000 });
    expect(await drawnPixels(png)).toBeGreaterThan(5000);
    expect(await drawnPixels(blank.png)).toBe(0);
    await expect(handlers['render.sceneFrame']({ projectId: 'nope', timeMs: 0 })).rejects.toThrow(
      'no project nope',
    );
  });
});
