import { z } from 'zod';
import { captionRulesOf, captionRulesSchema } from '../model/captions';
import { defineCommand, invoke } from './define';

/**
 * Sets the project's caption readability rules (reading speed limit, platform safe zone).
 * Fields left out keep their current value; `reset` goes back to the defaults by removing the
 * project's own rules (which is also how undo restores a project that never set any).
 */
export const captionsSetRulesArgs = z.union([
  z
    .object({
      maxCharsPerSecond: captionRulesSchema.shape.maxCharsPerSecond.optional(),
      platform: captionRulesSchema.shape.platform.optional(),
    })
    .strict()
    .refine((args) => args.maxCharsPerSecond !== undefined || args.platform !== undefined, {
      message: 'give maxCharsPerSecond (12 to 25) or platform (tiktok, reels or shorts)',
    }),
  z.object({ reset: z.literal(true) }).strict(),
]);

export const captionsSetRules = defineCommand({
  name: 'captions.setRules',
  label: 'Change caption rules',
  argsSchema: captionsSetRulesArgs,
  perform(doc, args) {
    const inverse = invoke(
      'captions.setRules',
      captionsSetRulesArgs,
      doc.captionRules === undefined ? { reset: true } : { ...doc.captionRules },
    );
    if ('reset' in args) {
      const { captionRules: _removed, ...rest } = doc;
      return { doc: rest, inverse };
    }
    const current = captionRulesOf(doc);
    const captionRules = {
      maxCharsPerSecond: args.maxCharsPerSecond ?? current.maxCharsPerSecond,
      platform: args.platform ?? current.platform,
    };
    return { doc: { ...doc, captionRules }, inverse };
  },
});
