import type Konva from 'konva';
import { useEffect, useRef, useSyncExternalStore, type ReactElement } from 'react';
import { Group, Layer, Rect, Stage } from 'react-konva';
import type { Format, ProjectDocument } from '../../shared/model';
import { fitFrame, type FrameFit } from './fit';
import type { PreviewClock } from './preview-clock';
import type { PreviewInspector } from './preview-inspector';
import type { PreviewLoop } from './preview-loop';
import { SceneOverlay } from './SceneOverlay';
import { useElementSize } from './useElementSize';
import { VideoLayer } from './VideoLayer';

const noSubscription = () => () => undefined;

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

/**
 * The 9:16 preview: a Konva stage filling the centre panel, with the output frame scaled to fit.
 * Three layers in frame coordinates: the frame's backing, the footage at the playhead (redrawn
 * per animation frame while playing) and the scene layer (captions, overlays, chips; redrawn
 * only when its look changes). Without a clock the scene shows `timeMs` and no footage.
 */
export function CanvasStage({
  format,
  doc,
  projectId,
  timeMs = 0,
  clock,
  loop,
  inspector,
}: {
  format: Format;
  doc?: ProjectDocument;
  projectId?: string;
  timeMs?: number;
  clock?: PreviewClock;
  loop?: PreviewLoop;
  inspector?: PreviewInspector;
}): ReactElement {
  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const size = useElementSize(containerRef);
  const fit = fitFrame(size, format);
  const playheadMs = usePlayhead(clock, timeMs);
  const pixelRatio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;

  useEffect(() => {
    if (inspector === undefined) return;
    inspector.frameSnapshot = () => {
      const stage = stageRef.current;
      if (!stage) throw new Error('the preview stage is not shown');
      return stage.toDataURL({ x: fit.x, y: fit.y, width: fit.width, height: fit.height });
    };
  }, [inspector, fit.x, fit.y, fit.width, fit.height]);

  const showScene = doc !== undefined && projectId !== undefined;
  return (
    <div
      ref={containerRef}
      className="canvas-area"
      data-testid="canvas-area"
      data-frame-scale={fit.scale.toFixed(4)}
    >
      {size.width > 0 && size.height > 0 ? (
        <Stage ref={stageRef} width={size.width} height={size.height}>
          <Layer listening={false}>
            <FrameGroup fit={fit}>
              <Rect
                width={format.width}
                height={format.height}
                fill={format.background}
                shadowColor="#000000"
                shadowBlur={24 / Math.max(fit.scale, 0.01)}
                shadowOpacity={0.45}
              />
            </FrameGroup>
          </Layer>
          {showScene && clock && loop ? (
            <Layer listening={false}>
              <FrameGroup fit={fit}>
                <VideoLayer
                  doc={doc}
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
                  doc={doc}
                  projectId={projectId}
                  timeMs={playheadMs}
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
        </Stage>
      ) : null}
      <span className="canvas-area__label">
        {format.width}×{format.height} · {format.fps} fps
      </span>
    </div>
  );
}
