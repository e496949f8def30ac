import { toSrt, toVtt, type SubtitleCue, type SubtitleFormat } from '../../../shared/captions';
import type { CaptionCue } from '../../../shared/model';
import { EngineError } from '../errors';
import { writeFileAtomic } from '../export/atomic-write';

/** The project's cues as a subtitle file wants them: timeline times, in time order. */
export function subtitleCuesOf(captions: readonly CaptionCue[]): SubtitleCue[] {
  return [...captions]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(({ start, end, text }) => ({ start, end, text }));
}

export function subtitleText(cues: readonly SubtitleCue[], format: SubtitleFormat): string {
  return format === 'srt' ? toSrt(cues) : toVtt(cues);
}

/** Writes the captions to `outPath` atomically; refuses a project without captions. */
export async function exportCaptions(
  captions: readonly CaptionCue[],
  format: SubtitleFormat,
  outPath: string,
): Promise<{ path: string; cues: number }> {
  if (captions.length === 0) {
    throw new EngineError('precondition', `The project has no captions to write to "${outPath}".`);
  }
  const cues = subtitleCuesOf(captions);
  await writeFileAtomic(outPath, subtitleText(cues, format));
  return { path: outPath, cues: cues.length };
}
