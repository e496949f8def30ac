import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MediaError } from '../../../../../main/engine/media/errors';
import { inspectMediaFile } from '../../../../../main/engine/media/import';
import { SANITIZED_SVG_DIR } from '../../../../../main/engine/media/svg-import';
import { tempDir } from '../../../../support/temp';

const temp = tempDir('medclip-svg-import-');
afterAll(() => temp.cleanup());
const cacheDir = path.join(temp.dir, 'project.medclip.cache');

const HOSTILE_SVG =
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ' +
  'width="300" height="200" onload="alert(1)"><script>alert(2)</script>' +
  '<rect width="300" height="200" fill="#0B5FA5"/>' +
  '<image xlink:href="file:///etc/passwd" width="10" height="10"/>' +
  '<foreignObject width="10" height="10"><p xmlns="http://www.w3.org/1999/xhtml">x</p></foreignObject>' +
  '<circle cx="150" cy="100" r="60" fill="#F2B134"/></svg>';

describe('importing an SVG', () => {
  it('imports the sanitised copy, under the same file name, as a still image', async () => {
    const original = path.join(temp.dir, 'diagram.svg');
    await writeFile(original, HOSTILE_SVG);
    const media = await inspectMediaFile(original, { cacheDir });
    expect(media.path.startsWith(path.join(cacheDir, SANITIZED_SVG_DIR))).toBe(true);
    expect(path.basename(media.path)).toBe('diagram.svg');
    expect(media.probe).toMatchObject({ kind: 'image', width: 300, height: 200 });
    expect(media.thumbnails.length).toBeGreaterThan(0);
    const imported = await readFile(media.path, 'utf8');
    expect(imported).not.toMatch(/script|alert|onload|passwd|foreignObject/);
    expect(imported).toContain('<circle');
    // The original is left as it was.
    expect(await readFile(original, 'utf8')).toBe(HOSTILE_SVG);
  });

  it('sanitises SVG content whatever the file is called', async () => {
    const disguised = path.join(temp.dir, 'picture.png');
    await writeFile(disguised, HOSTILE_SVG);
    const media = await inspectMediaFile(disguised, { cacheDir });
    expect(media.path).toContain(SANITIZED_SVG_DIR);
    expect(await readFile(media.path, 'utf8')).not.toContain('script');
  });

  it('refuses an SVG without a size, and compressed SVG, naming the file', async () => {
    const sizeless = path.join(temp.dir, 'sizeless.svg');
    await writeFile(sizeless, '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>');
    const refusal = await inspectMediaFile(sizeless, { cacheDir }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(MediaError);
    expect((refusal as MediaError).code).toBe('not-media');
    expect((refusal as Error).message).toContain('sizeless.svg');
    expect((refusal as Error).message).toContain('gives no size');

    const compressed = path.join(temp.dir, 'drawing.svgz');
    await writeFile(compressed, 'whatever');
    await expect(inspectMediaFile(compressed, { cacheDir })).rejects.toThrow(/\.svgz/);
  });
});
