import { describe, expect, it } from 'vitest';
import { applyCommand, coalesceKeyOf, CommandError, invocation } from '../../../../shared/commands';
import type { CommandInvocation } from '../../../../shared/commands';
import type { ManualRegion, PixelBox, ProjectDocument } from '../../../../shared/model';
import { expectInverseRestores, sampleDoc } from '../fixtures';

const box = (x: number, width = 50): PixelBox => ({ x, y: 10, width, height: 20 });

function region(fields: Partial<ManualRegion> = {}): ManualRegion {
  return {
    id: 'reg_1',
    mediaId: 'med_a',
    startMs: 1000,
    endMs: 5000,
    keyframes: [
      { t: 1000, box: box(10) },
      { t: 3000, box: box(200) },
    ],
    blurStyle: 'gaussian',
    ...fields,
  };
}

function withRegion(fields: Partial<ManualRegion> = {}): ProjectDocument {
  return applyCommand(sampleDoc(), invocation('privacy.addRegion', { region: region(fields) })).doc;
}

function onlyRegion(doc: ProjectDocument): ManualRegion {
  const [first, ...rest] = doc.privacy.manualRegions;
  if (first === undefined || rest.length > 0) throw new Error('expected exactly one region');
  return first;
}

/** The CommandError a refused invocation throws. */
function refusal(doc: ProjectDocument, refused: CommandInvocation): CommandError {
  try {
    applyCommand(doc, refused);
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error(`${refused.name} was not refused`);
}

describe('privacy.addRegion / removeRegion', () => {
  it('adds a region with its span at an index and removes it, each undoing the other', () => {
    const doc = expectInverseRestores(
      sampleDoc(),
      invocation('privacy.addRegion', { region: region() }),
    );
    expect(onlyRegion(doc)).toStrictEqual(region());
    const two = expectInverseRestores(
      doc,
      invocation('privacy.addRegion', { region: region({ id: 'reg_0' }), index: 0 }),
    );
    expect(two.privacy.manualRegions.map((r) => r.id)).toEqual(['reg_0', 'reg_1']);
    const removed = expectInverseRestores(two, invocation('privacy.removeRegion', { id: 'reg_0' }));
    expect(removed.privacy.manualRegions.map((r) => r.id)).toEqual(['reg_1']);
  });

  it('validates the region like the schema: span, keyframe order, ids, media', () => {
    const add = (fields: Partial<ManualRegion>) =>
      refusal(sampleDoc(), invocation('privacy.addRegion', { region: region(fields) }));
    const backwards = add({ startMs: 5000, endMs: 5000 });
    expect(backwards.code).toBe('invalid-args');
    expect(backwards.message).toMatch(/must end after it starts \(start 5000 ms, end 5000 ms\)/);
    expect(backwards.issues.map((i) => i.path)).toContain('region.endMs');
    expect(add({ startMs: -1 }).code).toBe('invalid-args');
    expect(add({ endMs: 2.5 }).code).toBe('invalid-args');
    const unordered = add({
      keyframes: [
        { t: 2000, box: box(1) },
        { t: 2000, box: box(2) },
      ],
    });
    expect(unordered.message).toMatch(/keyframe times must increase/);
    expect(add({ keyframes: [] }).code).toBe('invalid-args');
    expect(add({ mediaId: 'med_zz' }).message).toMatch(/media "med_zz" does not exist/);
    expect(
      refusal(withRegion(), invocation('privacy.addRegion', { region: region() })).message,
    ).toMatch(/blur region "reg_1" already exists/);
    expect(refusal(sampleDoc(), invocation('privacy.removeRegion', { id: 'reg_1' })).code).toBe(
      'precondition',
    );
  });
});

describe('privacy.setRegionKeyframe', () => {
  it('adds a keyframe at a new time, in time order, and undoes', () => {
    const doc = expectInverseRestores(
      withRegion(),
      invocation('privacy.setRegionKeyframe', { id: 'reg_1', t: 2000, box: box(99) }),
    );
    expect(onlyRegion(doc).keyframes).toEqual([
      { t: 1000, box: box(10) },
      { t: 2000, box: box(99) },
      { t: 3000, box: box(200) },
    ]);
  });

  it('replaces the keyframe at exactly that time, leaving the rest', () => {
    const doc = expectInverseRestores(
      withRegion(),
      invocation('privacy.setRegionKeyframe', { id: 'reg_1', t: 3000, box: box(300, 80) }),
    );
    expect(onlyRegion(doc).keyframes).toEqual([
      { t: 1000, box: box(10) },
      { t: 3000, box: box(300, 80) },
    ]);
  });

  it('accepts the span ends and refuses times outside the span (no clamping)', () => {
    for (const t of [1000, 5000]) {
      const doc = applyCommand(
        withRegion(),
        invocation('privacy.setRegionKeyframe', { id: 'reg_1', t, box: box(7) }),
      ).doc;
      expect(onlyRegion(doc).keyframes.find((k) => k.t === t)?.box).toEqual(box(7));
    }
    for (const t of [999, 5001]) {
      const error = refusal(
        withRegion(),
        invocation('privacy.setRegionKeyframe', { id: 'reg_1', t, box: box(7) }),
      );
      expect(error.code).toBe('invalid-args');
      expect(error.message).toContain(`time ${t} ms is outside blur region "reg_1" (1000–5000 ms)`);
    }
  });

  it('refuses unknown regions, negative or fractional times and empty boxes', () => {
    const set = (args: { id?: string; t?: number; box?: PixelBox }) =>
      refusal(
        withRegion(),
        invocation('privacy.setRegionKeyframe', { id: 'reg_1', t: 2000, box: box(1), ...args }),
      );
    expect(set({ id: 'reg_9' }).message).toMatch(/blur region "reg_9" does not exist/);
    expect(set({ t: -5 }).code).toBe('invalid-args');
    expect(set({ t: 1500.5 }).code).toBe('invalid-args');
    expect(set({ box: { x: 0, y: 0, width: 0, height: 10 } }).code).toBe('invalid-args');
  });
});

describe('privacy.removeRegionKeyframe', () => {
  it('removes the keyframe at that time and undoes', () => {
    const doc = expectInverseRestores(
      withRegion(),
      invocation('privacy.removeRegionKeyframe', { id: 'reg_1', t: 1000 }),
    );
    expect(onlyRegion(doc).keyframes).toEqual([{ t: 3000, box: box(200) }]);
  });

  it('refuses to remove the last keyframe, or one that is not there', () => {
    const single = withRegion({ keyframes: [{ t: 1000, box: box(10) }] });
    const last = refusal(
      single,
      invocation('privacy.removeRegionKeyframe', { id: 'reg_1', t: 1000 }),
    );
    expect(last.code).toBe('precondition');
    expect(last.message).toMatch(/needs at least one keyframe; remove the region/);
    const missing = refusal(
      withRegion(),
      invocation('privacy.removeRegionKeyframe', { id: 'reg_1', t: 2000 }),
    );
    expect(missing.message).toMatch(/has no keyframe at 2000 ms/);
  });
});

describe('privacy.setRegionKeyframes', () => {
  it('replaces the whole list, even with keyframes outside the span, and undoes', () => {
    const keyframes = [
      { t: 0, box: box(1) },
      { t: 6000, box: box(2) },
    ];
    const doc = expectInverseRestores(
      withRegion(),
      invocation('privacy.setRegionKeyframes', { id: 'reg_1', keyframes }),
    );
    expect(onlyRegion(doc).keyframes).toEqual(keyframes);
  });

  it('refuses an empty or unordered list', () => {
    const set = (keyframes: ManualRegion['keyframes']) =>
      refusal(withRegion(), invocation('privacy.setRegionKeyframes', { id: 'reg_1', keyframes }));
    expect(set([]).code).toBe('invalid-args');
    expect(
      set([
        { t: 3000, box: box(1) },
        { t: 2000, box: box(2) },
      ]).message,
    ).toMatch(/keyframe times must increase/);
  });
});

describe('privacy.setRegionSpan', () => {
  it('sets the span, keeps the keyframes, and undoes', () => {
    const doc = expectInverseRestores(
      withRegion(),
      invocation('privacy.setRegionSpan', { id: 'reg_1', startMs: 2500, endMs: 2600 }),
    );
    expect(onlyRegion(doc)).toStrictEqual(region({ startMs: 2500, endMs: 2600 }));
  });

  it('refuses a span that does not end after it starts', () => {
    const error = refusal(
      withRegion(),
      invocation('privacy.setRegionSpan', { id: 'reg_1', startMs: 3000, endMs: 2000 }),
    );
    expect(error.code).toBe('invalid-args');
    expect(error.message).toMatch(/endMs: a blur region must end after it starts/);
  });

  it('merges consecutive span edits of one region into one undo step', () => {
    const key = (id: string) =>
      coalesceKeyOf(invocation('privacy.setRegionSpan', { id, startMs: 0, endMs: 1 }));
    expect(key('reg_1')).toBe(key('reg_1'));
    expect(key('reg_1')).not.toBe(key('reg_2'));
  });
});

describe('privacy.setRegionLabel', () => {
  it('sets a trimmed label, removes it with an empty one, and each undoes', () => {
    const labelled = expectInverseRestores(
      withRegion(),
      invocation('privacy.setRegionLabel', { id: 'reg_1', label: '  name badge ' }),
    );
    expect(onlyRegion(labelled).label).toBe('name badge');
    const cleared = expectInverseRestores(
      labelled,
      invocation('privacy.setRegionLabel', { id: 'reg_1', label: '' }),
    );
    expect(onlyRegion(cleared)).not.toHaveProperty('label');
    expect(onlyRegion(cleared)).toStrictEqual(region());
  });

  it('refuses a label over 200 characters and unknown regions', () => {
    expect(
      refusal(
        withRegion(),
        invocation('privacy.setRegionLabel', { id: 'reg_1', label: 'x'.repeat(201) }),
      ).code,
    ).toBe('invalid-args');
    expect(
      refusal(withRegion(), invocation('privacy.setRegionLabel', { id: 'reg_2', label: 'a' })).code,
    ).toBe('precondition');
  });
});
