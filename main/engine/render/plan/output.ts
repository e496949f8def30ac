import { fileUrl } from '../../ffmpeg/args';
import type { ExportPreset, X264Preset } from '../presets';
import { SAMPLE_RATE } from './audio';

/**
 * Encoder and muxer flags of the export: H.264 High, AAC-LC, MP4 ready to upload, and nothing
 * that identifies the sources, the machine or the time of export.
 */

/** H.264 level for 1080x1920: 4.1 carries it up to 30 fps, 4.2 up to 60 fps. */
export function h264Level(fps: number): string {
  return fps > 30 ? '4.2' : '4.1';
}

export function videoEncoderArgs(preset: ExportPreset, speed?: X264Preset): string[] {
  return [
    '-c:v',
    'libx264',
    '-preset',
    speed ?? preset.x264Preset,
    '-profile:v',
    'high',
    '-level:v',
    h264Level(preset.fps),
    '-pix_fmt',
    'yuv420p',
    // Quality-targeted (CRF) but capped: maxrate/bufsize keep peaks under the platform's limit.
    '-crf',
    String(preset.crf),
    '-maxrate',
    `${preset.maxrateKbps}k`,
    '-bufsize',
    `${preset.bufsizeKbps}k`,
    // A keyframe every keyframeInterval frames (2 s)…
    '-g',
    String(preset.keyframeInterval),
    '-keyint_min',
    String(preset.keyframeInterval),
    // …and no extra ones at scene cuts: a fixed cadence is what platform ingest expects.
    '-sc_threshold',
    '0',
    '-bf',
    String(preset.bFrames),
    // Closed GOPs: no frame refers across a keyframe, so every GOP decodes on its own.
    '-flags:v',
    '+cgop',
    // Constant frame rate out: the graph already made every frame at the project rate.
    '-fps_mode',
    'cfr',
  ];
}

export function audioEncoderArgs(preset: ExportPreset): string[] {
  return [
    '-c:a',
    'aac',
    '-profile:a',
    'aac_low',
    '-b:a',
    `${preset.audioBitrateKbps}k`,
    '-ar',
    String(SAMPLE_RATE),
    '-ac',
    '2',
  ];
}

/** Everything after the encoders: what the MP4 may contain, and where it goes. */
export function muxerArgs(outputPath: string): string[] {
  return [
    // No global, stream or chapter metadata from any input (location, make/model, dates…).
    '-map_metadata',
    '-1',
    '-map_chapters',
    '-1',
    // Neutral track names (not the camera's "Core Media Video" or an app's name).
    '-metadata:s:v',
    'handler_name=VideoHandler',
    '-metadata:s:a',
    'handler_name=SoundHandler',
    // Muxer writes no "encoder=Lavf…" tag and no creation time.
    '-fflags',
    '+bitexact',
    // The index (moov) before the media (mdat): plays and uploads while still downloading.
    '-movflags',
    '+faststart',
    // The output may only be a local file.
    '-protocol_whitelist',
    'file',
    '-f',
    'mp4',
    fileUrl(outputPath),
  ];
}
