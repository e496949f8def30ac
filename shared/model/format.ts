import { z } from 'zod';
import { colorSchema } from './common';

/** Frame rates the exporter offers; times stay in milliseconds whatever the rate. */
export const SUPPORTED_FPS = [24, 25, 30, 50, 60] as const;
export const fpsSchema = z.literal(SUPPORTED_FPS);
export type Fps = z.infer<typeof fpsSchema>;

export const DEFAULT_FORMAT_WIDTH = 1080;
export const DEFAULT_FORMAT_HEIGHT = 1920;
export const DEFAULT_FPS: Fps = 30;

/** H.264 with 4:2:0 chroma needs even dimensions. */
const evenSideSchema = z.number().int().min(2).max(4320).multipleOf(2, 'must be even');

/** The output frame: always vertical 9:16 (1080x1920 by default). */
export const formatSchema = z
  .object({
    width: evenSideSchema,
    height: evenSideSchema,
    fps: fpsSchema,
    /** Colour behind everything, seen where no clip covers the frame. */
    background: colorSchema,
  })
  .superRefine((format, ctx) => {
    if (format.width * 16 !== format.height * 9) {
      ctx.addIssue({
        code: 'custom',
        path: ['height'],
        message: `the frame must be 9:16 (got ${format.width}x${format.height})`,
      });
    }
  });
export type Format = z.infer<typeof formatSchema>;

export function defaultFormat(fps: Fps = DEFAULT_FPS): Format {
  return { width: DEFAULT_FORMAT_WIDTH, height: DEFAULT_FORMAT_HEIGHT, fps, background: '#000000' };
}
