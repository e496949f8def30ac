import { basename } from 'node:path';
import type { CommandInvocation } from '../../../shared/commands';
import { formatSrtTime, type SubtitleProblem } from '../../../shared/captions';
import { captionCueSchema, newId } from '../../../shared/model';
import type { ProjectSession } from '../project/session';
import { readSubtitleFile } from './read-subtitle-file';
import { EngineError } from '../errors';

export interface CaptionImportOutcome {
  step: { label: string; forward: CommandInvocation[]; inverse: CommandInvocation[] };
  imported: number;
  problems: SubtitleProblem[];
}

const cueTextSchema = captionCueSchema.shape.text;

/**
 * Most cues one import adds: an hour of captions at the shortest readable duration (5/6 s) is
 * about 4,300. The engine applies and checks each cue in turn, so the cost grows with the square
 * of the count (measured: 2,000 cues 0.9 s, 8,000 cues 15 s on two cores).
 */
export const MAX_IMPORTED_CUES = 5000;

/**
 * Appends one caption per valid cue of an SRT or WebVTT file (new ids, the project's default
 * style), all as ONE undo step. Entries the file cannot give, and cues the project cannot hold
 * (text over the model's limit), are skipped and listed in `problems`.
 */
export async function importCaptions(
  session: ProjectSession,
  filePath: string,
): Promise<CaptionImportOutcome> {
  const parsed = await readSubtitleFile(filePath);
  if (parsed.cues.length > MAX_IMPORTED_CUES) {
    throw new EngineError(
      'too-large',
      `Cannot import captions from "${filePath}": it has ${parsed.cues.length} cues; at most ${MAX_IMPORTED_CUES} can be imported at once.`,
    );
  }
  const problems = [...parsed.problems];
  const invocations: CommandInvocation[] = [];
  parsed.cues.forEach((cue, i) => {
    const text = cueTextSchema.safeParse(cue.text);
    if (!text.success) {
      problems.push({
        index: i + 1,
        reason: `cue at ${formatSrtTime(cue.start)}: ${text.error.issues[0]?.message ?? 'text not allowed'}`,
      });
      return;
    }
    invocations.push({
      name: 'caption.add',
      args: { id: newId('cue'), start: cue.start, end: cue.end, text: text.data },
    });
  });
  if (invocations.length === 0) {
    throw new EngineError(
      'no-valid-cues',
      `Cannot import captions from "${filePath}": none of its cues fits a caption (${problems[0]?.reason ?? 'no cues'}).`,
      { problems },
    );
  }
  const label = `Import captions from ${basename(filePath)}`;
  const applied = session.apply(invocations, label, 'do');
  return {
    step: { label, forward: applied.forward, inverse: applied.inverse },
    imported: invocations.length,
    problems,
  };
}
