import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import { CommandError } from '../../../../shared/commands/errors';
import { captionRulesOf } from '../../../../shared/model/captions';
import { expectInverseRestores, sampleDoc } from '../fixtures';

function refusal(run: () => unknown): CommandError {
  try {
    run();
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error('expected a CommandError');
}

describe('captions.setRules', () => {
  it('sets the reading speed, keeping the default platform, and undo removes the rules again', () => {
    const before = sampleDoc();
    expect(before.captionRules).toBeUndefined();
    const doc = expectInverseRestores(
      before,
      invocation('captions.setRules', { maxCharsPerSecond: 12 }),
    );
    expect(doc.captionRules).toEqual({ maxCharsPerSecond: 12, platform: 'tiktok' });
    const { inverse } = applyCommand(
      before,
      invocation('captions.setRules', { platform: 'reels' }),
    );
    expect(inverse).toEqual({ name: 'captions.setRules', args: { reset: true } });
  });

  it('changes one field of rules already set, and undo restores them', () => {
    const set = applyCommand(
      sampleDoc(),
      invocation('captions.setRules', { maxCharsPerSecond: 20, platform: 'shorts' }),
    ).doc;
    const doc = expectInverseRestores(set, invocation('captions.setRules', { platform: 'reels' }));
    expect(captionRulesOf(doc)).toEqual({ maxCharsPerSecond: 20, platform: 'reels' });
    expect(
      applyCommand(set, invocation('captions.setRules', { platform: 'reels' })).inverse,
    ).toEqual({
      name: 'captions.setRules',
      args: { maxCharsPerSecond: 20, platform: 'shorts' },
    });
  });

  it('reset goes back to the defaults', () => {
    const set = applyCommand(
      sampleDoc(),
      invocation('captions.setRules', { maxCharsPerSecond: 25 }),
    ).doc;
    const doc = expectInverseRestores(set, invocation('captions.setRules', { reset: true }));
    expect('captionRules' in doc).toBe(false);
    expect(captionRulesOf(doc)).toEqual({ maxCharsPerSecond: 17, platform: 'tiktok' });
  });

  it('accepts 12 and 25 and refuses 11, 26, fractions, unknown platforms and empty changes', () => {
    for (const maxCharsPerSecond of [12, 25]) {
      expect(
        applyCommand(sampleDoc(), invocation('captions.setRules', { maxCharsPerSecond })).doc
          .captionRules?.maxCharsPerSecond,
      ).toBe(maxCharsPerSecond);
    }
    for (const args of [
      { maxCharsPerSecond: 11 },
      { maxCharsPerSecond: 26 },
      { maxCharsPerSecond: 17.5 },
      { platform: 'vine' },
      {},
      { reset: false },
    ]) {
      const error = refusal(() => applyCommand(sampleDoc(), { name: 'captions.setRules', args }));
      expect(error.code).toBe('invalid-args');
    }
  });
});
