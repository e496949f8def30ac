import { invocation, type CommandInvocation } from '../../../shared/commands';
import { wordsForText } from '../../../shared/commands/caption-text';
import type { CaptionCue } from '../../../shared/model';

/** The invocations the captions panel dispatches, built from what the person did. */

/** New text for a cue; word timings follow while the word count is unchanged. */
export function cueTextInvocation(cue: CaptionCue, text: string): CommandInvocation {
  const words = wordsForText(cue.words, text);
  return invocation('caption.update', {
    id: cue.id,
    text,
    ...(cue.words === undefined ? {} : { words: words ?? null }),
  });
}

/**
 * Split at the cursor of the text being edited: the edited text is saved first, in the same
 * undo step, so the cursor offset refers to the text the person sees.
 */
export function splitInvocations(
  cue: CaptionCue,
  draft: string,
  offset: number,
  newId: string,
): CommandInvocation[] {
  const split = invocation('caption.split', { id: cue.id, offset, newId });
  return draft === cue.text ? [split] : [cueTextInvocation(cue, draft), split];
}

/** Why the text cannot be saved, or null when it can. */
export function cueTextError(text: string): string | null {
  if (text.trim() === '') return 'A caption needs some text (Escape puts the old text back).';
  if (text.length > 1000) return `At most 1000 characters (this is ${text.length}).`;
  return null;
}
