import type { ProjectDocument } from '../../../../shared/model';
import { fileUrl, formatSeconds } from '../../ffmpeg/args';
import type { ExportPreset, X264Preset } from '../presets';
import {
  clipAudioChain,
  extraAudioChain,
  mixChain,
  samplesForFrames,
  silenceChain,
  type LoudnessTarget,
} from './audio';
import { blurTracksForMedia } from './blur-tracks';
import { audioEncoderArgs, muxerArgs, videoEncoderArgs } from './output';
import { timelinePlan } from './timeline';
import { clipVideoChains } from './video';

/**
 * THE export command: one ffmpeg process doing decode, reframe, privacy blur, overlay
 * compositing, audio mix and loudness, and the encode. Pure: the caller writes `filterGraph` to
 * `filterScriptPath` (a script file, because a long face track would not fit in one argv entry)
 * and the overlay concat script to `overlayListPath`.
 *
 * Inputs: one per clip, each seeked to its in point with `-ss` before `-i` (a keyframe jump,
 * then exact decoding up to the in point) and limited with `-t`. Opening a file twice for two
 * clips costs a header read; one input per file would instead decode from the file's start up
 * to every later clip's in point, and `split` copies of it would queue frames in memory.
 */

export interface ExportPlanInput {
  doc: ProjectDocument;
  preset: ExportPreset;
  /** The overlay layer's concat script, or null when nothing is ever drawn over the video. */
  overlayListPath: string | null;
  filterScriptPath: string;
  outputPath: string;
  /** An x264 speed other than the preset's (tests and benchmarks). */
  encoderSpeed?: X264Preset;
  loudness?: LoudnessTarget;
}

export interface ExportCommand {
  args: string[];
  filterGraph: string;
  /** The timeline's length. */
  durationMs: number;
  /** Frames written; the file lasts frames / fps (up to one frame past durationMs). */
  frames: number;
}

/** Read a little past a clip's out point so the last frame is never missing. */
const INPUT_SLACK_MS = 100;

export function buildExportCommand(input: ExportPlanInput): ExportCommand {
  const { doc, preset } = input;
  const fps = preset.fps;
  const frame = { width: preset.width, height: preset.height };
  const timeline = timelinePlan(doc, fps);
  if (timeline.frames === 0) throw new RangeError('the timeline is empty');
  const inputs: string[] = [];
  const chains: string[] = [];
  const joined: string[] = [];
  let inputCount = 0;
  const addInput = (args: string[]): number => {
    inputs.push(...args);
    inputCount += 1;
    return inputCount - 1;
  };

  timeline.segments.forEach((segment, index) => {
    const samples = samplesForFrames(segment.frames, fps);
    const video = `s${index}v`;
    const audio = `s${index}a`;
    if (segment.kind === 'gap') {
      const color = `0x${doc.format.background.slice(1, 7)}`;
      chains.push(
        `color=c=${color}:s=${frame.width}x${frame.height}:r=${fps},trim=end_frame=${segment.frames},format=yuv420p,setsar=1[${video}]`,
      );
      chains.push(silenceChain(samples, audio));
    } else {
      const { clip, asset } = segment;
      const readMs = clip.out - clip.in + INPUT_SLACK_MS;
      const isImage = asset.probe.kind === 'image';
      const inputIndex = addInput([
        ...(isImage
          ? // A still: one picture repeated at the project rate.
            ['-loop', '1', '-framerate', String(fps)]
          : [
              ...(clip.in > 0 ? ['-ss', formatSeconds(clip.in)] : []),
              // We orient the picture ourselves (orientationFilter), mirroring included.
              '-noautorotate',
            ]),
        '-t',
        formatSeconds(readMs),
        // Subtitle and data streams are never needed.
        '-sn',
        '-dn',
        '-protocol_whitelist',
        'file',
        '-i',
        fileUrl(asset.path),
      ]);
      const picture = clipVideoChains({
        clip,
        asset,
        inputIndex,
        frames: segment.frames,
        fps,
        frame,
        tracks: blurTracksForMedia(doc, asset.id),
        prefix: `c${index}`,
      });
      chains.push(...picture.chains);
      chains.push(`[${picture.output}]null[${video}]`);
      const audible = asset.probe.hasAudio && !clip.muted && clip.volume > 0;
      chains.push(
        audible
          ? clipAudioChain(inputIndex, clip.volume, samples, audio)
          : silenceChain(samples, audio),
      );
    }
    joined.push(`[${video}][${audio}]`);
  });

  // The video track and its sound, in step, segment after segment.
  chains.push(`${joined.join('')}concat=n=${joined.length}:v=1:a=1[base][clipsound]`);

  let videoOut = 'base';
  if (input.overlayListPath !== null) {
    const overlayIndex = addInput([
      // The overlay pictures with their durations: ffmpeg switches them by itself.
      '-f',
      'concat',
      // Absolute paths in the script (our own temp folder).
      '-safe',
      '0',
      '-protocol_whitelist',
      'file',
      '-i',
      fileUrl(input.overlayListPath),
    ]);
    // The pictures on the video's clock (1/fps): with mixed time bases overlay would work in
    // microseconds and round frames onto the wrong ticks.
    chains.push(`[${overlayIndex}:v:0]settb=1/${fps}[layer]`);
    chains.push(
      // format=yuv420p after the overlay: otherwise the chain silently turns yuva420p (slow).
      // trim: once the video ends, overlay would go on emitting frames for the last picture.
      `[base][layer]overlay=x=0:y=0,format=yuv420p,trim=end_frame=${timeline.frames}[video]`,
    );
    videoOut = 'video';
  }

  const extraSounds = doc.tracks.audio.map((clip, index) => {
    const asset = doc.media.find((m) => m.id === clip.mediaId);
    if (asset === undefined) throw new Error(`audio clip "${clip.id}" refers to unknown media`);
    const inputIndex = addInput([
      ...(clip.in > 0 ? ['-ss', formatSeconds(clip.in)] : []),
      '-t',
      formatSeconds(clip.out - clip.in + INPUT_SLACK_MS),
      // Sound only: no picture is decoded from this input.
      '-vn',
      '-sn',
      '-dn',
      '-protocol_whitelist',
      'file',
      '-i',
      fileUrl(asset.path),
    ]);
    const label = `x${index}`;
    chains.push(extraAudioChain(clip, inputIndex, label));
    return label;
  });
  const totalSamples = samplesForFrames(timeline.frames, fps);
  chains.push(
    mixChain(
      ['clipsound', ...extraSounds],
      totalSamples,
      input.loudness ?? preset.loudness,
      'sound',
    ),
  );

  const args = [
    '-hide_banner',
    // Progress goes to stdout as key=value blocks; no stats line redraws on stderr.
    '-nostats',
    '-progress',
    'pipe:1',
    '-v',
    'error',
    // Overwrite: the output is our own temp file; a prompt would hang on stdin.
    '-y',
    ...inputs,
    '-filter_complex_script',
    fileUrl(input.filterScriptPath),
    '-map',
    `[${videoOut}]`,
    '-map',
    '[sound]',
    ...videoEncoderArgs(preset, input.encoderSpeed),
    ...audioEncoderArgs(preset),
    ...muxerArgs(input.outputPath),
  ];
  return {
    args,
    filterGraph: `${chains.join(';\n')}\n`,
    durationMs: timeline.durationMs,
    frames: timeline.frames,
  };
}
