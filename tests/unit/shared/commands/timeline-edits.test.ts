import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, CommandError, invocation } from '../../../../shared/commands';
import type { CommandInvocation } from '../../../../shared/commands';
import type { ProjectDocument, TransformKeyframe } from '../../../../shared/model';
import { applyAll, deepFreeze, expectInverseRestores, sampleDoc, textOverlay } from '../fixtures';

/**
 * clip_1 0-4000 (med_a in 1000), clip_2 4000-12000 (med_b), a music clip 0-60000 with fades,
 * two cues (one with word timings), two overlays (one with moving keyframes), a marker.
 */
function timelineDoc(): ProjectDocument {
  const moving: TransformKeyframe[] = [
    { t: 0, x: 0, y: 0.5, scale: 1, rotation: 0, opacity: 1, easing: 'linear' },
    { t: 2000, x: 1, y: 0.5, scale: 1, rotation: 0, opacity: 1, easing: 'linear' },
  ];
  return deepFreeze(
    applyAll(sampleDoc(), [
      invocation('audio.add', {
        id: 'aud_1',
        mediaId: 'med_music',
        fadeInMs: 1000,
        fadeOutMs: 2000,
      }),
      invocation('caption.add', {
        id: 'cue_1',
        start: 1000,
        end: 3000,
        text: 'Wash your hands',
        words: [
          { text: 'Wash', start: 0, end: 500 },
          { text: 'your', start: 600, end: 1000 },
          { text: 'hands', start: 1100, end: 1900 },
        ],
      }),
      invocation('caption.add', { id: 'cue_2', start: 5000, end: 7000, text: 'Call 999' }),
      invocation('overlay.add', {
        overlay: {
          ...textOverlay('ovl_1', 1000, 3000),
          transform: moving,
          enter: { type: 'fade', durationMs: 400, easing: 'easeOut' },
          exit: { type: 'fade', durationMs: 400, easing: 'easeIn' },
        },
      }),
      invocation('overlay.add', { overlay: textOverlay('ovl_2', 6000, 8000) }),
      invocation('marker.add', { id: 'mrk_1', time: 2000, label: 'Hook' }),
    ]),
  );
}

const spans = (doc: ProjectDocument) =>
  doc.tracks.video.map((c) => `${c.id}@${c.start}+${c.out - c.in}`);

describe('timeline.retime', () => {
  it('moves a group of clips past its own old place in one step', () => {
    const doc = expectInverseRestores(
      timelineDoc(),
      invocation('timeline.retime', {
        changes: [
          { kind: 'clip', id: 'clip_1', start: 1000 },
          { kind: 'clip', id: 'clip_2', start: 5000 },
        ],
      }),
    );
    expect(spans(doc)).toEqual(['clip_1@1000+4000', 'clip_2@5000+8000']);
  });

  it('reorders the video track and refuses overlaps with the clips named', () => {
    const doc = applyCommand(
      timelineDoc(),
      invocation('timeline.retime', {
        changes: [
          { kind: 'clip', id: 'clip_2', start: 0 },
          { kind: 'clip', id: 'clip_1', start: 8000 },
        ],
      }),
    ).doc;
    expect(spans(doc)).toEqual(['clip_2@0+8000', 'clip_1@8000+4000']);
    expect(() =>
      applyCommand(
        timelineDoc(),
        invocation('timeline.retime', { changes: [{ kind: 'clip', id: 'clip_1', start: 1000 }] }),
      ),
    ).toThrow(/clip "clip_2" \(4000-12000 ms\) would overlap clip "clip_1" \(1000-5000 ms\)/);
  });

  it('trims a clip head by moving in and start together', () => {
    const doc = expectInverseRestores(
      timelineDoc(),
      invocation('timeline.retime', {
        changes: [{ kind: 'clip', id: 'clip_1', start: 500, in: 1500, out: 5000 }],
      }),
    );
    expect(doc.tracks.video[0]).toMatchObject({ start: 500, in: 1500, out: 5000 });
  });

  it('moves an overlay with its keyframes and trims one keeping them in place', () => {
    const moved = expectInverseRestores(
      timelineDoc(),
      invocation('timeline.retime', {
        changes: [{ kind: 'overlay', id: 'ovl_1', start: 4000, end: 6000 }],
      }),
    );
    expect(moved.tracks.overlays[0]?.transform).toEqual(
      timelineDoc().tracks.overlays[0]?.transform,
    );
    const trimmed = expectInverseRestores(
      timelineDoc(),
      invocation('timeline.retime', {
        changes: [{ kind: 'overlay', id: 'ovl_1', start: 2000, end: 2500 }],
      }),
    );
    const overlay = trimmed.tracks.overlays[0]!;
    expect(overlay.transform.map((k) => [k.t, k.x])).toEqual([
      [0, 0.5],
      [500, 0.75],
    ]);
    // The 400 + 400 ms animations shrink to fit the 500 ms left.
    expect(overlay.enter.durationMs + overlay.exit.durationMs).toBeLessThanOrEqual(500);
  });

  it('trims a cue keeping its words in place, moves one with them', () => {
    const trimmed = expectInverseRestores(
      timelineDoc(),
      invocation('timeline.retime', {
        changes: [{ kind: 'caption', id: 'cue_1', start: 1700, end: 3000 }],
      }),
    );
    expect(trimmed.tracks.captions[0]?.words).toEqual([
      { text: 'your', start: 0, end: 300 },
      { text: 'hands', start: 400, end: 1200 },
    ]);
    const moved = applyCommand(
      timelineDoc(),
      invocation('timeline.retime', {
        changes: [{ kind: 'caption', id: 'cue_1', start: 9000, end: 11_000 }],
      }),
    ).doc;
    expect(moved.tracks.captions[0]?.words).toEqual(timelineDoc().tracks.captions[0]?.words);
  });

  it('fits audio fades into a shorter clip and moves markers', () => {
    const doc = expectInverseRestores(
      timelineDoc(),
      invocation('timeline.retime', {
        changes: [
          { kind: 'audio', id: 'aud_1', start: 100, in: 0, out: 1500 },
          { kind: 'marker', id: 'mrk_1', time: 9000 },
        ],
      }),
    );
    const audio = doc.tracks.audio[0]!;
    expect(audio.fadeInMs + audio.fadeOutMs).toBeLessThanOrEqual(1500);
    expect(audio.start).toBe(100);
    expect(doc.markers[0]?.time).toBe(9000);
  });

  it('refuses an item changed twice, a missing item and an empty range', () => {
    const doc = timelineDoc();
    const retime = (changes: unknown[]) =>
      applyCommand(doc, { name: 'timeline.retime', args: { changes } });
    expect(() =>
      retime([
        { kind: 'marker', id: 'mrk_1', time: 1 },
        { kind: 'marker', id: 'mrk_1', time: 2 },
      ]),
    ).toThrow(/changed twice/);
    expect(() => retime([{ kind: 'overlay', id: 'ovl_9', start: 0, end: 10 }])).toThrow(
      /overlay "ovl_9" does not exist/,
    );
    expect(() => retime([{ kind: 'caption', id: 'cue_1', start: 500, end: 500 }])).toThrow(
      /must end after it starts/,
    );
    expect(() => retime([{ kind: 'clip', id: 'clip_2', start: 20_000, out: 9000 }])).toThrow(
      CommandError,
    );
  });
});

describe('timeline.split', () => {
  it('cuts a clip in two at the time, keeping the source continuous', () => {
    const doc = expectInverseRestores(
      timelineDoc(),
      invocation('timeline.split', {
        at: 6000,
        items: [{ kind: 'clip', id: 'clip_2', newId: 'clip_3' }],
      }),
    );
    expect(doc.tracks.video.map((c) => [c.id, c.start, c.in, c.out])).toEqual([
      ['clip_1', 0, 1000, 5000],
      ['clip_2', 4000, 0, 2000],
      ['clip_3', 6000, 2000, 8000],
    ]);
    expect(doc.tracks.video[2]?.reframe).toEqual(doc.tracks.video[1]?.reframe);
  });

  it('splits items of every kind at once and undoes exactly', () => {
    const doc = expectInverseRestores(
      timelineDoc(),
      invocation('timeline.split', {
        at: 2000,
        items: [
          { kind: 'clip', id: 'clip_1', newId: 'clip_9' },
          { kind: 'audio', id: 'aud_1', newId: 'aud_9' },
          { kind: 'overlay', id: 'ovl_1', newId: 'ovl_9' },
          { kind: 'caption', id: 'cue_1', newId: 'cue_9' },
        ],
      }),
    );
    const [left, right] = doc.tracks.audio;
    expect([left?.fadeInMs, left?.fadeOutMs, right?.fadeInMs, right?.fadeOutMs]).toEqual([
      1000, 0, 0, 2000,
    ]);
    const [first, second] = doc.tracks.overlays;
    expect([first?.id, second?.id]).toEqual(['ovl_1', 'ovl_9']);
    // The motion carries on across the cut: the left half ends where the right one starts.
    expect(first?.transform.at(-1)).toMatchObject({ t: 1000, x: 0.5 });
    expect(second?.transform[0]).toMatchObject({ t: 0, x: 0.5 });
    expect([first?.exit.type, second?.enter.type]).toEqual(['none', 'none']);
    expect([first?.enter.type, second?.exit.type]).toEqual(['fade', 'fade']);
    const cues = doc.tracks.captions.map((c) => [c.id, c.start, c.end, c.text]);
    expect(cues).toEqual([
      ['cue_1', 1000, 2000, 'Wash your'],
      ['cue_9', 2000, 3000, 'hands'],
      ['cue_2', 5000, 7000, 'Call 999'],
    ]);
  });

  it('refuses a time outside the item and a new id that is taken', () => {
    const doc = timelineDoc();
    expect(() =>
      applyCommand(
        doc,
        invocation('timeline.split', {
          at: 4000,
          items: [{ kind: 'clip', id: 'clip_1', newId: 'x' }],
        }),
      ),
    ).toThrow(/clip "clip_1" \(0-4000 ms\) is not under 4000 ms/);
    expect(() =>
      applyCommand(
        doc,
        invocation('timeline.split', {
          at: 1000,
          items: [{ kind: 'clip', id: 'clip_1', newId: 'clip_2' }],
        }),
      ),
    ).toThrow(/already exists/);
  });
});

describe('timeline.rippleDelete', () => {
  it('removes a clip and closes the gap on the video track only', () => {
    const doc = expectInverseRestores(
      timelineDoc(),
      invocation('timeline.rippleDelete', { items: [{ kind: 'clip', id: 'clip_1' }] }),
    );
    expect(spans(doc)).toEqual(['clip_2@0+8000']);
    expect(doc.tracks.captions.map((c) => c.start)).toEqual([1000, 5000]);
  });

  it('closes gaps on each track of a mixed selection, keeping the gaps that were there', () => {
    const doc = expectInverseRestores(
      timelineDoc(),
      invocation('timeline.rippleDelete', {
        items: [
          { kind: 'caption', id: 'cue_1' },
          { kind: 'overlay', id: 'ovl_1' },
          { kind: 'clip', id: 'clip_2' },
        ],
      }),
    );
    expect(doc.tracks.captions.map((c) => [c.id, c.start, c.end])).toEqual([['cue_2', 3000, 5000]]);
    expect(doc.tracks.overlays.map((o) => [o.id, o.start, o.end])).toEqual([['ovl_2', 4000, 6000]]);
    expect(spans(doc)).toEqual(['clip_1@0+4000']);
  });
});

describe('timeline.duplicate', () => {
  it('copies a clip right after itself and pushes later clips just enough', () => {
    const doc = expectInverseRestores(
      timelineDoc(),
      invocation('timeline.duplicate', {
        items: [{ kind: 'clip', id: 'clip_1', newId: 'clip_c' }],
      }),
    );
    expect(spans(doc)).toEqual(['clip_1@0+4000', 'clip_c@4000+4000', 'clip_2@8000+8000']);
  });

  it('copies overlays and cues after themselves without moving anything else', () => {
    const doc = expectInverseRestores(
      timelineDoc(),
      invocation('timeline.duplicate', {
        items: [
          { kind: 'overlay', id: 'ovl_1', newId: 'ovl_c' },
          { kind: 'caption', id: 'cue_2', newId: 'cue_c' },
          { kind: 'audio', id: 'aud_1', newId: 'aud_c' },
        ],
      }),
    );
    expect(doc.tracks.overlays.map((o) => [o.id, o.start, o.end])).toEqual([
      ['ovl_1', 1000, 3000],
      ['ovl_c', 3000, 5000],
      ['ovl_2', 6000, 8000],
    ]);
    expect(doc.tracks.captions.map((c) => c.id)).toEqual(['cue_1', 'cue_2', 'cue_c']);
    expect(doc.tracks.audio[1]).toMatchObject({ id: 'aud_c', start: 60_000 });
  });
});

/** Random timeline edits built against the current document. */
function randomEdit(doc: ProjectDocument, pick: number[], serial: number): CommandInvocation {
  const [kindPick = 0, itemPick = 0, timePick = 0, deltaPick = 0] = pick;
  const kinds = ['clip', 'audio', 'overlay', 'caption'] as const;
  const kind = kinds[kindPick % 4]!;
  const list = {
    clip: doc.tracks.video,
    audio: doc.tracks.audio,
    overlay: doc.tracks.overlays,
    caption: doc.tracks.captions,
  }[kind];
  const item = list[itemPick % Math.max(1, list.length)];
  const id = item?.id ?? 'missing';
  const newId = `n_${serial}`;
  switch (timePick % 4) {
    case 0:
      return invocation('timeline.split', { at: deltaPick % 20_000, items: [{ kind, id, newId }] });
    case 1:
      return invocation('timeline.rippleDelete', { items: [{ kind, id }] });
    case 2:
      return invocation('timeline.duplicate', { items: [{ kind, id, newId }] });
    default: {
      const start = deltaPick % 30_000;
      if (kind === 'clip' || kind === 'audio')
        return invocation('timeline.retime', { changes: [{ kind, id, start }] });
      return invocation('timeline.retime', {
        changes: [{ kind, id, start, end: start + 1 + (itemPick % 5000) }],
      });
    }
  }
}

describe('timeline edits (property)', () => {
  it('every accepted edit is undone exactly by its inverse, and refusals change nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(100_000), { minLength: 4, maxLength: 4 }), {
          minLength: 1,
          maxLength: 12,
        }),
        (picks) => {
          let doc = timelineDoc();
          picks.forEach((pick, serial) => {
            const edit = randomEdit(doc, pick, serial);
            const before = structuredClone(doc);
            let outcome;
            try {
              outcome = applyCommand(doc, edit);
            } catch (error) {
              expect(error).toBeInstanceOf(CommandError);
              expect(doc).toStrictEqual(before);
              return;
            }
            expect(applyCommand(outcome.doc, outcome.inverse).doc).toStrictEqual(before);
            doc = deepFreeze(outcome.doc);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
