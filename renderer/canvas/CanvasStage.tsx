import type Konva from 'konva';
import {
  useMemo,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactElement,
} from 'react';
import { Group, Layer, Rect, Stage } from 'react-konva';
import type { Format, ProjectDocument } from '../../shared/model';
import { editableItems } from '../../shared/scene/item-bounds';
import { overlayLayerState, type OverlayLayerState } from '../../shared/scene/overlay-segments';
import type { SafeZoneGeometry } from '../../shared/scene/safe-zones';
import { sceneAt } from '../../shared/scene/scene-at';
import { documentFallbackFamilies, useSceneFontsReady } from './useSceneFontsReady';
import { SelectionStore, useSelection } from '../editor/selection';
import type { CanvasZoom } from './canvas-zoom';
import { selectedFocusPoint } from './edit-plan';
import { EditHandles } from './EditHandles';
import { RegionHandles } from './RegionHandles';
import type { RegionTool } from './region-tool';
import type { FrameFit } from './fit';
import type { PreviewClock } from './preview-clock';
import type { PreviewInspector } from './preview-inspector';
import type { PreviewLoop } from './preview-loop';
import { useIconDrop } from '../panels/library/useIconDrop';
import { SafeZoneGuides } from './SafeZoneGuides';
import { SceneOverlay } from './SceneOverlay';
import { SelectionReadout } from './SelectionReadout';
import { useCanvasGestures, type CanvasEditing, type GesturePreview } from './useCanvasGestures';
import { useCanvasViewport } from './useCanvasViewport';
import { VideoLayer } from './VideoLayer';

const noSubscription = () => () => undefined;
/** Layers that help editing (guides, handles) and are not part of the picture. */
const EDITOR_LAYER = 'canvas-editor-layer';
const noSelection = new SelectionStore();
const ignoreZoom = () => undefined;

/** The playhead from the clock, or `fallbackMs` without one. */
function usePlayhead(clock: PreviewClock | undefined, fallbackMs: number): number {
  return useSyncExternalStore(clock?.subscribe ?? noSubscription, () =>
    clock ? clock.getSnapshot().timeMs : fallbackMs,
  );
}

function FrameGroup({ fit, children }: { fit: FrameFit; children: ReactElement | ReactElement[] }) {
  return (
    <Group x={fit.x} y={fit.y} scaleX={fit.scale} scaleY={fit.scale}>
      {children}
    </Group>
  );
}

function layerAt(doc: ProjectDocument | undefined, timeMs: number): OverlayLayerState | null {
  if (doc === undefined) return null;
  try {
    return overlayLayerState(sceneAt(doc, Math.max(0, Math.floor(timeMs))));
  } catch (error) {
    console.warn('Preview cannot show this time:', error);
    return null;
  }
}

/**
 * The 9:16 preview: a Konva stage over the centre panel's scroll area, with the output frame
 * zoomed to fit or to a set scale (scrolling when larger than the panel). Layers in frame
 * coordinates: the frame's backing, the footage at the playhead (redrawn per animation frame
 * while playing), the scene layer (captions, overlays, chips; redrawn only when its look
 * changes), the safe-zone guides, and the handles layer for editing. During a drag the scene
 * (and for a focus drag the footage) shows the edit's preview; the document changes on release.
 * Without a clock the scene shows `timeMs` and no footage.
 */
export function CanvasStage({
  format,
  doc,
  projectId,
  timeMs = 0,
  clock,
  loop,
  inspector,
  zoom = 'fit',
  onZoom = ignoreZoom,
  safeZone = null,
  editing,
  regionTool,
  onScale,
}: {
  format: Format;
  doc?: ProjectDocument;
  projectId?: string;
  timeMs?: number;
  clock?: PreviewClock;
  loop?: PreviewLoop;
  inspector?: PreviewInspector;
  zoom?: CanvasZoom;
  onZoom?: (zoom: CanvasZoom) => void;
  safeZone?: SafeZoneGeometry | null;
  editing?: CanvasEditing;
  /** The "Blur region" tool: while armed, a drag on the frame draws a blur region. */
  regionTool?: RegionTool;
  /** Told the scale the canvas shows whenever it changes (what "fit" comes to). */
  onScale?: (scale: number) => void;
}): ReactElement {
  const stageBoxRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const { scrollerRef, viewport, layout, fit, onScroll } = useCanvasViewport(format, zoom, onZoom);
  const playheadMs = usePlayhead(clock, timeMs);
  const pixelRatio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const selection = useSelection(editing?.selection ?? noSelection);
  const [preview, setPreview] = useState<GesturePreview | null>(null);
  const shownDoc = preview?.doc ?? doc;
  // Laid out again once the fonts are in: fallback-script words are measured with them.
  const fallbacks = useMemo(() => documentFallbackFamilies(doc), [doc]);
  const fontsReady = useSceneFontsReady(fallbacks);
  const layer = useMemo(
    () => layerAt(shownDoc, playheadMs),
    // fontsReady is not read, but it changes how text measures.
    [shownDoc, playheadMs, fontsReady],
  );
  const items = useMemo(() => (layer ? editableItems(layer) : []), [layer]);
  const gestures = useCanvasGestures(
    doc
      ? {
          doc,
          playheadMs,
          fit,
          items,
          safe: safeZone?.safe ?? null,
          editing,
          onPreview: setPreview,
        }
      : null,
    stageBoxRef,
    stageRef,
  );
  const iconDrop = useIconDrop(stageBoxRef, fit, playheadMs, editing);

  useEffect(() => {
    if (fit.scale > 0) onScale?.(fit.scale);
  }, [fit.scale, onScale]);

  useEffect(() => {
    if (inspector === undefined) return;
    inspector.frameSnapshot = () => {
      const stage = stageRef.current;
      if (!stage) throw new Error('the preview stage is not shown');
      // The frame as it plays: footage and scene, without guides and handles.
      const extras = stage.find(`.${EDITOR_LAYER}`).filter((layer) => layer.visible());
      extras.forEach((layer) => layer.visible(false));
      try {
        return stage.toDataURL({ x: fit.x, y: fit.y, width: fit.width, height: fit.height });
      } finally {
        extras.forEach((layer) => layer.visible(true));
      }
    };
  }, [inspector, fit.x, fit.y, fit.width, fit.height]);

  const showScene = doc !== undefined && projectId !== undefined && shownDoc !== undefined;
  const focus = shownDoc ? selectedFocusPoint(shownDoc, selection, playheadMs) : null;
  const sized = viewport.width > 0 && viewport.height > 0;
  return (
    <div
      className="canvas-area"
      data-testid="canvas-area"
      data-frame-scale={fit.scale.toFixed(4)}
      data-zoom={zoom === 'fit' ? 'fit' : zoom.toFixed(4)}
      data-safe-zone={safeZone?.platform ?? 'off'}
      data-editing={preview ? 'preview' : 'idle'}
    >
      <div
        ref={scrollerRef}
        className="canvas-scroller"
        data-scrolls={layout.scrolls}
        onScroll={onScroll}
      >
        <div
          className="canvas-scroller__content"
          style={{ width: layout.content.width, height: layout.content.height }}
        >
          <div
            ref={stageBoxRef}
            className="canvas-stage"
            data-testid="canvas-stage"
            data-frame-x={fit.x.toFixed(2)}
            data-frame-y={fit.y.toFixed(2)}
            style={{ width: viewport.width, height: viewport.height }}
            {...gestures.handlers}
            {...iconDrop}
          >
            {sized ? (
              // The frame's drop shadow, under the stage: a CSS shadow costs the compositor
              // nothing per frame, where a Konva shadow is a software blur on every redraw.
              <div
                className="canvas-stage__shadow"
                aria-hidden="true"
                style={{ left: fit.x, top: fit.y, width: fit.width, height: fit.height }}
              />
            ) : null}
            {sized ? (
              <Stage ref={stageRef} width={viewport.width} height={viewport.height}>
                <Layer listening={false}>
                  <FrameGroup fit={fit}>
                    <Rect width={format.width} height={format.height} fill={format.background} />
                  </FrameGroup>
                </Layer>
                {showScene && clock && loop ? (
                  <Layer listening={false}>
                    <FrameGroup fit={fit}>
                      <VideoLayer
                        doc={preview?.video ? shownDoc : doc}
                        projectId={projectId}
                        clock={clock}
                        loop={loop}
                        resolution={fit.scale * pixelRatio}
                        {...(inspector ? { inspector } : {})}
                      />
                    </FrameGroup>
                  </Layer>
                ) : null}
                <Layer listening={false}>
                  <FrameGroup fit={fit}>
                    {showScene ? (
                      <SceneOverlay
                        doc={shownDoc}
                        projectId={projectId}
                        timeMs={playheadMs}
                        layer={layer}
                        {...(inspector ? { inspector } : {})}
                      />
                    ) : (
                      <Group />
                    )}
                    <Rect
                      width={format.width}
                      height={format.height}
                      stroke="#3b4047"
                      strokeWidth={1}
                      strokeScaleEnabled={false}
                    />
                  </FrameGroup>
                </Layer>
                {safeZone ? (
                  <Layer listening={false} name={EDITOR_LAYER}>
                    <SafeZoneGuides fit={fit} zone={safeZone} />
                  </Layer>
                ) : null}
                {showScene && editing ? (
                  // One handles layer (one canvas): overlay and caption handles, blur regions.
                  <Layer name={EDITOR_LAYER}>
                    <EditHandles
                      fit={fit}
                      doc={doc}
                      playheadMs={playheadMs}
                      items={items}
                      selection={selection}
                      hover={gestures.hover}
                      guides={gestures.guides}
                      focus={focus}
                      editing={editing}
                      onPreview={setPreview}
                    />
                    <RegionHandles
                      fit={fit}
                      doc={doc}
                      playheadMs={playheadMs}
                      selection={selection}
                      editing={editing}
                      tool={regionTool}
                      onPreview={setPreview}
                    />
                  </Layer>
                ) : null}
              </Stage>
            ) : null}
          </div>
        </div>
      </div>
      {shownDoc && editing ? (
        <SelectionReadout doc={shownDoc} selection={selection} playheadMs={playheadMs} />
      ) : null}
      <span className="canvas-area__label">
        {format.width}×{format.height} · {format.fps} fps
      </span>
    </div>
  );
}
