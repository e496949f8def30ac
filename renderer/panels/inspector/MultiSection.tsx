import type { ReactElement } from 'react';
import { invocation, type CommandInvocation } from '../../../shared/commands';
import type { ProjectDocument } from '../../../shared/model';
import type { SelectedItem, SelectionKind } from '../../editor/selection';
import { SelectField, ToggleField } from './fields';
import { Section } from './Section';
import { describeCounts } from './target';
import { useInspectorEdits } from './useInspectorEdits';

/** The command that removes one selected item. */
export function removalOf(item: SelectedItem): CommandInvocation {
  switch (item.kind) {
    case 'clip':
      return invocation('clip.remove', { id: item.id });
    case 'audio':
      return invocation('audio.remove', { id: item.id });
    case 'overlay':
      return invocation('overlay.remove', { id: item.id });
    case 'caption':
      return invocation('caption.remove', { id: item.id });
    case 'marker':
      return invocation('marker.remove', { id: item.id });
    case 'region':
      return invocation('privacy.removeRegion', { id: item.id });
  }
}

const idsOf = (items: readonly SelectedItem[], kind: SelectionKind) =>
  items.filter((item) => item.kind === kind).map((item) => item.id);

/**
 * Several selected items: what they are, deleting them all (one undo step), and the fields
 * they share: the caption style of every selected caption, the mute of every selected clip.
 */
export function MultiSection({
  items,
  counts,
  doc,
  disabled,
}: {
  items: SelectedItem[];
  counts: Partial<Record<SelectionKind, number>>;
  doc: ProjectDocument;
  disabled: boolean;
}): ReactElement {
  const edits = useInspectorEdits();
  const cueIds = new Set(idsOf(items, 'caption'));
  const cues = doc.tracks.captions.filter((cue) => cueIds.has(cue.id));
  const clipIds = new Set(idsOf(items, 'clip'));
  const clips = doc.tracks.video.filter((clip) => clipIds.has(clip.id));
  const sharedStyle = cues.every((cue) => cue.styleId === cues[0]?.styleId)
    ? cues[0]?.styleId
    : undefined;
  const MIXED = '';
  const styleOptions = [
    ...(sharedStyle === undefined ? [{ value: MIXED, label: 'Mixed' }] : []),
    ...doc.captionStyles.map((style) => ({ value: style.id, label: style.name })),
  ];

  return (
    <Section title="Selection">
      <p className="insp-note" data-testid="selection-summary">
        {describeCounts(counts)}
      </p>
      {cues.length > 0 ? (
        <SelectField
          label="Caption style"
          value={sharedStyle ?? MIXED}
          options={styleOptions}
          disabled={disabled}
          onCommit={(styleId, step) =>
            styleId === MIXED
              ? null
              : edits.commit(
                  cues
                    .filter((cue) => cue.styleId !== styleId)
                    .map((cue) => invocation('caption.update', { id: cue.id, styleId })),
                  { step, label: 'Change caption style' },
                )
          }
        />
      ) : null}
      {clips.length > 0 ? (
        <ToggleField
          label="Mute clips"
          checked={clips.every((clip) => clip.muted)}
          disabled={disabled}
          onCommit={(muted, step) =>
            edits.commit(
              clips
                .filter((clip) => clip.muted !== muted)
                .map((clip) => invocation('clip.setVolume', { id: clip.id, muted })),
              { step, label: muted ? 'Mute clips' : 'Unmute clips' },
            )
          }
        />
      ) : null}
      <button
        type="button"
        className="btn insp-danger"
        disabled={disabled}
        data-testid="delete-selection"
        onClick={() =>
          edits.commit(items.map(removalOf), { label: `Delete ${items.length} items` })
        }
      >
        Delete {items.length} items
      </button>
    </Section>
  );
}
