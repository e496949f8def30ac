import { useMemo } from 'react';
import { invocation } from '../../../shared/commands';
import type { FindOptions } from '../../../shared/commands/caption-text';
import { ID_PREFIX, newId, type CaptionCue, type ProjectDocument } from '../../../shared/model';
import { useActionHandlers } from '../../editor/action-registry';
import type { EditorServices } from '../../editor/editor-context';
import { cueTextInvocation, splitInvocations } from './cue-edits';

export type CueEdge = 'start' | 'end';

export interface CaptionCommands {
  /** The new cue's id, or null when the change was refused. */
  addAtPlayhead(): string | null;
  commitText(cue: CaptionCue, text: string): boolean;
  /** The second half's id, or null when refused. */
  split(cue: CaptionCue, draft: string, offset: number): string | null;
  merge(cue: CaptionCue): boolean;
  nudge(cue: CaptionCue, edge: CueEdge, frames: number): boolean;
  replaceAll(options: FindOptions, replacement: string): boolean;
}

/**
 * Every captions-panel edit, dispatched through the command registry (one undo step each), and
 * the catalogued caption shortcuts, which act on the selected cue.
 */
export function useCaptionCommands(
  services: Pick<EditorServices, 'store' | 'clock' | 'actions' | 'selection'>,
  selectedCue: CaptionCue | undefined,
  onAdded: (id: string) => void,
): CaptionCommands {
  const { store, clock, actions } = services;
  const commands = useMemo<CaptionCommands>(
    () => ({
      addAtPlayhead() {
        const id = newId(ID_PREFIX.cue);
        const at = Math.round(clock.timeMs);
        return store.dispatch(invocation('caption.addAt', { id, at }), 'Add caption') ? id : null;
      },
      commitText: (cue, text) => store.dispatch(cueTextInvocation(cue, text), 'Edit caption text'),
      split(cue, draft, offset) {
        const id = newId(ID_PREFIX.cue);
        return store.dispatch(splitInvocations(cue, draft, offset, id), 'Split caption')
          ? id
          : null;
      },
      merge: (cue) => store.dispatch(invocation('caption.merge', { id: cue.id })),
      nudge: (cue, edge, frames) =>
        store.dispatch(invocation('caption.nudge', { id: cue.id, edge, frames })),
      replaceAll: (options, replacement) =>
        store.dispatch(invocation('caption.replaceAll', { ...options, replace: replacement })),
    }),
    [store, clock],
  );

  const editable = () => !store.getSnapshot().readOnly;
  const onCue = (run: (cue: CaptionCue) => void) => ({
    run: () => {
      if (selectedCue !== undefined) run(selectedCue);
    },
    enabled: () => editable() && selectedCue !== undefined,
  });
  useActionHandlers(actions, {
    'caption.addAtPlayhead': {
      run: () => {
        const id = commands.addAtPlayhead();
        if (id !== null) onAdded(id);
      },
      enabled: editable,
    },
    'caption.mergeNext': onCue((cue) => commands.merge(cue)),
    'caption.nudgeStartEarlier': onCue((cue) => commands.nudge(cue, 'start', -1)),
    'caption.nudgeStartLater': onCue((cue) => commands.nudge(cue, 'start', 1)),
    'caption.nudgeEndEarlier': onCue((cue) => commands.nudge(cue, 'end', -1)),
    'caption.nudgeEndLater': onCue((cue) => commands.nudge(cue, 'end', 1)),
  });
  return commands;
}

/** The cue the selection points at (the first selected caption). */
export function selectedCueOf(
  doc: ProjectDocument,
  selectedIds: readonly string[],
): CaptionCue | undefined {
  const first = selectedIds[0];
  return first === undefined ? undefined : doc.tracks.captions.find((cue) => cue.id === first);
}
