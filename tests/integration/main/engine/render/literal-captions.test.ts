import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Image, createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { registerSceneFonts } from '../../../../../main/engine/render/fonts-node';
import { renderSceneFrame } from '../../../../../main/engine/render/overlay-frames';
import { parseSubtitles } from '../../../../../shared/captions';
import { SCENE_FONT_FAMILIES } from '../../../../../shared/scene/fonts';
import { cue, withTracks } from '../../../../unit/shared/scene/scene-fixtures';

const LITERAL_SRT = fileURLToPath(
  new URL('../../../../fixtures/subtitles/literal-text.srt', import.meta.url),
);

/** Alpha of a 96x96 drawing of `text` in `family` bold: what Skia puts on screen for it. */
function glyphPixels(text: string, family: string): Uint8ClampedArray {
  const canvas = createCanvas(96, 96);
  const context = canvas.getContext('2d');
  context.font = `700 64px "${family}"`;
  context.fillStyle = '#fff';
  context.fillText(text, 8, 72);
  const { data } = context.getImageData(0, 0, 96, 96);
  return data.filter((_, i) => i % 4 === 3);
}

const ink = (pixels: Uint8ClampedArray): number =>
  pixels.reduce((sum, a) => sum + (a > 128 ? 1 : 0), 0);
const same = (a: Uint8ClampedArray, b: Uint8ClampedArray): boolean => a.every((v, i) => v === b[i]);

describe('literal caption text in the export drawing', () => {
  it('every bundled face draws the literal punctuation as glyphs, not the missing-glyph box', () => {
    registerSceneFonts();
    for (const { family } of SCENE_FONT_FAMILIES) {
      // A private-use code point no face maps: Skia draws the face's missing-glyph box.
      const missing = glyphPixels('\uE000', family);
      for (const char of [':', '"', "'", '\\', '%', '{', '}', '[', ']', '$', '<', '>', '&', '—']) {
        const drawn = glyphPixels(char, family);
        expect(ink(drawn), `${family} ${char}`).toBeGreaterThan(20);
        expect(same(drawn, missing), `${family} ${char} is the missing-glyph box`).toBe(false);
      }
    }
  });

  it('renders every imported literal cue with ink inside the frame', async () => {
    const { cues } = parseSubtitles(readFileSync(LITERAL_SRT, 'utf8'));
    const doc = withTracks({
      captions: cues.map((c, i) => cue(`cue_${i + 1}`, c.start, c.end, c.text)),
    });
    // The document keeps the file's text exactly.
    expect(doc.tracks.captions.map((c) => c.text)).toEqual(cues.map((c) => c.text));
    for (const c of cues) {
      const png = await renderSceneFrame(doc, c.start + 10);
      const image = new Image();
      image.src = png;
      const canvas = createCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const alpha = context
        .getImageData(0, 0, image.width, image.height)
        .data.filter((_, i) => i % 4 === 3);
      expect(ink(alpha), c.text).toBeGreaterThan(2000);
    }
  });
});
