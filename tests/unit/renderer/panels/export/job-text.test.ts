import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/api';
import {
  describeFailure,
  describeStartFailure,
  formatEncodeFps,
  formatEta,
  formatMaxDuration,
  formatMegabits,
  formatPercent,
} from '../../../../../renderer/panels/export/job-text';

describe('progress figures', () => {
  it('formats percent, fps and time left', () => {
    expect(formatPercent(0.426)).toBe('42%');
    expect(formatPercent(1.2)).toBe('100%');
    expect(formatEncodeFps(47.6)).toBe('48 fps');
    expect(formatEncodeFps(null)).toBeNull();
    expect(formatEta(null)).toBeNull();
    expect(formatEta(900)).toBe('almost done');
    expect(formatEta(12_400)).toBe('about 12 s left');
    expect(formatEta(150_000)).toBe('about 3 min left');
    expect(formatEta(4_000_000)).toBe('about 1:06:40 left');
  });

  it('formats preset limits', () => {
    expect(formatMaxDuration(600_000)).toBe('10 min');
    expect(formatMaxDuration(90_000)).toBe('1:30');
    expect(formatMegabits(10_000)).toBe('10 Mb/s');
    expect(formatMegabits(12_500)).toBe('12.5 Mb/s');
  });
});

describe('describeFailure', () => {
  it('titles a missing source and keeps the engine sentence that names the file', () => {
    const text = describeFailure(
      'source-missing',
      'Source file missing: "knee.mp4" (/media/knee.mp4). Relink it to where it is now, then export again.',
    );
    expect(text.title).toBe('A source file is missing');
    expect(text.message).toContain('/media/knee.mp4');
    // The engine already says to relink: no second hint.
    expect(text.hint).toBeNull();
  });

  it('adds the relink hint when the engine sentence lacks it', () => {
    const text = describeFailure('source-missing', 'knee.mp4 is not at /media/knee.mp4');
    expect(text.message).toBe('knee.mp4 is not at /media/knee.mp4.');
    expect(text.hint).toMatch(/Relink/);
  });

  it('falls back to a general title and says when there is no reason', () => {
    expect(describeFailure('weird', null)).toEqual({
      title: 'The export failed',
      message: 'The engine gave no reason.',
      hint: null,
    });
    expect(describeFailure('encode-failed', 'ffmpeg exited with 1').hint).toMatch(/Diagnostics/);
  });
});

describe('describeStartFailure', () => {
  it('lists the export gate reasons', () => {
    const error = new ApiError({
      code: 'export-blocked',
      message: 'cannot be exported yet',
      details: { reasons: ['2 faces are not reviewed.', 'clip.mp4 was never scanned.'] },
    });
    expect(describeStartFailure(error)).toEqual({
      kind: 'blocked',
      reasons: ['2 faces are not reviewed.', 'clip.mp4 was never scanned.'],
    });
  });

  it('uses the message as the one reason when the details are unreadable', () => {
    const error = new ApiError({ code: 'export-blocked', message: 'Faces need review' });
    expect(describeStartFailure(error)).toEqual({
      kind: 'blocked',
      reasons: ['Faces need review.'],
    });
  });

  it('describes other refusals by their code', () => {
    const error = new ApiError({
      code: 'too-long',
      message: 'The clip is 12:00; Shorts take 3:00.',
    });
    const failure = describeStartFailure(error);
    expect(failure.kind).toBe('failed');
    expect(failure.kind === 'failed' ? failure.text.title : '').toBe('Too long for this platform');
  });
});
