import { useSyncExternalStore, type ReactElement, type ReactNode } from 'react';
import { editorActionInfo, type EditorActionId } from '../../shared/editor/actions';
import {
  SAFE_ZONE_PLATFORMS,
  shippedSafeZones,
  type SafeZonePlatform,
} from '../../shared/scene/safe-zones';
import { Tooltip } from '../app/ui/Tooltip';
import type { ActionRegistry } from '../editor/action-registry';
import { steppedZoom, ZOOM_STEPS, zoomPercent, type CanvasZoom } from './canvas-zoom';
import type { RegionTool } from './region-tool';

const noSubscription = () => () => undefined;
const notArmed = () => false;

/** "Label  ·  Shift+G" for a catalogued action with a key. */
function tip(id: EditorActionId, label = editorActionInfo(id).label): string {
  const key = editorActionInfo(id).keys[0];
  return key === undefined ? label : `${label}  ·  ${key}`;
}

function ToolButton({
  label,
  tooltip,
  pressed,
  disabled,
  onClick,
  children,
  testId,
}: {
  label: string;
  tooltip: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Tooltip label={tooltip}>
      {(describedBy) => (
        <button
          type="button"
          className="btn btn--ghost canvas-toolbar__button"
          aria-label={label}
          aria-describedby={describedBy}
          {...(pressed === undefined ? {} : { 'aria-pressed': pressed })}
          disabled={disabled}
          onClick={onClick}
          data-testid={testId}
        >
          {children}
        </button>
      )}
    </Tooltip>
  );
}

/**
 * Above the canvas: the keyframe toggle, safe-zone guides with their platform, and the zoom
 * (out, the current scale as a menu, in, Fit, 100%). Buttons run the same catalogued actions
 * as the keys and menus; the keyframe button greys out when there is nothing to key.
 */
export function CanvasToolbar({
  actions,
  safeZones,
  platform,
  onPlatform,
  zoom,
  scale,
  onZoom,
  subscribe,
  regionTool,
}: {
  actions: ActionRegistry;
  safeZones: boolean;
  platform: SafeZonePlatform;
  onPlatform: (platform: SafeZonePlatform) => void;
  zoom: CanvasZoom;
  /** The scale the canvas shows now (what "Fit" came to). */
  scale: number;
  onZoom: (zoom: CanvasZoom) => void;
  /** Re-checks what is available when the playhead or selection changes. */
  subscribe?: (listener: () => void) => () => void;
  /** The "Blur region" tool, shown pressed while armed. */
  regionTool?: RegionTool;
}): ReactElement {
  const keyframeAvailable = useSyncExternalStore(subscribe ?? noSubscription, () =>
    actions.isAvailable('keyframe.toggle'),
  );
  const regionArmed = useSyncExternalStore(
    regionTool?.subscribe ?? noSubscription,
    regionTool?.getSnapshot ?? notArmed,
  );
  const regionAvailable = useSyncExternalStore(subscribe ?? noSubscription, () =>
    actions.isAvailable('canvas.drawBlurRegion'),
  );
  const table = shippedSafeZones();
  const percent = zoomPercent(scale);
  const inList = ZOOM_STEPS.some((step) => zoomPercent(step) === percent);
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas">
      <ToolButton
        label="Add text at the playhead"
        tooltip={tip('insert.text')}
        onClick={() => actions.run('insert.text')}
        testId="insert-text"
      >
        <span aria-hidden="true">T</span> Text
      </ToolButton>
      <ToolButton
        label="Add or remove keyframe at the playhead"
        tooltip={tip('keyframe.toggle')}
        disabled={!keyframeAvailable}
        onClick={() => actions.run('keyframe.toggle')}
        testId="keyframe-toggle"
      >
        <span aria-hidden="true">◆</span> Keyframe
      </ToolButton>
      {regionTool ? (
        <ToolButton
          label="Draw a blur region"
          tooltip={tip('canvas.drawBlurRegion', 'Drag over the footage to blur it')}
          pressed={regionArmed}
          disabled={!regionAvailable}
          onClick={() => actions.run('canvas.drawBlurRegion')}
          testId="blur-region-tool"
        >
          <span aria-hidden="true">▦</span> Blur region
        </ToolButton>
      ) : null}
      <span className="canvas-toolbar__divider" />
      <ToolButton
        label="Safe zones"
        tooltip={tip('view.safeZones', 'Show the platform’s safe zone')}
        pressed={safeZones}
        onClick={() => actions.run('view.safeZones')}
        testId="safe-zones-toggle"
      >
        Safe zones
      </ToolButton>
      <select
        className="canvas-toolbar__select"
        aria-label="Safe zone platform"
        value={platform}
        onChange={(event) => onPlatform(event.target.value as SafeZonePlatform)}
        title={table.platforms[platform].source.title}
      >
        {SAFE_ZONE_PLATFORMS.map((id) => (
          <option key={id} value={id}>
            {table.platforms[id].label}
          </option>
        ))}
      </select>
      <span className="canvas-toolbar__spacer" />
      <ToolButton
        label="Zoom out"
        tooltip="Zoom out  ·  Ctrl+wheel"
        onClick={() => onZoom(steppedZoom(scale, -1))}
      >
        −
      </ToolButton>
      <select
        className="canvas-toolbar__select canvas-toolbar__zoom"
        aria-label="Canvas zoom"
        data-testid="canvas-zoom"
        value={zoom === 'fit' ? 'fit' : inList ? percent : 'custom'}
        onChange={(event) => {
          const value = event.target.value;
          if (value === 'fit') onZoom('fit');
          else if (value !== 'custom') onZoom(Number.parseInt(value, 10) / 100);
        }}
      >
        <option value="fit">Fit ({percent})</option>
        {inList || zoom === 'fit' ? null : <option value="custom">{percent}</option>}
        {ZOOM_STEPS.map((step) => (
          <option key={step} value={zoomPercent(step)}>
            {zoomPercent(step)}
          </option>
        ))}
      </select>
      <ToolButton
        label="Zoom in"
        tooltip="Zoom in  ·  Ctrl+wheel"
        onClick={() => onZoom(steppedZoom(scale, 1))}
      >
        +
      </ToolButton>
      <ToolButton
        label="Fit canvas"
        tooltip={tip('view.canvasFit')}
        pressed={zoom === 'fit'}
        onClick={() => actions.run('view.canvasFit')}
      >
        Fit
      </ToolButton>
      <ToolButton
        label="Canvas 100%"
        tooltip={tip('view.canvas100')}
        pressed={zoom === 1}
        onClick={() => actions.run('view.canvas100')}
      >
        100%
      </ToolButton>
    </div>
  );
}
