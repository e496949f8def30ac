import { Image, createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import {
  measureShapedText,
  registerSceneFonts,
} from '../../../../../main/engine/render/fonts-node';
import { renderSceneFrame } from '../../../../../main/engine/render/overlay-frames';
import { fontFamilyList } from '../../../../../shared/scene/fonts';
import { sceneAt } from '../../../../../shared/scene/scene-at';
import { estimatedTextWidthPx, textWidthPx } from '../../../../../shared/scene/text-measure';
import { cue, withTracks } from '../../../../unit/shared/scene/scene-fixtures';

/** The scene's default caption face (style-clean): TikTok Sans 700 at 64 px. */
const FAMILY = 'TikTok Sans';
const SIZE = 64;
const FACE = { family: FAMILY, weight: 700 };

const SAMPLES = [
  { script: 'Arabic', fallback: 'Noto Sans Arabic', text: 'تناول الدواء مرتين يوميا بعد الأكل' },
  { script: 'Hebrew', fallback: 'Noto Sans Hebrew', text: 'קחו את התרופה פעמיים ביום' },
  { script: 'Devanagari', fallback: 'Noto Sans Devanagari', text: 'दवा दिन में दो बार खाने के बाद लें' },
] as const;

const CANVAS_WIDTH = 900;
const CANVAS_HEIGHT = 140;
const ORIGIN_X = 20;

/** Alpha of `text` drawn white in `font` at x = ORIGIN_X, row by row. */
function drawnAlpha(text: string, font: string, direction: 'ltr' | 'rtl' = 'ltr') {
  const canvas = createCanvas(CANVAS_WIDTH, CANVAS_HEIGHT);
  const context = canvas.getContext('2d');
  context.font = font;
  context.direction = direction;
  context.textAlign = 'left';
  context.fillStyle = '#fff';
  context.fillText(text, ORIGIN_X, 100);
  const { data } = context.getImageData(0, 0, CANVAS_WIDTH, CANVAS_HEIGHT);
  const alpha = new Uint8ClampedArray(CANVAS_WIDTH * CANVAS_HEIGHT);
  for (let i = 0; i < alpha.length; i += 1) alpha[i] = data[i * 4 + 3]!;
  return alpha;
}

/** Per column, the summed alpha of a drawing from drawnAlpha. */
function columnAlpha(alpha: Uint8ClampedArray) {
  const columns = new Float64Array(CANVAS_WIDTH);
  for (let i = 0; i < alpha.length; i += 1) columns[i % CANVAS_WIDTH]! += alpha[i]!;
  return columns;
}

const sameAlpha = (a: Uint8ClampedArray, b: Uint8ClampedArray) => a.every((v, i) => v === b[i]);
const sceneFont = (family: string) => `700 ${SIZE}px ${family}`;

function decode(png: Buffer) {
  const image = new Image();
  image.src = png;
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, image.width, image.height);
}

/** Per column, the summed white of the fill (red × alpha): the black outline adds nothing. */
function columnWhite(image: { width: number; height: number; data: Uint8ClampedArray }) {
  const columns = new Float64Array(image.width);
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const i = (y * image.width + x) * 4;
      columns[x]! += (image.data[i]! * image.data[i + 3]!) / 255;
    }
  }
  return columns;
}

/** Where `template` (a word's column profile) matches `profile` best: the left edge of its ink. */
function bestOffset(profile: Float64Array, template: Float64Array): number {
  let first = template.findIndex((v) => v > 0);
  let last = template.length - 1;
  while (last > first && template[last] === 0) last -= 1;
  first = Math.max(0, first);
  let best = 0;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let x = 0; x + (last - first) < profile.length; x += 1) {
    let cost = 0;
    for (let k = first; k <= last; k += 1) cost += Math.abs(profile[x + k - first]! - template[k]!);
    if (cost < bestCost) {
      bestCost = cost;
      best = x;
    }
  }
  return best;
}

describe('fallback glyphs in the export drawing', () => {
  registerSceneFonts();

  it.each(SAMPLES)('draws $script from $fallback, never the missing-glyph box', (sample) => {
    for (const word of sample.text.split(' ')) {
      const drawn = drawnAlpha(word, sceneFont(fontFamilyList(FAMILY)));
      const fromFallback = drawnAlpha(word, sceneFont(`"${sample.fallback}"`));
      const tofu = drawnAlpha(word, sceneFont(`"${FAMILY}"`));
      // Every letter came from the fallback: the very same pixels as the fallback alone draws.
      expect(sameAlpha(drawn, fromFallback), word).toBe(true);
      expect(sameAlpha(drawn, tofu), `${word} is drawn as missing-glyph boxes`).toBe(false);
    }
  });

  it('measures the fallback scripts as drawn, and the table estimate comes close', () => {
    const context = createCanvas(8, 8).getContext('2d');
    context.font = sceneFont(fontFamilyList(FAMILY));
    for (const sample of SAMPLES) {
      for (const word of sample.text.split(' ')) {
        const real = context.measureText(word).width;
        expect(textWidthPx(word, FACE, SIZE)).toBeCloseTo(real, 6);
        expect(measureShapedText(word, FACE, SIZE)).toBeCloseTo(real, 6);
      }
      // Without a shaper (a process that draws nothing) the table estimate is within 10% over
      // a sentence (measured: Arabic 0.3%, Hebrew 0.0%, Devanagari 2.9%; single Arabic words
      // up to 15%, conjunct-heavy Devanagari up to 19%).
      const real = sample.text.split(' ').reduce((sum, w) => sum + context.measureText(w).width, 0);
      const estimate = sample.text
        .split(' ')
        .reduce((sum, w) => sum + estimatedTextWidthPx(w, FACE, SIZE), 0);
      expect(Math.abs(estimate - real) / real, sample.script).toBeLessThan(0.1);
    }
  });

  it('draws each Arabic word where the layout puts it, the first one rightmost', async () => {
    const text = 'تناول الدواء مرتين';
    const doc = withTracks({ captions: [cue('cue_ar', 0, 2000, text)] });
    const caption = sceneAt(doc, 500).captions[0]!;
    expect(caption.text.lines).toHaveLength(1);
    const line = caption.text.lines[0]!;
    const profile = columnWhite(decode(await renderSceneFrame(doc, 500)));
    const found: number[] = [];
    const expected: number[] = [];
    for (const word of line.words) {
      const template = columnAlpha(drawnAlpha(word.text, sceneFont(fontFamilyList(FAMILY)), 'rtl'));
      found.push(bestOffset(profile, template));
      // Where the layout puts the word's ink: its origin, plus the ink's offset from the origin.
      const inkLeft = template.findIndex((v) => v > 0) - ORIGIN_X;
      expected.push(caption.x + line.xPx + word.xPx + inkLeft);
    }
    found.forEach((x, i) =>
      expect(Math.abs(x - expected[i]!), line.words[i]!.text).toBeLessThan(2),
    );
    // Read right to left: each word is left of the one before it.
    expect(found[0]!).toBeGreaterThan(found[1]!);
    expect(found[1]!).toBeGreaterThan(found[2]!);
  });

  it('draws emoji in colour next to Arabic, from the colour emoji font', async () => {
    const doc = withTracks({ captions: [cue('cue_emoji', 0, 2000, 'اشرب الماء 💧 كل يوم 👍🏽')] });
    const { data } = decode(await renderSceneFrame(doc, 500));
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      if (a > 200 && Math.max(r, g, b) - Math.min(r, g, b) > 80) coloured += 1;
    }
    // White fill and a black outline have no saturated pixels; two emoji at 64 px have thousands.
    expect(coloured).toBeGreaterThan(1500);
  });
});
