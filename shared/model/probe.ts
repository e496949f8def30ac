import { z } from 'zod';

/**
 * What the engine learned about a media file from ffprobe. Shared by the document (each media
 * asset keeps its probe), the API contract and `medclip info`.
 */
export const mediaKindSchema = z.enum(['video', 'audio', 'image']);
export type MediaKind = z.infer<typeof mediaKindSchema>;

export const mediaProbeSchema = z.object({
  kind: mediaKindSchema,
  /** ffprobe's format_name, e.g. "mov,mp4,m4a,3gp,3g2,mj2". */
  container: z.string(),
  /** 0 for still images. */
  durationMs: z.number().int().nonnegative(),
  /** Coded size of the video stream (before rotation), absent for audio-only files. */
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  /** Clockwise degrees the player must rotate the picture (from the display matrix). */
  rotation: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]),
  /**
   * Whether the display matrix also mirrors the picture. To show a frame: rotate it `rotation`
   * degrees clockwise, then flip it horizontally if `mirrored`.
   */
  mirrored: z.boolean(),
  /** Size as displayed, after rotation. */
  displayWidth: z.number().int().positive().optional(),
  displayHeight: z.number().int().positive().optional(),
  /** Average frame rate (frames per second); absent for audio and images. */
  fps: z.number().positive().optional(),
  variableFrameRate: z.boolean(),
  hasVideo: z.boolean(),
  hasAudio: z.boolean(),
  videoCodec: z.string().optional(),
  audioCodec: z.string().optional(),
  pixelFormat: z.string().optional(),
  /** e.g. "bt709", "smpte2084" (PQ), "arib-std-b67" (HLG). */
  colorTransfer: z.string().optional(),
  hdr: z.boolean(),
  audioSampleRate: z.number().int().positive().optional(),
  audioChannels: z.number().int().positive().optional(),
  /** Presentation time of the first frame; some files do not start at zero. */
  startTimeMs: z.number().int(),
  bitRate: z.number().int().nonnegative().optional(),
});
export type MediaProbe = z.infer<typeof mediaProbeSchema>;
