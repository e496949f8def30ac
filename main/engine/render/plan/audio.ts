import type { AudioClip } from '../../../../shared/model';
import { decimal, seconds } from './expr';

/**
 * Audio chains. Everything is brought to 48 kHz stereo float first, so concat and amix never
 * have to guess a format, and each piece is cut to an exact sample count so the audio stays
 * in step with the video frame for frame.
 */

export const SAMPLE_RATE = 48_000;

/** The common format every chain converts to before joining. */
const COMMON = `aresample=${SAMPLE_RATE},aformat=sample_fmts=fltp:channel_layouts=stereo`;

/** Samples in `frames` video frames; exact for every supported rate (48000 / fps is whole). */
export function samplesForFrames(frames: number, fps: number): number {
  const samples = (frames * SAMPLE_RATE) / fps;
  if (!Number.isInteger(samples)) {
    throw new RangeError(`${fps} fps does not divide ${SAMPLE_RATE} Hz into whole samples`);
  }
  return samples;
}

/** Silence of exactly `samples` samples. */
export function silenceChain(samples: number, output: string): string {
  return `anullsrc=r=${SAMPLE_RATE}:cl=stereo,atrim=end_sample=${samples},aformat=sample_fmts=fltp:channel_layouts=stereo[${output}]`;
}

/** A video clip's own sound, at its volume, padded or cut to exactly `samples`. */
export function clipAudioChain(
  inputIndex: number,
  volume: number,
  samples: number,
  output: string,
): string {
  return (
    `[${inputIndex}:a:0]` +
    [
      'asetpts=PTS-STARTPTS',
      COMMON,
      `volume=${decimal(volume, 4)}`,
      // A source whose sound ends before its picture is padded with silence…
      'apad',
      // …and everything is cut at the clip's exact length.
      `atrim=end_sample=${samples}`,
    ].join(',') +
    `[${output}]`
  );
}

/** A document audio clip: volume, fades, delayed to its place on the timeline. */
export function extraAudioChain(clip: AudioClip, inputIndex: number, output: string): string {
  const lengthMs = clip.out - clip.in;
  const filters = [
    'asetpts=PTS-STARTPTS',
    COMMON,
    `volume=${decimal(clip.volume, 4)}`,
    `atrim=end_sample=${Math.round((lengthMs * SAMPLE_RATE) / 1000)}`,
  ];
  if (clip.fadeInMs > 0) filters.push(`afade=t=in:st=0:d=${seconds(clip.fadeInMs)}`);
  if (clip.fadeOutMs > 0) {
    filters.push(
      `afade=t=out:st=${seconds(lengthMs - clip.fadeOutMs)}:d=${seconds(clip.fadeOutMs)}`,
    );
  }
  // all=1: the same delay on every channel.
  if (clip.start > 0) filters.push(`adelay=delays=${clip.start}:all=1`);
  return `[${inputIndex}:a:0]${filters.join(',')}[${output}]`;
}

export interface LoudnessTarget {
  /** Integrated loudness, LUFS. */
  integratedLufs: number;
  /** Maximum true peak, dBTP. */
  truePeakDbtp: number;
  /** Loudness range, LU. */
  rangeLu: number;
}

/**
 * Mixes the clips' track with the extra audio clips (unity gain: amix would otherwise divide
 * every input by the input count), then normalises loudness in one pass (loudnorm's dynamic
 * mode; a second, linear pass would need a full extra decode) and returns to 48 kHz, since
 * loudnorm works and outputs at 192 kHz.
 */
export function mixChain(
  inputs: readonly string[],
  totalSamples: number,
  loudness: LoudnessTarget,
  output: string,
): string {
  const [first] = inputs;
  if (first === undefined) throw new RangeError('mixChain needs at least the clips track');
  const mix =
    inputs.length > 1
      ? // duration=first: the clips track spans the whole timeline; dropout_transition=0 keeps
        // levels steady when an extra clip ends (no ramp of the others).
        `${inputs.map((l) => `[${l}]`).join('')}amix=inputs=${inputs.length}:duration=first:dropout_transition=0:normalize=0,`
      : `[${first}]`;
  return (
    mix +
    [
      `loudnorm=I=${decimal(loudness.integratedLufs, 2)}:TP=${decimal(loudness.truePeakDbtp, 2)}:LRA=${decimal(loudness.rangeLu, 2)}`,
      COMMON,
      // loudnorm may hold back or add a few samples at the end: pad and cut to the frame count.
      'apad',
      `atrim=end_sample=${totalSamples}`,
    ].join(',') +
    `[${output}]`
  );
}
