import { z } from 'zod';
import type { ProjectDocument } from '../model/document';
import { summarizeIssues } from '../model/errors';
import { findDocumentIssues } from '../model/validate';
import {
  BATCH_COMMAND,
  batchInvocation,
  commandInvocationSchema,
  defineCommand,
  performCommand,
} from './define';
import type { Command, CommandInvocation, CommandOutcome } from './define';
import { CommandError } from './errors';
import { projectRename, projectSetFormat } from './project';
import { mediaAdd, mediaRelink, mediaRemove, mediaSetMissing } from './media';
import { clipAdd, clipMove, clipRemove, clipSetReframe, clipSetVolume, clipTrim } from './clips';
import { audioAdd, audioRemove } from './audio';
import { captionAdd, captionRemove, captionUpdate } from './captions';
import { captionsSetRules } from './caption-rules';
import {
  captionAddAt,
  captionMerge,
  captionNudge,
  captionReplaceAll,
  captionSplit,
} from './caption-edits';
import { overlayAdd, overlayRemove, overlayUpdate } from './overlays';
import { markerAdd, markerRemove } from './markers';
import {
  captionLinkCitation,
  captionUnlinkCitation,
  citationAdd,
  citationRemove,
  citationSetReferenceStyle,
  citationUpdate,
} from './citations';
import { citationPlaceChips } from './citation-chips';
import { mediaImport } from './import';
import {
  clipRemoveFocusKeyframe,
  clipSetFocusKeyframe,
  overlayRemoveKeyframe,
  overlaySetKeyframe,
} from './keyframes';
import { audioUpdate, markerUpdate } from './inspector-edits';
import { timelineDuplicate, timelineRippleDelete, timelineSplit } from './timeline-edits';
import { timelineRetime } from './timeline-retime';
import {
  brandUpdate,
  captionStyleApplyPreset,
  captionStyleReplace,
  captionStyleUpdate,
} from './caption-styles';
import { captionSetWordTimings } from './caption-words';
import { captionSetSpeaker } from './caption-speaker';
import { reviewClear, reviewRestore, reviewSetEndCard, reviewSignOff } from './review';

import {
  privacyApplyScan,
  privacyDecide,
  privacyRestoreScans,
  privacySetBlurStyle,
} from './privacy';
import {
  privacyAddRegion,
  privacyRemoveRegion,
  privacyRemoveRegionKeyframe,
  privacySetRegionKeyframe,
  privacySetRegionKeyframes,
  privacySetRegionLabel,
  privacySetRegionSpan,
} from './privacy-regions';

const batchArgs = z.object({ invocations: z.array(commandInvocationSchema) });

/** Several invocations as one: its inverse undoes them in reverse order. */
export const batch = defineCommand({
  name: BATCH_COMMAND,
  label: 'Several changes',
  argsSchema: batchArgs,
  perform(doc, { invocations }) {
    const outcome = performInvocations(doc, invocations);
    return { doc: outcome.doc, inverse: batchInvocation(outcome.inverses) };
  },
});

/** Every command, in menu order. Later features add theirs here. */
export const COMMANDS = [
  projectRename,
  projectSetFormat,
  mediaAdd,
  mediaRemove,
  mediaRelink,
  mediaSetMissing,
  mediaImport,
  clipAdd,
  clipRemove,
  clipMove,
  clipTrim,
  clipSetReframe,
  clipSetVolume,
  audioAdd,
  audioRemove,
  captionAdd,
  captionUpdate,
  captionRemove,
  captionsSetRules,
  captionSplit,
  captionMerge,
  captionNudge,
  captionReplaceAll,
  captionAddAt,
  overlayAdd,
  overlayUpdate,
  overlayRemove,
  overlaySetKeyframe,
  overlayRemoveKeyframe,
  clipSetFocusKeyframe,
  clipRemoveFocusKeyframe,
  markerAdd,
  markerRemove,
  citationAdd,
  citationRemove,
  citationUpdate,
  citationSetReferenceStyle,
  captionLinkCitation,
  captionUnlinkCitation,
  citationPlaceChips,
  audioUpdate,
  markerUpdate,
  timelineRetime,
  timelineSplit,
  timelineRippleDelete,
  timelineDuplicate,
  captionStyleApplyPreset,
  captionStyleReplace,
  captionStyleUpdate,
  brandUpdate,
  captionSetWordTimings,
  captionSetSpeaker,
  reviewSignOff,
  reviewClear,
  reviewSetEndCard,
  reviewRestore,
  privacyApplyScan,
  privacyRestoreScans,
  privacyDecide,
  privacySetBlurStyle,
  privacyAddRegion,
  privacyRemoveRegion,
  privacySetRegionKeyframe,
  privacyRemoveRegionKeyframe,
  privacySetRegionKeyframes,
  privacySetRegionSpan,
  privacySetRegionLabel,
  batch,
] as const;

export type RegisteredCommand = (typeof COMMANDS)[number];
export type CommandName = RegisteredCommand['name'];
/** What a caller passes for command `N` (defaults may be left out). */
export type CommandArgs<N extends CommandName> = z.input<
  Extract<RegisteredCommand, { name: N }>['argsSchema']
>;

const registry: ReadonlyMap<string, Command> = new Map(
  COMMANDS.map((command) => [command.name, command]),
);

export function getCommand(name: string): Command | undefined {
  return registry.get(name);
}

/** A type-checked invocation, e.g. `invocation('clip.move', { id, start: 1200 })`. */
export function invocation<N extends CommandName>(
  name: N,
  args: CommandArgs<N>,
): CommandInvocation {
  return { name, args };
}

function requireCommand(invocation: CommandInvocation): Command {
  const parsed = commandInvocationSchema.safeParse(invocation);
  if (!parsed.success) {
    throw new CommandError('unknown-command', 'an invocation needs a command name and args');
  }
  const command = registry.get(parsed.data.name);
  if (command === undefined) {
    throw new CommandError('unknown-command', `there is no command named "${parsed.data.name}"`);
  }
  return command;
}

/** Validates args and performs, without validating the resulting document. */
export function performInvocation(
  doc: ProjectDocument,
  invocation: CommandInvocation,
): CommandOutcome {
  return performCommand(requireCommand(invocation), doc, invocation.args);
}

/** Performs in order; `inverses` is in the order that undoes them (last change first). */
export function performInvocations(
  doc: ProjectDocument,
  invocations: readonly CommandInvocation[],
): { doc: ProjectDocument; inverses: CommandInvocation[] } {
  let current = doc;
  const inverses: CommandInvocation[] = [];
  for (const each of invocations) {
    const outcome = performInvocation(current, each);
    current = outcome.doc;
    inverses.unshift(outcome.inverse);
  }
  return { doc: current, inverses };
}

/**
 * Refuses a document that breaks the schema or an invariant (the engine's guard). Items shared
 * with an already-checked document are not parsed again (see findDocumentIssues).
 */
export function assertValidResult(doc: ProjectDocument, command: string): void {
  const issues = findDocumentIssues(doc);
  if (issues.length > 0) {
    throw new CommandError(
      'precondition',
      `the change would break the document: ${summarizeIssues(issues)}`,
      {
        command,
        issues,
      },
    );
  }
}

/**
 * Applies one command: checks the name and args, performs it on an unchanged input, and checks
 * the result. Throws CommandError; on error the caller's document is as it was.
 */
export function applyCommand(doc: ProjectDocument, invocation: CommandInvocation): CommandOutcome {
  const outcome = performInvocation(doc, invocation);
  assertValidResult(outcome.doc, invocation.name);
  return outcome;
}

/** Whether the invocation belongs in undo history (a batch is undoable if all its parts are). */
export function isUndoable(invocation: CommandInvocation): boolean {
  const command = requireCommand(invocation);
  if (command.name !== BATCH_COMMAND) return command.undoable;
  const args = batchArgs.safeParse(invocation.args);
  return args.success && args.data.invocations.every(isUndoable);
}

/** The command's label, for menus and the history panel. */
export function commandLabel(invocation: CommandInvocation): string {
  return requireCommand(invocation).label;
}

/** The key under which consecutive changes merge into one undo step, if any. */
export function coalesceKeyOf(invocation: CommandInvocation): string | undefined {
  const command = requireCommand(invocation);
  const args = command.argsSchema.safeParse(invocation.args);
  return args.success ? command.coalesceKey(args.data) : undefined;
}
