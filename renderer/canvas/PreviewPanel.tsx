import { useEffect, useMemo, type ReactElement } from 'react';
import type { ProjectDocument } from '../../shared/model';
import { useApi } from '../api';
import { CanvasStage } from './CanvasStage';
import type { PreviewClock } from './preview-clock';
import { PreviewInspector, previewTestHookWanted } from './preview-inspector';
import { PreviewLoop } from './preview-loop';
import { Transport } from './Transport';
import { ignoresTransportKeys, matchTransportKey, runTransportAction } from './transport-keys';
import './preview.css';

/**
 * The centre of the editor: the 9:16 canvas showing the frame at the playhead (footage and
 * scene layer) and the transport under it. Space, Left/Right, Home and End drive the playhead
 * from anywhere in the editor except while typing or inside a dialog.
 */
export function PreviewPanel({
  doc,
  projectId,
  clock,
}: {
  doc: ProjectDocument;
  projectId: string;
  clock: PreviewClock;
}): ReactElement {
  const api = useApi();
  const loop = useMemo(() => new PreviewLoop(clock), [clock]);
  const inspector = useMemo(
    () =>
      typeof window !== 'undefined' && previewTestHookWanted(window.location.search)
        ? new PreviewInspector(clock, async (timeMs) => {
            const { png } = await api.call('render.sceneFrame', { projectId, timeMs });
            return png;
          })
        : undefined,
    [api, clock, projectId],
  );

  useEffect(() => {
    loop.start();
    return () => loop.stop();
  }, [loop]);

  useEffect(() => inspector?.install(window), [inspector]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = matchTransportKey(event);
      if (action === null || ignoresTransportKeys(event.target, action)) return;
      event.preventDefault();
      runTransportAction(clock, action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [clock]);

  return (
    <section className="preview" aria-label="Preview">
      <CanvasStage
        format={doc.format}
        doc={doc}
        projectId={projectId}
        clock={clock}
        loop={loop}
        {...(inspector ? { inspector } : {})}
      />
      <Transport clock={clock} />
    </section>
  );
}
