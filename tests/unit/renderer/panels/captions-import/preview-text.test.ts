import { describe, expect, it } from 'vitest';
import {
  confirmLabel,
  formatCueTime,
  problemWhere,
} from '../../../../../renderer/panels/captions-import/preview-text';

describe('import dialog text', () => {
  it('formats cue times with hours and milliseconds', () => {
    expect(formatCueTime(0)).toBe('00:00:00.000');
    expect(formatCueTime(3_723_004)).toBe('01:02:03.004');
    expect(formatCueTime(359_999_999)).toBe('99:59:59.999');
  });

  it('says where a problem is: its line, else its cue', () => {
    expect(problemWhere({ line: 14, index: 4, reason: 'r' })).toBe('Line 14');
    expect(problemWhere({ index: 2, reason: 'r' })).toBe('Cue 2');
    expect(problemWhere({ reason: 'r' })).toBe('File');
  });

  it('names the confirm button after what it will do', () => {
    expect(confirmLabel('replace', 3, 5)).toBe('Replace 5 captions with 3');
    expect(confirmLabel('replace', 1, 0)).toBe('Add 1 caption');
    expect(confirmLabel('append', 2, 5)).toBe('Add 2 captions');
  });
});
