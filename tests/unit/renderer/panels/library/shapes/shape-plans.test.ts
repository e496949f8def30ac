import { describe, expect, it } from 'vitest';
import { performInvocations } from '../../../../../../shared/commands';
import type { ProjectDocument } from '../../../../../../shared/model';
import {
  addImagePlan,
  addShapePlan,
  imageMedia,
} from '../../../../../../renderer/panels/library/shapes/shape-plans';
import { applyAll, sampleDoc } from '../../../../shared/fixtures';

function run(doc: ProjectDocument, plan: Parameters<typeof performInvocations>[1]) {
  return performInvocations(doc, plan);
}

describe('addShapePlan', () => {
  it('adds the preset at the playhead, undoable', () => {
    const doc = sampleDoc();
    const { doc: after, inverses } = run(doc, [addShapePlan(doc, 'ring', 2500, 'ovl_ring')]);
    expect(after.tracks.overlays).toHaveLength(1);
    expect(after.tracks.overlays[0]).toMatchObject({ id: 'ovl_ring', kind: 'shape', start: 2500 });
    expect(run(after, inverses).doc).toEqual(doc);
  });
});

describe('addImagePlan', () => {
  it("adds an image already in the project as an overlay, leaving the timeline's clips", () => {
    const doc = sampleDoc();
    const plan = addImagePlan(doc, 'med_logo', 1000, 'ovl_img');
    expect(plan.map((step) => step.name)).toEqual(['overlay.add']);
    const after = run(doc, plan).doc;
    expect(after.tracks.video).toEqual(doc.tracks.video);
    expect(after.tracks.overlays[0]).toMatchObject({ kind: 'image', mediaId: 'med_logo' });
  });

  it('takes the clip a fresh import appended off again, in the same step', () => {
    const imported = applyAll(sampleDoc(), [
      { name: 'clip.add', args: { id: 'clip_logo', mediaId: 'med_logo', out: 5000 } },
    ]);
    const plan = addImagePlan(imported, 'med_logo', 1000, 'ovl_img', true);
    expect(plan.map((step) => step.name)).toEqual(['clip.remove', 'overlay.add']);
    const { doc: after, inverses } = run(imported, plan);
    expect(after.tracks.video.map((clip) => clip.id)).toEqual(['clip_1', 'clip_2']);
    expect(after.tracks.overlays[0]).toMatchObject({ id: 'ovl_img', start: 1000, end: 4000 });
    expect(run(after, inverses.slice().reverse()).doc).toEqual(imported);
  });

  it('refuses media that is not a still image', () => {
    expect(() => addImagePlan(sampleDoc(), 'med_a', 0, 'x')).toThrowError(/only still images/);
  });
});

describe('imageMedia', () => {
  it('lists the still images only', () => {
    expect(imageMedia(sampleDoc())).toEqual([{ id: 'med_logo', name: 'logo.png' }]);
  });
});
