import { describe, expect, it } from 'vitest';
import { sceneAt } from '../../../../shared/scene/scene-at';
import { SceneError } from '../../../../shared/scene/errors';
import { fillCropRect } from '../../../../shared/scene/scene-video';
import { projectDocumentSchema } from '../../../../shared/model';
import type { FaceTrack, ProjectDocument } from '../../../../shared/model';
import { cue, keyframe, richDoc, withTracks, iconOverlay } from './scene-fixtures';
import { hashOf } from '../fixtures';

describe('sceneAt: video', () => {
  it('maps timeline time to source time and interpolates the fill focus there', () => {
    const scene = sceneAt(richDoc(), 1000);
    // in = 1000, so t = 1000 is source 2000: halfway between focus keyframes at 1000 and 3000.
    expect(scene.video).toEqual({
      clipId: 'clip_1',
      mediaId: 'med_a',
      sourceMs: 2000,
      reframe: { mode: 'fill', focus: { x: expect.closeTo(0.5, 10), y: 0.5 } },
    });
  });

  it('shows no clip after the track ends', () => {
    expect(sceneAt(richDoc(), 6000).video).toBeNull();
    expect(sceneAt(richDoc(), 5999).video?.sourceMs).toBe(6999);
  });

  it('crops a fill reframe around the focus, inside the picture, on even pixels like the export', () => {
    const frame = { width: 1080, height: 1920 };
    // 1080 * 9/16 = 607.5, floored to even; the centred offset (960 - 303) floored to even.
    expect(fillCropRect({ width: 1920, height: 1080 }, frame, { x: 0.5, y: 0.5 })).toEqual({
      x: 656,
      y: 0,
      width: 606,
      height: 1080,
    });
    expect(fillCropRect({ width: 1920, height: 1080 }, frame, { x: 0, y: 0.5 }).x).toBe(0);
    expect(fillCropRect({ width: 1920, height: 1080 }, frame, { x: 1, y: 0.5 }).x).toBe(1920 - 606);
  });
});

describe('sceneAt: captions', () => {
  it('shows the cue active at t with its style, lines and position', () => {
    const doc = richDoc();
    const [caption] = sceneAt(doc, 500).captions;
    expect(caption?.cueId).toBe('cue_1');
    expect(caption?.text.font).toEqual({ family: 'TikTok Sans', weight: 700, sizePx: 64 });
    expect(caption?.text.lines.map((line) => line.text).join(' ')).toBe(
      'Blood pressure above 140/90 raises stroke risk',
    );
    expect(caption?.text.lines.length).toBeGreaterThan(1);
    // The anchor (0.46, 0.7) is the bottom centre of the block.
    expect(caption!.x + caption!.text.widthPx / 2).toBeCloseTo(0.46 * 1080, 6);
    expect(caption!.y + caption!.text.heightPx).toBeCloseTo(0.7 * 1920, 6);
    expect(caption?.outline).toEqual({ color: '#000000', widthPx: 6 });
    expect(caption?.activeWordIndex).toBeNull();
  });

  it('ends a cue at its end time and starts the next', () => {
    expect(sceneAt(richDoc(), 1999).captions.map((c) => c.cueId)).toEqual(['cue_1']);
    expect(sceneAt(richDoc(), 2000).captions.map((c) => c.cueId)).toEqual(['cue_2']);
  });

  it('tracks the active word in word-highlight mode', () => {
    const at = (t: number) => sceneAt(richDoc(), t).captions[0]?.activeWordIndex;
    expect(at(2000)).toBe(0);
    expect(at(2450)).toBe(1);
    // 650 ms into the cue is a pause after "it": "it" stays lit.
    expect(at(2650)).toBe(1);
    expect(at(3200)).toBe(3);
  });

  it('shows one word at a time in single-word mode, nothing before the first word', () => {
    const base = richDoc();
    const doc = projectDocumentSchema.parse({
      ...base,
      captionStyles: base.captionStyles.map((style) =>
        style.id === 'style-highlight' ? { ...style, mode: 'singleWord' } : style,
      ),
      tracks: {
        ...base.tracks,
        captions: base.tracks.captions.map((c) =>
          c.id === 'cue_2'
            ? {
                ...c,
                words: c.words!.map((w) => ({ ...w, start: w.start + 100, end: w.end + 100 })),
              }
            : c,
        ),
      },
    });
    expect(sceneAt(doc, 2050).captions).toEqual([]);
    const lines = sceneAt(doc, 2850).captions[0]?.text.lines;
    expect(lines?.map((line) => line.text)).toEqual(['every']);
    expect(lines?.[0]?.words[0]?.index).toBe(2);
  });

  it('applies per-cue overrides over the style', () => {
    const doc = withTracks({
      captions: [
        cue('cue_x', 0, 1000, 'Moved up', {
          overrides: { position: { x: 0.5, y: 0.3 }, align: 'left', maxWidthPx: 500 },
        }),
      ],
    });
    const [caption] = sceneAt(doc, 0).captions;
    expect(caption?.text.align).toBe('left');
    expect(caption?.text.widthPx).toBe(500);
    expect(caption!.y + caption!.text.heightPx).toBeCloseTo(0.3 * 1920, 6);
  });

  it('draws unknown font families in the fallback family at the nearest weight', () => {
    const base = withTracks({ captions: [cue('cue_x', 0, 1000, 'Hi')] });
    const doc = projectDocumentSchema.parse({
      ...base,
      captionStyles: base.captionStyles.map((style) => ({
        ...style,
        fontFamily: 'Comic Sans MS',
        fontWeight: 300,
      })),
    });
    expect(sceneAt(doc, 0).captions[0]?.text.font).toMatchObject({
      family: 'TikTok Sans',
      weight: 400,
    });
  });
});

describe('sceneAt: overlays', () => {
  it('places overlays in frame pixels with their animation applied', () => {
    const scene = sceneAt(richDoc(), 150);
    const icon = scene.overlays.find((overlay) => overlay.id === 'ovl_icon');
    expect(icon?.kind).toBe('icon');
    expect(icon?.transform.x).toBeCloseTo(540, 6);
    expect(icon?.transform.y).toBeCloseTo(0.3 * 1920, 6);
    expect(icon?.animation).toEqual({ phase: 'enter', type: 'pop', progress: 0.5 });
    expect(icon?.transform.opacity).toBe(1);
    expect(scene.overlays.map((overlay) => overlay.id)).toEqual([
      'ovl_icon',
      'ovl_callout',
      'ovl_badge',
      'ovl_chip',
    ]);
  });

  it('combines keyframed motion with the keyframes easing', () => {
    const doc = withTracks({
      overlays: [
        iconOverlay('ovl_move', 1000, 3000, {
          transform: [
            keyframe(0, { x: 0.2, opacity: 0.5 }),
            keyframe(1000, { x: 0.8, opacity: 1 }),
          ],
        }),
      ],
    });
    const icon = sceneAt(doc, 1500).overlays[0];
    expect(icon?.transform.x).toBeCloseTo(0.5 * 1080, 6);
    expect(icon?.transform.opacity).toBeCloseTo(0.75, 10);
    expect(sceneAt(doc, 3000).overlays).toEqual([]);
  });

  it('labels citation chips from the citation, with the brand colours', () => {
    const chip = sceneAt(richDoc(), 1000).overlays.find(
      (overlay) => overlay.kind === 'citationChip',
    );
    expect(chip).toMatchObject({
      kind: 'citationChip',
      label: 'Smith et al., N Engl J Med 2023',
      background: '#0B5FA5',
      textColor: '#FFFFFF',
    });
  });

  it('gives badges a number colour that reads on their fill', () => {
    const badge = sceneAt(richDoc(), 1000).overlays.find((overlay) => overlay.kind === 'shape');
    expect(badge?.kind === 'shape' && badge.number).toMatchObject({ value: 1, color: '#000000' });
  });

  it('traces the callout leader line with draw-on', () => {
    const callout = sceneAt(richDoc(), 200).overlays.find((overlay) => overlay.kind === 'callout');
    expect(callout?.reveal?.kind).toBe('drawOn');
    expect(callout?.reveal?.progress).toBeCloseTo(1 - 0.5 ** 3, 10);
    expect(callout?.kind === 'callout' && callout.target).toEqual({
      x: 0.55 * 1080,
      y: 0.33 * 1920,
    });
  });
});

describe('sceneAt: blur regions', () => {
  function withPrivacy(doc: ProjectDocument, tracks: FaceTrack[]): ProjectDocument {
    return projectDocumentSchema.parse({
      ...doc,
      privacy: {
        scans: [
          {
            id: 'scan_1',
            mediaId: 'med_a',
            contentHash: hashOf('med_a'),
            mode: 'standard',
            settingsKey: 'test',
            sampleRate: 5,
            finishedAt: '2025-01-01T00:00:00Z',
            trackIds: tracks.map((track) => track.id),
          },
        ],
        faceTracks: tracks,
        manualRegions: [
          {
            id: 'reg_badge',
            mediaId: 'med_a',
            startMs: 0,
            endMs: 10_000,
            keyframes: [{ t: 0, box: { x: 10, y: 20, width: 30, height: 40 } }],
            blurStyle: 'pixelate',
          },
        ],
      },
    });
  }
  const track = (id: string, decision: FaceTrack['decision']): FaceTrack => ({
    id,
    mediaId: 'med_a',
    scanId: 'scan_1',
    samples: [
      { t: 1500, box: { x: 100, y: 100, width: 200, height: 200 }, score: 0.9 },
      { t: 2500, box: { x: 300, y: 100, width: 200, height: 200 }, score: 0.9 },
    ],
    decision,
    ...(decision === 'keep' ? { note: 'presenting clinician, consented' } : {}),
    blurStyle: 'gaussian',
  });

  it('blurs faces not kept, interpolated in source time, only while the track lasts', () => {
    const doc = withPrivacy(richDoc(), [
      track('face_a', 'blur'),
      track('face_b', 'keep'),
      track('face_c', 'unreviewed'),
    ]);
    // Timeline 1000 is source 2000: halfway through the tracks.
    const regions = sceneAt(doc, 1000).blurRegions;
    expect(regions.map((region) => region.id)).toEqual(['reg_badge', 'face_a', 'face_c']);
    expect(regions[1]?.box).toEqual({ x: 200, y: 100, width: 200, height: 200 });
    expect(regions[0]).toMatchObject({ source: 'manual', style: 'pixelate' });
    // Source 3000 is after the tracks' last sample: only the manual region remains.
    expect(sceneAt(doc, 2000).blurRegions.map((region) => region.id)).toEqual(['reg_badge']);
  });
});

describe('sceneAt: input', () => {
  it('refuses negative and fractional times with a SceneError', () => {
    expect(() => sceneAt(richDoc(), -1)).toThrow(SceneError);
    expect(() => sceneAt(richDoc(), 1.5)).toThrow(/whole, non-negative/);
  });
});
