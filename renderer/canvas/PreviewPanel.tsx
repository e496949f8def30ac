import {
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactElement,
} from 'react';
import type { ProjectDocument } from '../../shared/model';
import {
  safeZoneGeometry,
  safeZonePlatformSchema,
  shippedSafeZones,
  type SafeZonePlatform,
} from '../../shared/scene/safe-zones';
import { useApi } from '../api';
import { useActionHandlers } from '../editor/action-registry';
import { useEditorServices } from '../editor/editor-context';
import type { CanvasZoom } from './canvas-zoom';
import { CanvasStage } from './CanvasStage';
import { CanvasToolbar } from './CanvasToolbar';
import { insertTextPlan } from './insert-text';
import { keyframeToggleLabel, keyframeTogglePlan } from './edit-plan';
import type { PreviewClock } from './preview-clock';
import { PreviewInspector, previewTestHookWanted } from './preview-inspector';
import { PreviewLoop } from './preview-loop';
import { RegionTool } from './region-tool';
import { dispatchGesture } from './useCanvasGestures';
import { Transport } from './Transport';
import './preview.css';
import './canvas-editing.css';

const SAFE_ZONES_KEY = 'medclip.canvas.safeZones';

/** The safe-zone view choice, remembered between sessions (view state, not the document). */
function useSafeZoneChoice(): [
  { shown: boolean; platform: SafeZonePlatform },
  (next: { shown: boolean; platform: SafeZonePlatform }) => void,
] {
  const [choice, setChoice] = useState(() => {
    try {
      const stored = JSON.parse(globalThis.localStorage?.getItem(SAFE_ZONES_KEY) ?? 'null') as {
        shown?: unknown;
        platform?: unknown;
      } | null;
      const platform = safeZonePlatformSchema.safeParse(stored?.platform);
      return {
        shown: stored?.shown === true,
        platform: platform.success ? platform.data : ('tiktok' as const),
      };
    } catch {
      return { shown: false, platform: 'tiktok' as const };
    }
  });
  const update = useCallback((next: { shown: boolean; platform: SafeZonePlatform }) => {
    setChoice(next);
    try {
      globalThis.localStorage?.setItem(SAFE_ZONES_KEY, JSON.stringify(next));
    } catch {
      // Storage may be unavailable (private mode); the choice still holds for this session.
    }
  }, []);
  return [choice, update];
}

/**
 * The centre of the editor: the canvas toolbar, the 9:16 canvas showing the frame at the
 * playhead (footage and scene layer, editable with the mouse) and the transport under it.
 * The keys reach it as actions (useEditorKeys). Registers the canvas's actions: keyframe toggle, safe zones, fit
 * and 100%, and the Blur region tool (a drag on the footage then draws a manual blur region).
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
  const { store, selection, actions } = useEditorServices();
  const readOnly = useSyncExternalStore(store.subscribe, () => store.getSnapshot().readOnly);
  const loop = useMemo(() => new PreviewLoop(clock), [clock]);
  const [zoom, setZoom] = useState<CanvasZoom>('fit');
  const [scale, setScale] = useState(0);
  const [safeZones, setSafeZones] = useSafeZoneChoice();
  const regionTool = useMemo(() => new RegionTool(), []);
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
  const editing = useMemo(() => ({ store, selection, readOnly }), [store, selection, readOnly]);
  const zone = useMemo(
    () =>
      safeZones.shown ? safeZoneGeometry(shippedSafeZones(), safeZones.platform, doc.format) : null,
    [safeZones, doc.format],
  );

  const keyframePlan = () =>
    keyframeTogglePlan(
      store.getSnapshot().document,
      selection.getSnapshot(),
      clock.getSnapshot().timeMs,
    );
  useActionHandlers(actions, {
    'keyframe.toggle': {
      run: () => {
        const plan = keyframePlan();
        if (plan.length > 0) dispatchGesture(store, plan, keyframeToggleLabel(plan));
      },
      enabled: () => !store.getSnapshot().readOnly && keyframePlan().length > 0,
    },
    'view.safeZones': { run: () => setSafeZones({ ...safeZones, shown: !safeZones.shown }) },
    'insert.text': {
      run: () => {
        const add = insertTextPlan(store.getSnapshot().document, clock.getSnapshot().timeMs);
        if (dispatchGesture(store, [add], 'Add text')) {
          selection.select({
            kind: 'overlay',
            id: (add.args as { overlay: { id: string } }).overlay.id,
          });
        }
      },
      enabled: () => !store.getSnapshot().readOnly,
    },
    'canvas.drawBlurRegion': {
      run: () => regionTool.toggle(),
      enabled: () => !store.getSnapshot().readOnly,
    },
    'view.canvasFit': { run: () => setZoom('fit') },
    'view.canvas100': { run: () => setZoom(1) },
  });
  const watchAvailability = useCallback(
    (listener: () => void) => {
      const offs = [
        clock.subscribe(listener),
        selection.subscribe(listener),
        store.subscribe(listener),
      ];
      return () => offs.forEach((off) => off());
    },
    [clock, selection, store],
  );

  useEffect(() => {
    loop.start();
    return () => loop.stop();
  }, [loop]);

  useEffect(() => inspector?.install(window), [inspector]);

  return (
    <section className="preview" aria-label="Preview">
      <CanvasToolbar
        actions={actions}
        safeZones={safeZones.shown}
        platform={safeZones.platform}
        onPlatform={(platform) => setSafeZones({ shown: true, platform })}
        zoom={zoom}
        scale={scale}
        onZoom={setZoom}
        subscribe={watchAvailability}
        regionTool={regionTool}
      />
      <CanvasStage
        format={doc.format}
        doc={doc}
        projectId={projectId}
        clock={clock}
        loop={loop}
        zoom={zoom}
        onZoom={setZoom}
        onScale={setScale}
        safeZone={zone}
        editing={editing}
        regionTool={regionTool}
        {...(inspector ? { inspector } : {})}
      />
      <Transport clock={clock} />
    </section>
  );
}
