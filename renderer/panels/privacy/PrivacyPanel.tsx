import { useMemo, type ReactElement } from 'react';
import { useApi } from '../../api';
import { useEditorServices } from '../../editor/editor-context';
import { useEditorSnapshot } from '../../editor/useDocumentStore';
import { FaceTracksSection } from './FaceTracksSection';
import { IdentifierFindings } from './IdentifierFindings';
import { RegionsSection } from './RegionsSection';
import { ScanSection } from './ScanSection';
import { ThumbnailLoader } from './thumbnail-loader';
import { useEngineGate } from './useEngineGate';
import { useFaceScan } from './useFaceScan';
import './privacy-panel.css';

/**
 * The Privacy panel: scan the footage for faces, review each face (blur, or keep with a consent
 * note), style the blurs, add blur regions for what detection misses, and see likely patient
 * identifiers in the text. Every change is one command through the document store.
 */
export function PrivacyPanel(): ReactElement {
  const api = useApi();
  const { projectId, store, selection, clock } = useEditorServices();
  const snapshot = useEditorSnapshot(store);
  const doc = snapshot.document;
  const { readOnly } = snapshot;
  const scan = useFaceScan(api, projectId, store);
  const engineReasons = useEngineGate(api, projectId, store, doc);
  const loader = useMemo(() => new ThumbnailLoader(api, projectId), [api, projectId]);

  return (
    <aside className="panel privacy-panel" aria-label="Privacy">
      <ScanSection doc={doc} scan={scan} readOnly={readOnly} engineReasons={engineReasons} />
      <FaceTracksSection
        doc={doc}
        store={store}
        readOnly={readOnly}
        loader={loader}
        onSeek={(ms) => clock.seek(ms)}
      />
      <RegionsSection
        doc={doc}
        store={store}
        selection={selection}
        clock={clock}
        readOnly={readOnly}
      />
      <IdentifierFindings
        doc={doc}
        onGoTo={(finding) => {
          const { where } = finding;
          if (where.type === 'caption') {
            selection.select({ kind: 'caption', id: where.id });
            const cue = doc.tracks.captions.find((c) => c.id === where.id);
            if (cue !== undefined) clock.seek(cue.start);
          } else if (where.type === 'overlay') {
            selection.select({ kind: 'overlay', id: where.id });
            const overlay = doc.tracks.overlays.find((o) => o.id === where.id);
            if (overlay !== undefined) clock.seek(overlay.start);
          }
        }}
      />
    </aside>
  );
}
