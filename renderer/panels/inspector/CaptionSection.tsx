import type { ReactElement } from 'react';
import { invocation, type CommandArgs } from '../../../shared/commands';
import type { CaptionCue, ProjectDocument } from '../../../shared/model';
import { tokenize } from '../../../shared/scene/caption-layout';
import { citationShortLabel } from '../../../shared/scene/chip-label';
import { SelectField, TextField } from './fields';
import type { Parsed } from './fields/parse';
import { CaptionStyleSection } from './CaptionStyleSection';
import { ReadRow, Section } from './Section';
import { SpanTiming } from './SpanTiming';
import { useInspectorEdits, type StepMode } from './useInspectorEdits';

type CueFields = Omit<CommandArgs<'caption.update'>, 'id'>;

export function validateCueText(text: string): Parsed<string> {
  if (text.trim() === '') return { ok: false, message: 'A caption needs some text.' };
  if (text.length > 1000) {
    return { ok: false, message: `At most 1000 characters (this is ${text.length}).` };
  }
  return { ok: true, value: text };
}

/**
 * The change for new cue text. Word timings stay while the words still line up one to one;
 * when the word count changes they no longer match and are dropped (the cue shows as a block).
 */
export function cueTextChange(cue: CaptionCue, text: string): CueFields {
  const words = cue.words;
  if (words === undefined || tokenize(text).length === words.length) return { text };
  return { text, words: null };
}

/** A caption cue: text, timing and style. */
export function CaptionSection({
  cue,
  doc,
  disabled,
}: {
  cue: CaptionCue;
  doc: ProjectDocument;
  disabled: boolean;
}): ReactElement {
  const edits = useInspectorEdits();
  const update = (fields: CueFields, step: StepMode, label?: string) =>
    edits.commit(invocation('caption.update', { id: cue.id, ...fields }), {
      step,
      ...(label === undefined ? {} : { label }),
    });
  const styles = doc.captionStyles.map((style) => ({ value: style.id, label: style.name }));
  const sources = cue.citationIds.map((id) => {
    const citation = doc.citations.find((candidate) => candidate.id === id);
    return citation === undefined ? id : citationShortLabel(citation.csl);
  });

  return (
    <>
      <Section title="Text">
        <TextField
          label="Text"
          value={cue.text}
          multiline
          validate={validateCueText}
          disabled={disabled}
          testId="caption-text"
          hint={cue.words !== undefined ? `${cue.words.length} words timed` : undefined}
          onCommit={(text, step) => update(cueTextChange(cue, text), step, 'Edit caption text')}
        />
        <SelectField
          label="Style"
          value={cue.styleId}
          options={styles}
          disabled={disabled}
          testId="caption-style"
          onCommit={(styleId, step) => update({ styleId }, step, 'Change caption style')}
        />
        {sources.length > 0 ? <ReadRow label="Sources">{sources.join('; ')}</ReadRow> : null}
      </Section>
      <Section title="Timing">
        <SpanTiming
          span={cue}
          fps={doc.format.fps}
          disabled={disabled}
          noun="caption"
          onChange={({ start, end }, step, label) => update({ start, end }, step, label)}
        />
      </Section>
      <CaptionStyleSection cue={cue} doc={doc} disabled={disabled} />
    </>
  );
}
