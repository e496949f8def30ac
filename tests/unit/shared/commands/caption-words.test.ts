import { describe, expect, it } from 'vitest';
import { applyCommand, CommandError, invocation } from '../../../../shared/commands';
import type { ProjectDocument } from '../../../../shared/model';
import { applyAll, expectInverseRestores, sampleDoc } from '../fixtures';

function doc(): ProjectDocument {
  return applyAll(sampleDoc(), [
    invocation('caption.add', { id: 'cue_1', start: 1000, end: 2200, text: 'to four sixsix' }),
  ]);
}

function refusalOf(words: unknown): string {
  try {
    applyCommand(doc(), { name: 'caption.setWordTimings', args: { id: 'cue_1', words } });
  } catch (error) {
    if (error instanceof CommandError) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('caption.setWordTimings', () => {
  const timings = [
    { text: 'to', start: 0, end: 150 },
    { text: 'four', start: 300, end: 700 },
    { text: 'sixsix', start: 700, end: 1200 },
  ];

  it('stores explicit timings and undoes back to none', () => {
    const next = expectInverseRestores(
      doc(),
      invocation('caption.setWordTimings', { id: 'cue_1', words: timings }),
    );
    expect(next.tracks.captions[0]?.words).toEqual(timings);
  });

  it('stores the by-length share as a starting point, and clears back to automatic', () => {
    const shared = expectInverseRestores(
      doc(),
      invocation('caption.setWordTimings', { id: 'cue_1', words: 'byLength' }),
    );
    expect(shared.tracks.captions[0]?.words).toEqual([
      { text: 'to', start: 0, end: 200 },
      { text: 'four', start: 200, end: 600 },
      { text: 'sixsix', start: 600, end: 1200 },
    ]);
    const cleared = expectInverseRestores(
      shared,
      invocation('caption.setWordTimings', { id: 'cue_1', words: null }),
    );
    expect(cleared.tracks.captions[0]).not.toHaveProperty('words');
  });

  it('refuses timings that do not fit the cue, saying which word and why', () => {
    expect(refusalOf(timings.slice(0, 2))).toMatch(/the caption has 3 words; got 2 timings/);
    expect(refusalOf([timings[0], { ...timings[1], text: 'five' }, timings[2]])).toMatch(
      /word 2 \("five"\) is not the caption's word 2 \("four"\)/,
    );
    expect(refusalOf([timings[0], { text: 'four', start: 100, end: 700 }, timings[2]])).toMatch(
      /word 2 \("four"\) starts at 100 ms, before the previous word ends \(150 ms\)/,
    );
    expect(refusalOf([timings[0], timings[1], { text: 'sixsix', start: 700, end: 1300 }])).toMatch(
      /word 3 \("sixsix"\) ends at 1300 ms, after the caption's 1200 ms/,
    );
    expect(refusalOf([{ text: 'to', start: 50, end: 50 }, timings[1], timings[2]])).toMatch(
      /a word must end after it starts/,
    );
  });
});

describe('caption.setSpeaker', () => {
  it('names the speaker, trimmed, and clears it, each undone exactly', () => {
    const named = expectInverseRestores(
      doc(),
      invocation('caption.setSpeaker', { id: 'cue_1', speaker: '  Dr Amal Osei ' }),
    );
    expect(named.tracks.captions[0]?.speaker).toBe('Dr Amal Osei');
    const cleared = expectInverseRestores(
      named,
      invocation('caption.setSpeaker', { id: 'cue_1', speaker: null }),
    );
    expect(cleared.tracks.captions[0]).not.toHaveProperty('speaker');
  });

  it('refuses a blank or overlong name', () => {
    const refuse = (speaker: string) => () =>
      applyCommand(doc(), invocation('caption.setSpeaker', { id: 'cue_1', speaker }));
    expect(refuse('   ')).toThrow(CommandError);
    expect(refuse('x'.repeat(81))).toThrow(/80/);
  });
});
