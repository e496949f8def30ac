import type { ReactElement } from 'react';
import { invocation, type CommandArgs } from '../../../shared/commands';
import type { AudioClip, MediaAsset, ProjectDocument } from '../../../shared/model';
import { NumberField } from './fields';
import { sourceLimitMs } from './ClipSection';
import { ClipTimingSection } from './ClipTimingSection';
import { Section } from './Section';
import { useInspectorEdits, type StepMode } from './useInspectorEdits';
import { VolumeControl } from './VolumeControl';

type AudioFields = Omit<CommandArgs<'audio.update'>, 'id'>;

/** An audio clip: media, timing, level and fades. */
export function AudioSection({
  clip,
  media,
  doc,
  disabled,
}: {
  clip: AudioClip;
  media: MediaAsset | undefined;
  doc: ProjectDocument;
  disabled: boolean;
}): ReactElement {
  const edits = useInspectorEdits();
  const { fps } = doc.format;
  const limit = sourceLimitMs(media);
  const length = clip.out - clip.in;
  const update = (fields: AudioFields, step: StepMode, label?: string) =>
    edits.commit(invocation('audio.update', { id: clip.id, ...fields }), {
      step,
      ...(label === undefined ? {} : { label }),
    });
  const seconds = (ms: number) => ms / 1000;

  return (
    <>
      <h2 className="inspector__title" title={media?.name} data-testid="inspector-subject">
        {media?.name ?? 'Missing media'}
      </h2>
      <ClipTimingSection
        clip={clip}
        fps={fps}
        limit={limit}
        disabled={disabled}
        onMove={(start, step) => update({ start }, step, 'Move audio clip')}
        onTrim={(range, step) => update(range, step, 'Trim audio clip')}
      />
      <Section title="Level">
        <VolumeControl
          gain={clip.volume}
          disabled={disabled}
          onCommit={(volume, step) => update({ volume }, step, 'Change audio volume')}
        />
        <NumberField
          label="Fade in"
          value={seconds(clip.fadeInMs)}
          rules={{ min: 0, max: seconds(length - clip.fadeOutMs), decimals: 2, unit: 's' }}
          step={0.1}
          disabled={disabled}
          testId="fade-in"
          onCommit={(value, step) =>
            update({ fadeInMs: Math.round(value * 1000) }, step, 'Change fade in')
          }
        />
        <NumberField
          label="Fade out"
          value={seconds(clip.fadeOutMs)}
          rules={{ min: 0, max: seconds(length - clip.fadeInMs), decimals: 2, unit: 's' }}
          step={0.1}
          disabled={disabled}
          testId="fade-out"
          onCommit={(value, step) =>
            update({ fadeOutMs: Math.round(value * 1000) }, step, 'Change fade out')
          }
        />
      </Section>
    </>
  );
}
