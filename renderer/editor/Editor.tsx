import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type ReactElement,
} from 'react';
import type { ProjectOpened } from '../../shared/api';
import { useApi } from '../api';
import { useNotify } from '../app/notifications';
import { Icon } from '../app/ui/icons';
import { PreviewPanel } from '../canvas/PreviewPanel';
import { usePreviewClock } from '../canvas/usePreviewClock';
import { Inspector } from '../panels/Inspector';
import { MediaBin } from '../panels/MediaBin';
import { LeftPanelTabs } from '../panels/captions/LeftPanelTabs';
import { ThumbnailCache } from '../panels/thumbnails';
import { Timeline } from '../timeline/Timeline';
import { ActionRegistry, useActionHandlers } from './action-registry';
import { DocumentStore } from './document-store';
import { EditorContext, type EditorServices } from './editor-context';
import { SelectionStore } from './selection';
import { isMacPlatform } from './shortcuts';
import { usePlaybackActions } from '../canvas/usePlaybackActions';
import { useEditorKeys, useMenuActions } from './useEditorKeys';
import { useEditorPanels } from './useEditorPanels';
import { TopBar } from './TopBar';
import { DiagnosticsDialog } from '../panels/DiagnosticsDialog';
import { ExportCenter } from '../panels/export/ExportCenter';
import { useEditorSnapshot } from './useDocumentStore';
import { useMediaImport } from './useMediaImport';
import { CaptionsMenu } from '../panels/captions-import/CaptionsMenu';
import { useCaptionFiles } from '../panels/captions-import/useCaptionFiles';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/** The editor frame: top bar, media bin, 9:16 canvas, inspector and timeline. */
export function Editor({
  opened,
  onClose,
}: {
  opened: ProjectOpened;
  onClose: () => void;
}): ReactElement {
  const api = useApi();
  const notify = useNotify();
  const store = useMemo(
    () =>
      new DocumentStore(api, opened, {
        onError: (title, message) => notify({ tone: 'error', title, message }),
      }),
    [api, opened, notify],
  );
  const snapshot = useEditorSnapshot(store);
  const thumbnails = useMemo(
    () => new ThumbnailCache(api, opened.projectId),
    [api, opened.projectId],
  );
  const [selectedMediaId, setSelectedMediaId] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState(false);
  const [diagnosticsOpen, setDiagnosticsOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const isMac = isMacPlatform(globalThis.navigator);

  const onImported = useCallback(
    (mediaIds: string[]) => setSelectedMediaId(mediaIds[0] ?? null),
    [],
  );
  const mediaImport = useMediaImport(store, onImported);
  const captionFiles = useCaptionFiles();
  const selection = useMemo(() => new SelectionStore(), []);
  const actions = useMemo(() => new ActionRegistry(), []);
  useActionHandlers(actions, {
    'edit.undo': { run: () => store.undo(), enabled: () => store.getSnapshot().history.canUndo },
    'edit.redo': { run: () => store.redo(), enabled: () => store.getSnapshot().history.canRedo },
    'file.import': { run: mediaImport.choose, enabled: () => !store.getSnapshot().readOnly },
    'file.export': { run: () => setExportOpen(true) },
    'file.importCaptions': {
      run: captionFiles.openImport,
      enabled: () => !store.getSnapshot().readOnly,
    },
    'file.exportCaptions': { run: captionFiles.openExport },
    'edit.deselect': {
      run: () => {
        setSelectedMediaId(null);
        selection.clear();
      },
    },
  });

  // Once per opened project, even when React re-runs effects (StrictMode in development).
  const warnedFor = useRef<ProjectOpened | null>(null);
  useEffect(() => {
    if (warnedFor.current === opened) return;
    warnedFor.current = opened;
    for (const warning of opened.warnings) {
      notify({ tone: 'info', title: 'About this project', message: warning });
    }
  }, [opened, notify]);

  useEditorKeys(actions, isMac);
  useMenuActions(api, actions);
  const panels = useEditorPanels(actions, store, snapshot, isMac);

  const close = async () => {
    await store.idle();
    try {
      await api.call('project.close', { projectId: opened.projectId });
    } finally {
      onClose();
    }
  };

  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDropTarget(false);
    const files = Array.from(event.dataTransfer.files);
    const paths = files
      .map((file) => api.pathForFile(file))
      .filter((path): path is string => path !== null);
    if (paths.length === 0) {
      notify({
        tone: 'info',
        title: 'Dropping files needs the desktop app',
        message: 'In the browser, use Import media to choose files.',
      });
      return;
    }
    void mediaImport.importPaths(paths);
  };

  const { document } = snapshot;
  const clock = usePreviewClock(document);
  usePlaybackActions(actions, clock, document);
  const selected = document.media.find((asset) => asset.id === selectedMediaId);
  // Undo of an add, or a delete, removes items: the selection forgets them.
  useEffect(() => selection.prune(document), [selection, document]);
  const services = useMemo<EditorServices>(
    () => ({ projectId: opened.projectId, store, selection, clock, actions }),
    [opened.projectId, store, selection, clock, actions],
  );

  return (
    <EditorContext.Provider value={services}>
      <div
        className="editor"
        data-drop-target={dropTarget}
        onDragOver={(event) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setDropTarget(true);
        }}
        onDragLeave={(event) => {
          if (event.currentTarget === event.target || !event.relatedTarget) setDropTarget(false);
        }}
        onDrop={onDrop}
      >
        <TopBar
          snapshot={snapshot}
          isMac={isMac}
          onUndo={() => store.undo()}
          onRedo={() => store.redo()}
          onClose={() => void close()}
          onDiagnostics={() => setDiagnosticsOpen(true)}
          onExport={() => setExportOpen(true)}
          tools={
            <CaptionsMenu
              onImport={captionFiles.openImport}
              onExport={captionFiles.openExport}
              readOnly={snapshot.readOnly}
            />
          }
          historyOpen={panels.historyOpen}
          onHistory={panels.toggleHistory}
          onShortcuts={panels.toggleShortcuts}
          flushCount={panels.flushCount}
        />
        <LeftPanelTabs
          media={
            <MediaBin
              media={document.media}
              cache={thumbnails}
              selectedMediaId={selectedMediaId}
              onSelect={setSelectedMediaId}
              importButton={
                <button
                  type="button"
                  className="btn btn--primary"
                  disabled={snapshot.readOnly}
                  onClick={mediaImport.choose}
                >
                  <Icon name={mediaImport.busy ? 'spinner' : 'import'} />
                  {mediaImport.busy ? 'Importing…' : 'Import media'}
                </button>
              }
            />
          }
        />
        <PreviewPanel doc={document} projectId={opened.projectId} clock={clock} />
        <Inspector doc={document} selected={selected} />
        <Timeline />
        {mediaImport.picker}
        {captionFiles.element}
        {panels.element}
        {diagnosticsOpen ? <DiagnosticsDialog onClose={() => setDiagnosticsOpen(false)} /> : null}
        <ExportCenter
          open={exportOpen}
          onClose={() => setExportOpen(false)}
          projectId={opened.projectId}
          projectPath={snapshot.path}
          projectName={document.name}
        />
      </div>
    </EditorContext.Provider>
  );
}
