import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import type { CaptionCue, ProjectDocument } from '../../../../shared/model';
import { applyAll, expectInverseRestores, sampleDoc } from '../fixtures';

/** Two cues with a gap: "Call 999 now" 1000–2200 (timed words) and "Then wait" 3000–4000. */
function docWithCues(): ProjectDocument {
  return applyAll(sampleDoc(), [
    invocation('caption.add', {
      id: 'cue_a',
      start: 1000,
      end: 2200,
      text: 'Call 999 now',
      words: [
        { text: 'Call', start: 0, end: 300 },
        { text: '999', start: 400, end: 800 },
        { text: 'now', start: 900, end: 1200 },
      ],
    }),
    invocation('caption.add', { id: 'cue_b', start: 3000, end: 4000, text: 'Then wait' }),
  ]);
}

function cue(doc: ProjectDocument, id: string): CaptionCue | undefined {
  return doc.tracks.captions.find((each) => each.id === id);
}

describe('caption.split', () => {
  it('splits at the first timed word after the cursor and splits the word timings', () => {
    const doc = expectInverseRestores(
      docWithCues(),
      invocation('caption.split', { id: 'cue_a', offset: 8, newId: 'cue_a2' }),
    );
    expect(doc.tracks.captions.map((each) => each.id)).toEqual(['cue_a', 'cue_a2', 'cue_b']);
    expect(cue(doc, 'cue_a')).toMatchObject({
      start: 1000,
      end: 1900,
      text: 'Call 999',
      words: [
        { text: 'Call', start: 0, end: 300 },
        { text: '999', start: 400, end: 800 },
      ],
    });
    expect(cue(doc, 'cue_a2')).toMatchObject({
      start: 1900,
      end: 2200,
      text: 'now',
      words: [{ text: 'now', start: 0, end: 300 }],
    });
  });

  it('splits untimed text in proportion to the characters before and after', () => {
    // "Then" (4) | "wait" (4): half of 1000 ms.
    const doc = expectInverseRestores(
      docWithCues(),
      invocation('caption.split', { id: 'cue_b', offset: 4, newId: 'cue_b2' }),
    );
    expect(cue(doc, 'cue_b')).toMatchObject({ start: 3000, end: 3500, text: 'Then' });
    expect(cue(doc, 'cue_b2')).toMatchObject({ start: 3500, end: 4000, text: 'wait' });
    expect(cue(doc, 'cue_b2')?.words).toBeUndefined();
  });

  it('splits at a given time, clamping words that straddle it', () => {
    const doc = expectInverseRestores(
      docWithCues(),
      invocation('caption.split', { id: 'cue_a', offset: 4, newId: 'x2', atMs: 1600 }),
    );
    expect(cue(doc, 'cue_a')).toMatchObject({ end: 1600, text: 'Call' });
    expect(cue(doc, 'cue_a')?.words).toEqual([{ text: 'Call', start: 0, end: 300 }]);
    // "999" ran 400–800 of the old cue: in the second half it starts at 0 and ends at 200.
    expect(cue(doc, 'x2')?.words).toEqual([
      { text: '999', start: 0, end: 200 },
      { text: 'now', start: 300, end: 600 },
    ]);
  });

  it('refuses a cursor at either end, a time outside the cue and an offset past the text', () => {
    const doc = docWithCues();
    const split = (args: { offset: number; atMs?: number }) =>
      applyCommand(doc, invocation('caption.split', { id: 'cue_b', newId: 'n', ...args }));
    expect(() => split({ offset: 0 })).toThrow(/one half would have no text/);
    expect(() => split({ offset: 9 })).toThrow(/one half would have no text/);
    expect(() => split({ offset: 4, atMs: 4000 })).toThrow(/not inside the caption/);
    expect(() => split({ offset: 40 })).toThrow(/past the end of the text \(9 characters\)/);
  });
});

describe('caption.merge', () => {
  it('joins the text with a space and spans both cues', () => {
    const doc = expectInverseRestores(docWithCues(), invocation('caption.merge', { id: 'cue_a' }));
    expect(doc.tracks.captions).toHaveLength(1);
    expect(cue(doc, 'cue_a')).toMatchObject({
      start: 1000,
      end: 4000,
      text: 'Call 999 now Then wait',
    });
    // The next cue had no word timings, so the merged text has none that match.
    expect(cue(doc, 'cue_a')?.words).toBeUndefined();
  });

  it('shifts the next cue word timings after the first cue ones', () => {
    const timed = applyAll(docWithCues(), [
      invocation('caption.update', {
        id: 'cue_b',
        words: [
          { text: 'Then', start: 0, end: 400 },
          { text: 'wait', start: 500, end: 1000 },
        ],
      }),
    ]);
    const doc = expectInverseRestores(timed, invocation('caption.merge', { id: 'cue_a' }));
    expect(cue(doc, 'cue_a')?.words?.slice(3)).toEqual([
      { text: 'Then', start: 2000, end: 2400 },
      { text: 'wait', start: 2500, end: 3000 },
    ]);
  });

  it('merges with the next cue in time even when the list is out of order', () => {
    const doc = applyAll(docWithCues(), [
      invocation('caption.add', { id: 'cue_0', start: 0, end: 500, text: 'First', index: 2 }),
    ]);
    const merged = expectInverseRestores(doc, invocation('caption.merge', { id: 'cue_0' }));
    expect(cue(merged, 'cue_0')).toMatchObject({ start: 0, end: 2200, text: 'First Call 999 now' });
  });

  it('refuses the last cue', () => {
    expect(() => applyCommand(docWithCues(), invocation('caption.merge', { id: 'cue_b' }))).toThrow(
      /last caption: nothing to merge with/,
    );
  });
});

describe('caption.nudge', () => {
  it('moves an edge by whole frames on the project frame grid', () => {
    // 30 fps: frame 30 is 1000 ms, frame 29 is 967 ms, frame 68 is 2267 ms.
    let doc = expectInverseRestores(
      docWithCues(),
      invocation('caption.nudge', { id: 'cue_a', edge: 'start', frames: -1 }),
    );
    expect(cue(doc, 'cue_a')?.start).toBe(967);
    doc = expectInverseRestores(
      doc,
      invocation('caption.nudge', { id: 'cue_a', edge: 'end', frames: 2 }),
    );
    expect(cue(doc, 'cue_a')?.end).toBe(2267);
  });

  it('stops at the neighbouring cue and refuses when it cannot move', () => {
    const doc = docWithCues();
    const far = applyCommand(
      doc,
      invocation('caption.nudge', { id: 'cue_a', edge: 'end', frames: 100 }),
    );
    expect(cue(far.doc, 'cue_a')?.end).toBe(3000);
    expect(() =>
      applyCommand(far.doc, invocation('caption.nudge', { id: 'cue_a', edge: 'end', frames: 1 })),
    ).toThrow(/cannot move the caption's end later: it already meets the next caption/);
    const back = applyCommand(
      doc,
      invocation('caption.nudge', { id: 'cue_b', edge: 'start', frames: -100 }),
    );
    expect(cue(back.doc, 'cue_b')?.start).toBe(2200);
  });

  it('never makes a cue shorter than one frame', () => {
    const doc = docWithCues();
    const short = applyCommand(
      doc,
      invocation('caption.nudge', { id: 'cue_b', edge: 'end', frames: -500 }),
    );
    expect(cue(short.doc, 'cue_b')).toMatchObject({ start: 3000, end: 3033 });
    expect(() =>
      applyCommand(
        short.doc,
        invocation('caption.nudge', { id: 'cue_b', edge: 'start', frames: 1 }),
      ),
    ).toThrow(/shorter than a frame/);
  });

  it('uses the project frame rate', () => {
    const doc = applyAll(docWithCues(), [invocation('project.setFormat', { fps: 25 })]);
    const moved = applyCommand(
      doc,
      invocation('caption.nudge', { id: 'cue_b', edge: 'start', frames: 3 }),
    );
    expect(cue(moved.doc, 'cue_b')?.start).toBe(3120);
  });

  it('refuses a zero nudge', () => {
    expect(() =>
      applyCommand(
        docWithCues(),
        invocation('caption.nudge', { id: 'cue_b', edge: 'end', frames: 0 }),
      ),
    ).toThrow(/at least one frame/);
  });
});

describe('caption.replaceAll', () => {
  it('replaces literally across cues in one step, case-insensitively by default', () => {
    const doc = expectInverseRestores(
      docWithCues(),
      invocation('caption.replaceAll', { find: 'N', replace: '$&.' }),
    );
    expect(doc.tracks.captions.map((each) => each.text)).toEqual(['Call 999 $&.ow', 'The$&. wait']);
  });

  it('keeps word timings when the word count is unchanged and drops them otherwise', () => {
    const same = applyCommand(
      docWithCues(),
      invocation('caption.replaceAll', { find: '999', replace: '112' }),
    ).doc;
    expect(cue(same, 'cue_a')?.words?.[1]).toEqual({ text: '112', start: 400, end: 800 });
    const more = expectInverseRestores(
      docWithCues(),
      invocation('caption.replaceAll', { find: '999', replace: 'nine nine nine' }),
    );
    expect(cue(more, 'cue_a')?.words).toBeUndefined();
  });

  it('honours case-sensitive and whole-word options', () => {
    const doc = applyAll(docWithCues(), [
      invocation('caption.update', { id: 'cue_b', text: 'then THEN thenceforth' }),
    ]);
    const caseSensitive = applyCommand(
      doc,
      invocation('caption.replaceAll', { find: 'THEN', replace: 'x', caseSensitive: true }),
    ).doc;
    expect(cue(caseSensitive, 'cue_b')?.text).toBe('then x thenceforth');
    const wholeWord = applyCommand(
      doc,
      invocation('caption.replaceAll', { find: 'then', replace: 'so', wholeWord: true }),
    ).doc;
    expect(cue(wholeWord, 'cue_b')?.text).toBe('so so thenceforth');
  });

  it('refuses when nothing matches or a cue would be left blank', () => {
    expect(() =>
      applyCommand(
        docWithCues(),
        invocation('caption.replaceAll', { find: 'zebra', replace: 'x' }),
      ),
    ).toThrow(/no caption contains "zebra"/);
    expect(() =>
      applyCommand(
        docWithCues(),
        invocation('caption.replaceAll', { find: 'Then wait', replace: ' ' }),
      ),
    ).toThrow(/caption "cue_b" with no text/);
  });
});

describe('caption.addAt', () => {
  it('adds a default-length cue at the playhead, in time order in the list', () => {
    const doc = expectInverseRestores(
      docWithCues(),
      invocation('caption.addAt', { id: 'cue_n', at: 0 }),
    );
    expect(doc.tracks.captions.map((each) => each.id)).toEqual(['cue_n', 'cue_a', 'cue_b']);
    // 2000 ms would run into cue_a at 1000 ms: it ends there instead.
    expect(cue(doc, 'cue_n')).toMatchObject({
      start: 0,
      end: 1000,
      text: 'New caption',
      styleId: 'style-clean',
    });
    const after = applyCommand(
      docWithCues(),
      invocation('caption.addAt', { id: 'n', at: 5000, text: 'Bye' }),
    );
    expect(cue(after.doc, 'n')).toMatchObject({ start: 5000, end: 7000, text: 'Bye' });
  });

  it('refuses where a cue already plays or there is no room', () => {
    expect(() =>
      applyCommand(docWithCues(), invocation('caption.addAt', { id: 'n', at: 1500 })),
    ).toThrow(/a caption already plays at 1500 ms \("Call 999 now"\)/);
    expect(() =>
      applyCommand(docWithCues(), invocation('caption.addAt', { id: 'n', at: 2990 })),
    ).toThrow(/less than a frame before the next caption/);
  });
});
