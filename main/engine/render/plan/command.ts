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
 *
 * A clip's sound is read through a second input of the same file (`-vn`), so the picture and
 * sound paths never wait on each other: ffmpeg feeds a graph by reading whichever input it is
 * short of, and loudnorm holds back 3 s of sound. With one input for both, every read for the
 * sound also decoded 3 s of pictures that then queued in the graph (measured: 570 MB instead of
 * 190 MB for a 1080x1920 export).
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

/** The tail of an input read for its sound only: no picture is demuxed or decoded. */
function audioOnlyInput(file: string): string[] {
  return ['-vn', '-sn', '-dn', '-protocol_whitelist', 'file', '-i', fileUrl(file)];
}

export function buildExportCommand(input: ExportPlanInput): ExportCommand {
  const { doc, preset } = input;
  const fps = preset.fps;
  const frame = { width: preset.width, height: preset.height };
  const timeline = timelinePlan(doc, fps);
  if (timeline.frames === 0) throw new RangeError('the timeline is empty');
  const inputs: string[] = [];
  const chains: string[] = [];
  let inputCount = 0;
  const addInput = (args: string[]): number => {
    inputs.push(...args);
    inputCount += 1;
    return inputCount - 1;
  };

  const pictures: string[] = [];
  const sounds: string[] = [];
  timeline.segments.forEach((segment, index) => {
    const samples = samplesForFrames(segment.frames, fps);
    const video = `s${index}v`;
    const audio = `s${index}a`;
    pictures.push(`[${video}]`);
    sounds.push(`[${audio}]`);
    if (segment.kind === 'gap') {
      const color = `0x${doc.format.background.slice(1, 7)}`;
      chains.push(
        `color=c=${color}:s=${frame.width}x${frame.height}:r=${fps},trim=end_frame=${segment.frames},format=yuv420p,setsar=1[${video}]`,
      );
      chains.push(silenceChain(samples, audio));
      return;
    }
    const { clip, asset } = segment;
    const seekAndLength = [
      ...(clip.in > 0 ? ['-ss', formatSeconds(clip.in)] : []),
      '-t',
      formatSeconds(clip.out - clip.in + INPUT_SLACK_MS),
    ];
    const isImage = asset.probe.kind === 'image';
    const pictureInput = addInput([
      ...(isImage
        ? // A still: one picture repeated at the project rate.
          [
            '-loop',
            '1',
            '-framerate',
            String(fps),
            '-t',
            formatSeconds(clip.out - clip.in + INPUT_SLACK_MS),
          ]
        : // We orient the picture ourselves (orientationFilter), mirroring included.
          [...seekAndLength, '-noautorotate']),
      // Picture only (the sound has its own input, see above); no subtitles or data.
      '-an',
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
      inputIndex: pictureInput,
      frames: segment.frames,
      fps,
      frame,
      tracks: blurTracksForMedia(doc, asset.id),
      prefix: `c${index}`,
    });
    chains.push(...picture.chains);
    chains.push(`[${picture.output}]null[${video}]`);
    if (asset.probe.hasAudio && !clip.muted && clip.volume > 0) {
      const soundInput = addInput([...seekAndLength, ...audioOnlyInput(asset.path)]);
      chains.push(clipAudioChain(soundInput, clip.volume, samples, audio));
    } else {
      chains.push(silenceChain(samples, audio));
    }
  });

  // Picture and sound are joined separately: each segment's sound is cut to exactly its
  // frames' length, so the two stay in step without one concat coupling them.
  chains.push(`${pictures.join('')}concat=n=${pictures.length}:v=1:a=0[base]`);
  chains.push(`${sounds.join('')}concat=n=${sounds.length}:v=0:a=1[clipsound]`);

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
      ...audioOnlyInput(asset.path),
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
