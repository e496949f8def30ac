import { useSyncExternalStore, type ReactElement } from 'react';
import type { MediaAsset, ProjectDocument } from '../../shared/model';
import { useEditorServices } from '../editor/editor-context';
import { useSelection } from '../editor/selection';
import { AudioSection } from './inspector/AudioSection';
import { CaptionSection } from './inspector/CaptionSection';
import { ClipSection } from './inspector/ClipSection';
import { CloseStepContext } from './inspector/fields';
import { MarkerSection } from './inspector/MarkerSection';
import { MediaDetails } from './inspector/MediaDetails';
import { MultiSection } from './inspector/MultiSection';
import { OverlaySection } from './inspector/OverlaySection';
import { ProjectSection } from './inspector/ProjectSection';
import { RegionSection } from './inspector/RegionSection';
import { resolveTarget, targetTitle, type InspectorTarget } from './inspector/target';
import { useInspectorEdits } from './inspector/useInspectorEdits';
import './inspector/inspector.css';

export { MediaDetails } from './inspector/MediaDetails';

/** Identifies what is shown, so fields start fresh (and commit what was typed) on a change. */
function targetKey(target: InspectorTarget, media: MediaAsset | undefined): string {
  switch (target.kind) {
    case 'none':
      return media === undefined ? 'project' : `media:${media.id}`;
    case 'clip':
    case 'audio':
      return `${target.kind}:${target.clip.id}`;
    case 'overlay':
      return `overlay:${target.overlay.id}`;
    case 'caption':
      return `caption:${target.cue.id}`;
    case 'marker':
      return `marker:${target.marker.id}`;
    case 'region':
      return `region:${target.region.id}`;
    case 'multi':
      return `multi:${target.items.map((item) => `${item.kind}:${item.id}`).join(',')}`;
  }
}

function TargetBody({
  target,
  doc,
  disabled,
}: {
  target: InspectorTarget;
  doc: ProjectDocument;
  disabled: boolean;
}): ReactElement {
  switch (target.kind) {
    case 'none':
      return <ProjectSection doc={doc} disabled={disabled} />;
    case 'clip':
      return <ClipSection clip={target.clip} media={target.media} doc={doc} disabled={disabled} />;
    case 'audio':
      return <AudioSection clip={target.clip} media={target.media} doc={doc} disabled={disabled} />;
    case 'overlay':
      return <OverlaySection overlay={target.overlay} doc={doc} disabled={disabled} />;
    case 'caption':
      return <CaptionSection cue={target.cue} doc={doc} disabled={disabled} />;
    case 'marker':
      return <MarkerSection marker={target.marker} doc={doc} disabled={disabled} />;
    case 'region':
      return <RegionSection region={target.region} doc={doc} disabled={disabled} />;
    case 'multi':
      return (
        <MultiSection items={target.items} counts={target.counts} doc={doc} disabled={disabled} />
      );
  }
}

/**
 * Properties of the timeline/canvas selection, edited through the command registry; with
 * nothing selected there, the media bin's selected item (read-only probe) or else the
 * project's settings.
 */
export function Inspector({
  doc,
  selected,
}: {
  doc: ProjectDocument;
  /** The media bin's selected item (the bin keeps its own selection). */
  selected: MediaAsset | undefined;
}): ReactElement {
  const { store, selection } = useEditorServices();
  const items = useSelection(selection);
  const readOnly = useSyncExternalStore(store.subscribe, () => store.getSnapshot().readOnly);
  const edits = useInspectorEdits();
  const target = resolveTarget(doc, items);
  const media = target.kind === 'none' ? selected : undefined;
  return (
    <aside className="panel inspector" aria-label="Inspector">
      <header className="panel__header">
        <h3>{media !== undefined ? 'Media' : targetTitle(target)}</h3>
      </header>
      <CloseStepContext.Provider value={edits.closeStep}>
        <div
          className="inspector__body"
          key={targetKey(target, media)}
          data-testid="inspector-body"
          data-target={target.kind}
        >
          {media !== undefined ? (
            <MediaDetails asset={media} />
          ) : (
            <TargetBody target={target} doc={doc} disabled={readOnly} />
          )}
        </div>
      </CloseStepContext.Provider>
    </aside>
  );
}
