import type { ReactElement } from 'react';
import type { Overlay, ProjectDocument } from '../../../shared/model';
import { AnimationSection } from './AnimationSection';
import { OVERLAY_KIND_LABEL } from './overlay-labels';
import { OverlayContent } from './OverlayContent';
import { Section } from './Section';
import { SpanTiming } from './SpanTiming';
import { TransformSection } from './TransformSection';
import { useOverlayPatcher } from './useOverlayPatcher';

/** Everything about one overlay: its kind's fields, timing, transform keyframes, animation. */
export function OverlaySection({
  overlay,
  doc,
  disabled,
}: {
  overlay: Overlay;
  doc: ProjectDocument;
  disabled: boolean;
}): ReactElement {
  const patch = useOverlayPatcher(overlay);
  return (
    <>
      <h2 className="inspector__title" data-testid="inspector-subject">
        {OVERLAY_KIND_LABEL[overlay.kind]}
      </h2>
      <OverlayContent overlay={overlay} doc={doc} disabled={disabled} />
      <Section title="Timing">
        <SpanTiming
          span={overlay}
          fps={doc.format.fps}
          disabled={disabled}
          noun="overlay"
          onChange={({ start, end }, step, label) => patch({ start, end }, step, label)}
        />
      </Section>
      <TransformSection overlay={overlay} doc={doc} disabled={disabled} />
      <AnimationSection overlay={overlay} disabled={disabled} />
    </>
  );
}
