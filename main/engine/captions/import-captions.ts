import { basename } from 'node:path';
import type { CommandInvocation } from '../../../shared/commands';
import {
  planCaptionImport,
  type CaptionImportMode,
  type ParsedSubtitles,
  type SubtitleProblem,
} from '../../../shared/captions';
import { newId } from '../../../shared/model';
import type { ProjectSession } from '../project/session';
import { readSubtitleFile } from './read-subtitle-file';
import { EngineError } from '../errors';

export interface CaptionImportOutcome {
  step: { label: string; forward: CommandInvocation[]; inverse: CommandInvocation[] };
  imported: number;
  removed: number;
  problems: SubtitleProblem[];
}

/**
 * Most cues one import adds: an hour of captions at the shortest readable duration (5/6 s) is
 * about 4,300. The engine applies and checks each cue in turn, so the cost grows with the square
 * of the count (measured: 2,000 cues 0.9 s, 8,000 cues 15 s on two cores).
 */
export const MAX_IMPORTED_CUES = 5000;

/** Reads and parses the file, refusing one with more cues than an import may add. */
async function readImportable(filePath: string): Promise<ParsedSubtitles> {
  const parsed = await readSubtitleFile(filePath);
  if (parsed.cues.length > MAX_IMPORTED_CUES) {
    throw new EngineError(
      'too-large',
      `Cannot import captions from "${filePath}": it has ${parsed.cues.length} cues; at most ${MAX_IMPORTED_CUES} can be imported at once.`,
    );
  }
  return parsed;
}

/** The undo label of an import; the editor's dialog uses the same one. */
export function captionImportLabel(filePath: string): string {
  return `Import captions from ${basename(filePath)}`;
}

/**
 * What importing the file would do, without touching the project: the cues it would add and
 * every entry it would skip (file problems with their line, then cues the model cannot hold).
 */
export async function previewCaptionImport(
  session: ProjectSession,
  filePath: string,
): Promise<{
  path: string;
  format: ParsedSubtitles['format'];
  cues: ParsedSubtitles['cues'];
  problems: SubtitleProblem[];
  existingCount: number;
}> {
  const parsed = await readImportable(filePath);
  const existing = session.document.tracks.captions;
  // Ids are placeholders: the plan is only asked which cues fit.
  const plan = planCaptionImport([], parsed.cues, 'append', () => 'cue_preview');
  const unfit = new Set(plan.problems.map((problem) => problem.index));
  return {
    path: filePath,
    format: parsed.format,
    cues: parsed.cues.filter((_, i) => !unfit.has(i + 1)),
    problems: [...parsed.problems, ...plan.problems],
    existingCount: existing.length,
  };
}

/**
 * Adds one caption per valid cue of an SRT or WebVTT file (new ids, the project's default
 * style), all as ONE undo step; in replace mode the existing captions are removed in the same
 * step. Entries the file cannot give, and cues the project cannot hold (text over the model's
 * limit), are skipped and listed in `problems`.
 */
export async function importCaptions(
  session: ProjectSession,
  filePath: string,
  mode: CaptionImportMode = 'append',
): Promise<CaptionImportOutcome> {
  const parsed = await readImportable(filePath);
  const plan = planCaptionImport(session.document.tracks.captions, parsed.cues, mode, () =>
    newId('cue'),
  );
  const problems = [...parsed.problems, ...plan.problems];
  if (plan.added === 0) {
    throw new EngineError(
      'no-valid-cues',
      `Cannot import captions from "${filePath}": none of its cues fits a caption (${problems[0]?.reason ?? 'no cues'}).`,
      { problems },
    );
  }
  const label = captionImportLabel(filePath);
  const applied = session.apply(plan.invocations, label, 'do');
  return {
    step: { label, forward: applied.forward, inverse: applied.inverse },
    imported: plan.added,
    removed: plan.removed,
    problems,
  };
}
