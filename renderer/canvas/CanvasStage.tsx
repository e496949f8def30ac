import { useRef, type ReactElement } from 'react';
import { Group, Layer, Rect, Stage } from 'react-konva';
import type { Format, ProjectDocument } from '../../shared/model';
import { fitFrame } from './fit';
import { SceneOverlay } from './SceneOverlay';
import { useElementSize } from './useElementSize';

/**
 * The 9:16 preview: a Konva stage filling the centre panel, with the output frame scaled to fit.
 * Frame contents (scene layer, handles, safe-zone guides) are drawn in frame coordinates inside
 * the scaled group. With a document, the scene layer shows it at `timeMs` (0 until the
 * transport sets a playhead).
 */
export function CanvasStage({
  format,
  doc,
  projectId,
  timeMs = 0,
}: {
  format: Format;
  doc?: ProjectDocument;
  projectId?: string;
  timeMs?: number;
}): ReactElement {
  const containerRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(containerRef);
  const fit = fitFrame(size, format);

  return (
    <div
      ref={containerRef}
      className="canvas-area"
      data-testid="canvas-area"
      data-frame-scale={fit.scale.toFixed(4)}
    >
      {size.width > 0 && size.height > 0 ? (
        <Stage width={size.width} height={size.height}>
          <Layer listening={false}>
            <Group x={fit.x} y={fit.y} scaleX={fit.scale} scaleY={fit.scale}>
              <Rect
                width={format.width}
                height={format.height}
                fill={format.background}
                shadowColor="#000000"
                shadowBlur={24 / Math.max(fit.scale, 0.01)}
                shadowOpacity={0.45}
              />
              {doc !== undefined && projectId !== undefined ? (
                <SceneOverlay doc={doc} projectId={projectId} timeMs={timeMs} />
              ) : null}
              <Rect
                width={format.width}
                height={format.height}
                stroke="#3b4047"
                strokeWidth={1}
                strokeScaleEnabled={false}
              />
            </Group>
          </Layer>
        </Stage>
      ) : null}
      <span className="canvas-area__label">
        {format.width}×{format.height} · {format.fps} fps
      </span>
    </div>
  );
}
