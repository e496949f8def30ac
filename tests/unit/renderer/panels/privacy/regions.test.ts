import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../../shared/commands';
import { newRegionAtPlayhead } from '../../../../../renderer/panels/privacy/regions';
import { clipDoc } from './fixtures';

describe('newRegionAtPlayhead', () => {
  it('covers the centre third of the picture from the playhead to the end of the clip', () => {
    const doc = clipDoc();
    const clip = doc.tracks.video[0]!;
    const trimmed = {
      ...doc,
      tracks: { ...doc.tracks, video: [{ ...clip, start: 1000, in: 2000, out: 9000 }] },
    };
    const made = newRegionAtPlayhead(trimmed, 3000, 'reg_1');
    // 320x240 picture (videoProbe): a 107x80 box centred.
    expect(made).toEqual({
      ok: true,
      region: {
        id: 'reg_1',
        mediaId: 'med_a',
        startMs: 4000,
        endMs: 9000,
        keyframes: [{ t: 4000, box: { x: 107, y: 80, width: 107, height: 80 } }],
        blurStyle: 'gaussian',
      },
    });
    if (!made.ok) return;
    // The command accepts it as it is.
    const after = applyCommand(trimmed, invocation('privacy.addRegion', { region: made.region }));
    expect(after.doc.privacy.manualRegions).toHaveLength(1);
  });

  it('says why when the playhead is not over footage', () => {
    const made = newRegionAtPlayhead(clipDoc(), 12_000, 'reg_1');
    expect(made).toEqual({
      ok: false,
      reason: 'Move the playhead over footage to add a blur region there.',
    });
  });
});
