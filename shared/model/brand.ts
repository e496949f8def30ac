import { z } from 'zod';
import { colorSchema, idSchema } from './common';

/** The organisation's look, applied to chips, callouts and new text. */
export const brandKitSchema = z.object({
  colors: z.object({
    primary: colorSchema,
    secondary: colorSchema,
    accent: colorSchema,
    text: colorSchema,
    background: colorSchema,
  }),
  fontFamily: z.string().min(1),
  /** An image asset from the media list. */
  logoMediaId: idSchema.optional(),
});
export type BrandKit = z.infer<typeof brandKitSchema>;

export function defaultBrandKit(): BrandKit {
  return {
    colors: {
      primary: '#0B5FA5',
      secondary: '#12A4A0',
      accent: '#F2B134',
      text: '#FFFFFF',
      background: '#0F172A',
    },
    fontFamily: 'TikTok Sans',
  };
}
