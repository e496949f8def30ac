import type { ReactElement } from 'react';
import { invocation } from '../../../shared/commands';
import type {
  MediaAsset,
  ProjectDocument,
  Reframe,
  ReframeMode,
  VideoClip,
} from '../../../shared/model';
import { centredFill } from '../../../shared/model';
import { ColorField, NumberField, SelectField, ToggleField } from './fields';
import { FocusSection } from './FocusSection';
import { ClipTimingSection } from './ClipTimingSection';
import { Section } from './Section';
import { useInspectorEdits, type StepMode } from './useInspectorEdits';
import { VolumeControl } from './VolumeControl';

const REFRAME_OPTIONS = [
  { value: 'fill', label: 'Fill (crop to 9:16)' },
  { value: 'fit-blur', label: 'Fit over blurred copy' },
  { value: 'fit-color', label: 'Fit over colour' },
] as const;

export const DEFAULT_BLUR_STRENGTH = 40;

/** The reframe a mode starts with when picked. */
export function reframeForMode(mode: ReframeMode, background: string): Reframe {
  if (mode === 'fill') return centredFill();
  if (mode === 'fit-blur') return { mode, blurStrength: DEFAULT_BLUR_STRENGTH };
  return { mode, color: background.slice(0, 7) };
}

/** The source range a clip may use: to the end of its media (still images have no end). */
export function sourceLimitMs(media: MediaAsset | undefined): number | undefined {
  return media !== undefined && media.probe.kind !== 'image' ? media.probe.durationMs : undefined;
}

/** A video clip: media, timing on the timeline and in the source, sound, and reframing. */
export function ClipSection({
  clip,
  media,
  doc,
  disabled,
}: {
  clip: VideoClip;
  media: MediaAsset | undefined;
  doc: ProjectDocument;
  disabled: boolean;
}): ReactElement {
  const edits = useInspectorEdits();
  const { fps } = doc.format;
  const limit = sourceLimitMs(media);
  const commit = (change: Parameters<typeof edits.commit>[0], step: StepMode, label?: string) =>
    edits.commit(change, { step, ...(label === undefined ? {} : { label }) });
  const trim = (args: { in?: number; out?: number }, step: StepMode) =>
    commit(invocation('clip.trim', { id: clip.id, ...args }), step);
  const reframe = (next: Reframe, step: StepMode, label = 'Change reframe') =>
    commit(invocation('clip.setReframe', { id: clip.id, reframe: next }), step, label);

  return (
    <>
      <h2 className="inspector__title" title={media?.name} data-testid="inspector-subject">
        {media?.name ?? 'Missing media'}
      </h2>
      {media?.missing ? (
        <p className="banner banner--danger">The file is missing from {media.path}.</p>
      ) : null}
      <ClipTimingSection
        clip={clip}
        fps={fps}
        limit={limit}
        disabled={disabled}
        testIdPrefix="clip"
        onMove={(start, step) => commit(invocation('clip.move', { id: clip.id, start }), step)}
        onTrim={trim}
      />
      <Section title="Audio">
        <VolumeControl
          gain={clip.volume}
          disabled={disabled}
          onCommit={(volume, step) =>
            commit(invocation('clip.setVolume', { id: clip.id, volume }), step)
          }
        />
        <ToggleField
          label="Mute"
          checked={clip.muted}
          disabled={disabled}
          testId="clip-mute"
          onCommit={(muted, step) =>
            commit(
              invocation('clip.setVolume', { id: clip.id, muted }),
              step,
              muted ? 'Mute clip' : 'Unmute clip',
            )
          }
        />
      </Section>
      <Section title="Reframe">
        <SelectField<ReframeMode>
          label="Mode"
          value={clip.reframe.mode}
          options={REFRAME_OPTIONS}
          disabled={disabled}
          testId="reframe-mode"
          onCommit={(mode, step) => reframe(reframeForMode(mode, doc.format.background), step)}
        />
        {clip.reframe.mode === 'fit-blur' ? (
          <NumberField
            label="Blur"
            value={clip.reframe.blurStrength}
            rules={{ integer: true, min: 1, max: 100 }}
            disabled={disabled}
            testId="reframe-blur"
            onCommit={(blurStrength, step) => reframe({ mode: 'fit-blur', blurStrength }, step)}
          />
        ) : null}
        {clip.reframe.mode === 'fit-color' ? (
          <ColorField
            label="Colour"
            value={clip.reframe.color}
            disabled={disabled}
            onCommit={(color, step) => reframe({ mode: 'fit-color', color }, step)}
          />
        ) : null}
        {clip.reframe.mode === 'fill' ? (
          <FocusSection clip={clip} focus={clip.reframe.focus} doc={doc} disabled={disabled} />
        ) : null}
      </Section>
    </>
  );
}
