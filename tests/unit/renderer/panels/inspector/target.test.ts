import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../../shared/commands';
import { staticTransform, type Overlay } from '../../../../../shared/model';
import {
  clipSourceTimeAt,
  describeCounts,
  overlayTimeAt,
  resolveTarget,
  targetTitle,
} from '../../../../../renderer/panels/inspector/target';
import { documentWithClip } from '../../support/documents';

function doc() {
  let current = documentWithClip();
  for (const each of [
    invocation('caption.add', { id: 'cue_1', start: 0, end: 900, text: 'Hello there' }),
    invocation('marker.add', { id: 'mrk_1', time: 400, label: 'Beat' }),
  ]) {
    current = applyCommand(current, each).doc;
  }
  return current;
}

describe('resolveTarget', () => {
  it('is the project when nothing (or only removed items) is selected', () => {
    expect(resolveTarget(doc(), [])).toEqual({ kind: 'none' });
    expect(resolveTarget(doc(), [{ kind: 'overlay', id: 'gone' }])).toEqual({ kind: 'none' });
  });

  it('finds one selected item with its media', () => {
    const target = resolveTarget(doc(), [{ kind: 'clip', id: 'clip_med_a' }]);
    expect(target.kind).toBe('clip');
    expect(target.kind === 'clip' && target.media?.id).toBe('med_a');
    expect(targetTitle(target)).toBe('Video clip');
    const cue = resolveTarget(doc(), [{ kind: 'caption', id: 'cue_1' }]);
    expect(cue.kind === 'caption' && cue.cue.text).toBe('Hello there');
  });

  it('counts several items by kind, leaving out removed ones', () => {
    const target = resolveTarget(doc(), [
      { kind: 'clip', id: 'clip_med_a' },
      { kind: 'caption', id: 'cue_1' },
      { kind: 'marker', id: 'mrk_1' },
      { kind: 'marker', id: 'gone' },
    ]);
    expect(target).toMatchObject({ kind: 'multi', counts: { clip: 1, caption: 1, marker: 1 } });
    expect(targetTitle(target)).toBe('3 items selected');
    expect(target.kind === 'multi' && describeCounts(target.counts)).toBe(
      '1 video clip, 1 caption, 1 marker',
    );
    expect(describeCounts({ overlay: 2 })).toBe('2 overlays');
  });
});

describe('item times at the playhead', () => {
  const overlay = {
    id: 'ov',
    kind: 'shape',
    shape: 'box',
    widthPx: 10,
    heightPx: 10,
    stroke: '#ffffff',
    strokeWidthPx: 2,
    start: 1000,
    end: 3000,
    transform: staticTransform(),
    enter: { type: 'none', durationMs: 0, easing: 'linear' },
    exit: { type: 'none', durationMs: 0, easing: 'linear' },
  } satisfies Overlay;

  it('gives an overlay’s local time, clamped, and whether the playhead is over it', () => {
    expect(overlayTimeAt(overlay, 1500)).toEqual({ t: 500, raw: 500, inside: true });
    expect(overlayTimeAt(overlay, 500)).toEqual({ t: 0, raw: -500, inside: false });
    expect(overlayTimeAt(overlay, 3000)).toEqual({ t: 2000, raw: 2000, inside: true });
    expect(overlayTimeAt(overlay, 3500)).toEqual({ t: 2000, raw: 2500, inside: false });
  });

  it('gives a clip’s source time at the playhead', () => {
    const clip = { start: 2000, in: 500, out: 1500 } as Parameters<typeof clipSourceTimeAt>[0];
    expect(clipSourceTimeAt(clip, 2250)).toEqual({ t: 750, raw: 750, inside: true });
    expect(clipSourceTimeAt(clip, 1000)).toEqual({ t: 500, raw: -500, inside: false });
    expect(clipSourceTimeAt(clip, 3000)).toEqual({ t: 1500, raw: 1500, inside: false });
  });
});
