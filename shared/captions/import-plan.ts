import { z } from 'zod';
import type { CommandInvocation } from '../commands/define';
import { captionCueSchema, type CaptionCue } from '../model/captions';
import { formatSrtTime } from './timestamps';
import type { SubtitleCue, SubtitleProblem } from './types';

/** replace: the file's cues take the place of every existing caption; append: they are added. */
export const captionImportModeSchema = z.enum(['replace', 'append']);
export type CaptionImportMode = z.infer<typeof captionImportModeSchema>;

const cueTextSchema = captionCueSchema.shape.text;

export interface CaptionImportPlan {
  /** caption.remove for each replaced caption, then caption.add per cue: one undo step. */
  invocations: CommandInvocation[];
  /** How many captions the plan adds. */
  added: number;
  /** How many existing captions it removes (replace mode). */
  removed: number;
  /** Cues the project cannot hold (text over the model's limit), with their 1-based index. */
  problems: SubtitleProblem[];
}

/**
 * The edit that imports parsed cues into a project, shared by the engine (captions.import) and
 * the editor's import dialog so both make the same single undo step. `newCueId` gives each new
 * caption its id; new captions take the project's first caption style.
 */
export function planCaptionImport(
  existing: readonly Pick<CaptionCue, 'id'>[],
  cues: readonly SubtitleCue[],
  mode: CaptionImportMode,
  newCueId: () => string,
): CaptionImportPlan {
  const problems: SubtitleProblem[] = [];
  const adds: CommandInvocation[] = [];
  cues.forEach((cue, i) => {
    const text = cueTextSchema.safeParse(cue.text);
    if (!text.success) {
      problems.push({
        index: i + 1,
        reason: `cue at ${formatSrtTime(cue.start)}: ${text.error.issues[0]?.message ?? 'text not allowed'}`,
      });
      return;
    }
    adds.push({
      name: 'caption.add',
      args: { id: newCueId(), start: cue.start, end: cue.end, text: text.data },
    });
  });
  // Removed last-first so each inverse re-inserts at an index that exists when undone in order.
  const removes: CommandInvocation[] =
    mode === 'replace' && adds.length > 0
      ? [...existing].reverse().map(({ id }) => ({ name: 'caption.remove', args: { id } }))
      : [];
  return {
    invocations: [...removes, ...adds],
    added: adds.length,
    removed: removes.length,
    problems,
  };
}
