import { describe, expect, it } from 'vitest';
import { invocation } from '../../../../shared/commands';
import type { ProjectDocument } from '../../../../shared/model';
import { readoutOf } from '../../../../renderer/canvas/SelectionReadout';
import { applyAll, sampleDoc, textOverlay } from '../../shared/fixtures';

function doc(): ProjectDocument {
  const overlay = textOverlay('ovl_1', 1000, 4000);
  return applyAll(sampleDoc(), [
    invocation('overlay.add', {
      overlay: {
        ...overlay,
        transform: [
          { ...overlay.transform[0]!, x: 0.25, y: 0.1, rotation: 10 },
          { ...overlay.transform[0]!, t: 2000, x: 0.75, y: 0.1, scale: 2, rotation: 30 },
        ],
      },
    }),
    invocation('caption.add', { id: 'cue_1', start: 0, end: 2000, text: 'Hello' }),
    invocation('clip.setReframe', {
      id: 'clip_1',
      reframe: { mode: 'fill', focus: [{ t: 1000, x: 0.25, y: 0.5, easing: 'linear' }] },
    }),
    invocation('clip.setReframe', {
      id: 'clip_2',
      reframe: { mode: 'fit-blur', blurStrength: 30 },
    }),
  ]);
}

describe('readoutOf', () => {
  it('gives an overlay position in frame pixels, scale, rotation and its keyframes at the playhead', () => {
    const half = readoutOf(doc(), { kind: 'overlay', id: 'ovl_1' }, 2000);
    expect(half?.facts).toEqual(['X 540', 'Y 192', '150%', '20°', '◇ 2']);
    expect(half?.data).toMatchObject({
      x: '540',
      y: '192',
      keyframes: '2',
      keyframeAtPlayhead: 'false',
    });
    const onKey = readoutOf(doc(), { kind: 'overlay', id: 'ovl_1' }, 3000);
    expect(onKey?.data.keyframeAtPlayhead).toBe('true');
    expect(onKey?.facts.at(-1)).toBe('◆ 2');
  });

  it('gives a caption its anchor and a fill clip its focus', () => {
    expect(readoutOf(doc(), { kind: 'caption', id: 'cue_1' }, 0)?.data).toEqual({
      x: '497',
      y: '1344',
    });
    const clip = readoutOf(doc(), { kind: 'clip', id: 'clip_1' }, 0);
    expect(clip?.title).toBe('Clip focus');
    expect(clip?.data).toMatchObject({
      focusX: '0.2500',
      keyframes: '1',
      keyframeAtPlayhead: 'true',
    });
    expect(readoutOf(doc(), { kind: 'clip', id: 'clip_2' }, 5000)?.facts).toEqual([
      'Reframe fit-blur',
    ]);
    expect(readoutOf(doc(), { kind: 'marker', id: 'm' }, 0)).toBeNull();
  });
});
