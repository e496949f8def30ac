import { z } from 'zod';
import platformsJson from '../../../resources/presets/platforms.json' with { type: 'json' };
import { EXPORT_PRESET_NAMES, type ExportPresetName } from '../../../shared/api/calls/render';
import type { LoudnessTarget } from './plan/audio';
import { RenderError } from './errors';

/**
 * The platform presets, read from resources/presets/platforms.json (the numbers live there with
 * the page each comes from) and checked here, so a bad edit fails loudly at startup.
 */

const x264PresetSchema = z.enum([
  'ultrafast',
  'superfast',
  'veryfast',
  'faster',
  'fast',
  'medium',
  'slow',
  'slower',
  'veryslow',
]);
export type X264Preset = z.infer<typeof x264PresetSchema>;

const platformSchema = z
  .object({
    label: z.string().min(1),
    width: z.literal(1080),
    height: z.literal(1920),
    minFps: z.number().positive(),
    maxFps: z.number().positive(),
    maxDurationMs: z.number().int().positive(),
    videoMaxrateKbps: z.object({
      /** Up to 30 fps. */
      standardFps: z.number().int().positive(),
      /** Above 30 fps. */
      highFps: z.number().int().positive(),
    }),
    audioBitrateKbps: z.number().int().min(64).max(512),
    source: z.object({
      url: z.url(),
      consulted: z.iso.date(),
      note: z.string().min(1),
    }),
  })
  .strict();

const platformsFileSchema = z.object({
  $comment: z.string().optional(),
  encoder: z
    .object({
      x264Preset: x264PresetSchema,
      crf: z.number().min(0).max(51),
      keyframeIntervalSeconds: z.number().positive().max(10),
      bFrames: z.number().int().min(0).max(16),
      /** VBV buffer as seconds of the maxrate. */
      bufsizeSeconds: z.number().positive().max(10),
    })
    .strict(),
  loudness: z
    .object({
      integratedLufs: z.number().min(-70).max(-5),
      truePeakDbtp: z.number().min(-9).max(0),
      rangeLu: z.number().min(1).max(50),
    })
    .strict(),
  // An enum-keyed record: every preset name must be present.
  platforms: z.record(z.enum(EXPORT_PRESET_NAMES), platformSchema),
});
export type PlatformsFile = z.infer<typeof platformsFileSchema>;

/** Everything the plan needs from a preset, resolved for one frame rate. */
export interface ExportPreset {
  name: ExportPresetName;
  label: string;
  width: number;
  height: number;
  fps: number;
  maxDurationMs: number;
  x264Preset: X264Preset;
  crf: number;
  /** Frames between keyframes (a closed GOP each). */
  keyframeInterval: number;
  bFrames: number;
  maxrateKbps: number;
  bufsizeKbps: number;
  audioBitrateKbps: number;
  loudness: LoudnessTarget;
  source: { url: string; consulted: string; note: string };
}

export function parsePlatformsFile(raw: unknown): PlatformsFile {
  const parsed = platformsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `resources/presets/platforms.json is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

let loaded: PlatformsFile | null = null;

export function platformsFile(): PlatformsFile {
  loaded ??= parsePlatformsFile(platformsJson);
  return loaded;
}

/** The preset `name` at the project's frame rate. */
export function resolvePreset(
  name: ExportPresetName,
  fps: number,
  file: PlatformsFile = platformsFile(),
): ExportPreset {
  const platform = file.platforms[name];
  if (!platform) throw new RenderError('invalid-args', `Unknown export preset "${name}".`);
  if (fps < platform.minFps || fps > platform.maxFps) {
    throw new RenderError(
      'invalid-args',
      `${platform.label} takes ${platform.minFps}-${platform.maxFps} fps; the project is ${fps} fps.`,
    );
  }
  const maxrateKbps =
    fps > 30 ? platform.videoMaxrateKbps.highFps : platform.videoMaxrateKbps.standardFps;
  return {
    name,
    label: platform.label,
    width: platform.width,
    height: platform.height,
    fps,
    maxDurationMs: platform.maxDurationMs,
    x264Preset: file.encoder.x264Preset,
    crf: file.encoder.crf,
    keyframeInterval: Math.round(file.encoder.keyframeIntervalSeconds * fps),
    bFrames: file.encoder.bFrames,
    maxrateKbps,
    bufsizeKbps: Math.round(maxrateKbps * file.encoder.bufsizeSeconds),
    audioBitrateKbps: platform.audioBitrateKbps,
    loudness: { ...file.loudness },
    source: { ...platform.source },
  };
}
