import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../../../../main/engine/render/job';
import {
  renderOverlayFrames,
  renderSceneFrame,
} from '../../../../../main/engine/render/overlay-frames';
import { NO_ANIMATION, staticTransform, type ProjectDocument } from '../../../../../shared/model';
import { frameTimeMs } from '../../../../../shared/scene/overlay-segments';
import { tempDir } from '../../../../support/temp';
import { cue, iconOverlay, keyframe } from '../../../../unit/shared/scene/scene-fixtures';
import { ffmpeg, mediaAsset, projectOf } from './export-fixtures';
import {
  compareFrames,
  compositeOver,
  decodePngRgba,
  drawnRegion,
  flatColour,
  videoFrameRgb,
  type RgbFrame,
} from './wysiwyg-pixels';

/**
 * What you see is what you export: each exported frame shows the overlay layer that the Node
 * scene renderer draws for that frame's time.
 *
 * The footage is flat grey at the frame size, so `fill` maps it 1:1 and the expected frame is
 * the scene PNG laid (source-over) on that grey. The metric, per sampled frame, over the overlay
 * region = pixels where the scene's alpha > 0, dilated by 2 px:
 *  (a) mean |exported − expected| per RGB channel ≤ 6 levels (of 255);
 *  (b) ≥ 97 % of the 2x2 blocks touching the region have a block-mean colour within 24 levels on
 *      every channel (4:2:0 chroma and x264 soften hard edges: single edge pixels may differ a
 *      lot while their 2x2 block does not);
 * and outside the region the frame is the flat grey: no channel more than 24 levels off, and
 * fewer than 50 pixels more than 6 levels off (encoder ringing just past the 2 px margin).
 * Measured on 29 frames of this project (every frame of the badge's move) with the overlay
 * pictures switching on the frame clock: (a) ≤ 3.5, (b) ≥ 97.4 %, outside max ≤ 11 with ≤ 12
 * stray pixels. A picture one frame late while the badge moves gives (a) 4-10, (b) 88-96 %,
 * outside max 97-175; the layer moved 20 px gives (a) 29-58, (b) 55-73 %.
 */

const FPS = 30;
const SIZE = { width: 1080, height: 1920 };
const MEAN_TOLERANCE = 6;
const BLOCK_TOLERANCE = 24;
const BLOCK_SHARE = 0.97;
const DILATION_PX = 2;
const OUTSIDE_MAX = 24;
const OUTSIDE_LEVEL = 6;
const OUTSIDE_STRAY_MAX = 50;
const MIN_REGION_PIXELS = 5_000;

const temp = tempDir('medclip-wysiwyg-');
let footage: string;
let exported: string;
let doc: ProjectDocument;
let background: [number, number, number];
let grey: RgbFrame;

/**
 * Three caption styles back to back (clean 0-1 s, boxed 1-2 s, word highlight 2-3 s), a heart
 * icon and a boxed text label throughout, and a badge that slides, grows, turns and fades
 * between 300 and 900 ms.
 */
async function explainer(): Promise<ProjectDocument> {
  const media = [await mediaAsset('med_grey', footage)];
  return projectOf(media, (d) => {
    d.tracks.video.push({
      id: 'clip_grey',
      mediaId: 'med_grey',
      start: 0,
      in: 0,
      out: 3000,
      volume: 1,
      muted: false,
      reframe: { mode: 'fill', focus: [{ t: 0, x: 0.5, y: 0.5, easing: 'linear' }] },
    });
    d.tracks.captions.push(
      cue('cue_clean', 0, 1000, 'Rest, ice and elevate the knee'),
      cue('cue_boxed', 1000, 2000, 'Most sprains heal within six weeks', {
        styleId: 'style-boxed',
      }),
      cue('cue_words', 2000, 3000, 'See your GP if it swells', {
        styleId: 'style-highlight',
        words: [
          { text: 'See', start: 0, end: 200 },
          { text: 'your', start: 200, end: 400 },
          { text: 'GP', start: 400, end: 650 },
          { text: 'if', start: 650, end: 750 },
          { text: 'it', start: 750, end: 850 },
          { text: 'swells', start: 850, end: 1000 },
        ],
      }),
    );
    d.tracks.overlays.push(
      iconOverlay('ovl_heart', 0, 3000, { transform: staticTransform(0.7, 0.32) }),
      {
        id: 'ovl_label',
        kind: 'text',
        start: 0,
        end: 3000,
        transform: staticTransform(0.5, 0.14),
        enter: NO_ANIMATION,
        exit: NO_ANIMATION,
        text: 'Knee sprain: first 48 hours',
        fontFamily: 'Inter',
        fontWeight: 700,
        fontSizePx: 60,
        fill: '#FFD60A',
        outline: { color: '#000000', widthPx: 3 },
        box: { color: '#1E3A8A', opacity: 0.6, paddingPx: 16, radiusPx: 12 },
        align: 'center',
        maxWidthPx: 900,
      },
      {
        id: 'ovl_badge',
        kind: 'shape',
        start: 300,
        end: 1300,
        transform: [
          keyframe(0, { x: 0.2, y: 0.45, scale: 0.8, easing: 'easeInOut' }),
          keyframe(600, { x: 0.8, y: 0.55, scale: 1.6, rotation: 90, opacity: 0.7 }),
        ],
        enter: NO_ANIMATION,
        exit: NO_ANIMATION,
        shape: 'badge',
        widthPx: 120,
        heightPx: 120,
        stroke: '#FFFFFF',
        strokeWidthPx: 6,
        fill: '#16A34A',
        number: 2,
      },
    );
  });
}

beforeAll(async () => {
  footage = path.join(temp.dir, 'grey.mp4');
  await ffmpeg([
    ...['-f', 'lavfi', '-i', `color=c=0x505050:size=${SIZE.width}x${SIZE.height}:rate=${FPS}`],
    ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000'],
    ...['-t', '3', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'],
    ...['-c:a', 'aac', footage],
  ]);
  grey = await videoFrameRgb(footage, 0, FPS, SIZE);
  background = flatColour(grey, 1);
  doc = await explainer();
  exported = path.join(temp.dir, 'wysiwyg.mp4');
  await runExport({
    doc,
    projectPath: path.join(temp.dir, 'wysiwyg.medclip'),
    preset: 'tiktok',
    outPath: exported,
    overlayFrames: renderOverlayFrames,
    // The preset's CRF, at x264's fastest speed that still writes High profile (ultrafast
    // drops to Main, which the export's own verification refuses).
    encoderSpeed: 'superfast',
  });
});
afterAll(() => temp.cleanup());

/** Sampled frames (none on a cue boundary; three while the badge moves) and what they show. */
const SAMPLES = [
  { frame: 12, shows: 'clean caption, icon, label, badge a sixth into its move' },
  { frame: 16, shows: 'clean caption, icon, label, badge two fifths into its move' },
  { frame: 22, shows: 'clean caption, icon, label, badge two thirds into its move' },
  { frame: 45, shows: 'boxed caption, icon, label, badge at rest' },
  { frame: 75, shows: 'word-highlight caption on "GP", icon, label' },
] as const;

describe('WYSIWYG: exported frames against the Node scene render', () => {
  it.each(SAMPLES)('frame $frame ($shows) matches in the overlay region', async ({ frame }) => {
    // The exporter draws each frame's overlay at the frame's start, floored to whole ms.
    const sceneMs = frameTimeMs(frame, FPS);
    const layer = decodePngRgba(await renderSceneFrame(doc, sceneMs));
    const expected = compositeOver(layer, grey);
    const region = drawnRegion(layer, DILATION_PX);
    const actual = await videoFrameRgb(exported, frame, FPS, SIZE);
    const result = compareFrames(actual, expected, region, {
      background,
      blockTolerance: BLOCK_TOLERANCE,
      outsideLevel: OUTSIDE_LEVEL,
    });

    const figures =
      `frame ${frame} (${sceneMs} ms): region ${result.regionPixels} px, ` +
      `mean |diff| R/G/B ${result.meanAbsDiff.map((v) => v.toFixed(2)).join('/')}, ` +
      `2x2 blocks within ${BLOCK_TOLERANCE}: ${(100 * result.blocksWithin).toFixed(2)}% ` +
      `of ${result.regionBlocks}, outside: max ${result.outsideMaxDiff}, ` +
      `${result.outsideStray} px more than ${OUTSIDE_LEVEL} off`;
    console.log(`wysiwyg ${figures}`);

    expect(result.regionPixels, `overlay region too small to test: ${figures}`).toBeGreaterThan(
      MIN_REGION_PIXELS,
    );
    for (const channel of result.meanAbsDiff) {
      expect(
        channel,
        `mean |diff| per channel ≤ ${MEAN_TOLERANCE}: ${figures}`,
      ).toBeLessThanOrEqual(MEAN_TOLERANCE);
    }
    expect(
      result.blocksWithin,
      `≥ ${100 * BLOCK_SHARE}% of 2x2 blocks within ${BLOCK_TOLERANCE}: ${figures}`,
    ).toBeGreaterThanOrEqual(BLOCK_SHARE);
    expect(
      result.outsideMaxDiff,
      `outside the region, no channel more than ${OUTSIDE_MAX} from the grey: ${figures}`,
    ).toBeLessThanOrEqual(OUTSIDE_MAX);
    expect(
      result.outsideStray,
      `outside the region, < ${OUTSIDE_STRAY_MAX} px more than ${OUTSIDE_LEVEL} off: ${figures}`,
    ).toBeLessThan(OUTSIDE_STRAY_MAX);
  });
});
