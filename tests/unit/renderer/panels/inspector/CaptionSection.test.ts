import { describe, expect, it } from 'vitest';
import type { CaptionCue } from '../../../../../shared/model';
import {
  cueTextChange,
  validateCueText,
} from '../../../../../renderer/panels/inspector/CaptionSection';

const cue: CaptionCue = {
  id: 'cue',
  start: 0,
  end: 1000,
  text: 'Hold still',
  styleId: 'style-clean',
  citationIds: [],
  words: [
    { text: 'Hold', start: 0, end: 400 },
    { text: 'still', start: 400, end: 900 },
  ],
};

describe('caption text edits', () => {
  it('keeps word timings while the words still line up one to one', () => {
    expect(cueTextChange(cue, 'Stay still')).toEqual({ text: 'Stay still' });
    expect(cueTextChange({ ...cue, words: undefined }, 'A b c')).toEqual({ text: 'A b c' });
  });

  it('drops them when the word count changes', () => {
    expect(cueTextChange(cue, 'Please hold still')).toEqual({
      text: 'Please hold still',
      words: null,
    });
  });

  it('refuses blank or overlong text', () => {
    expect(validateCueText(' \n ')).toEqual({ ok: false, message: 'A caption needs some text.' });
    expect(validateCueText('x'.repeat(1001))).toMatchObject({ ok: false });
    expect(validateCueText('Fine')).toEqual({ ok: true, value: 'Fine' });
  });
});
