import type { ReactElement } from 'react';
import type { EditorActionId } from '../../shared/editor/actions';
import { ToolButton } from './ToolButton';
import type { TimelineZoom } from './useTimelineZoom';

/**
 * Zoom out, a slider (logarithmic, from half the fitted view down to single frames), zoom in,
 * and zoom to fit. The buttons run the catalogued zoom actions.
 */
export function ZoomControl({
  zoom,
  run,
  isMac,
}: {
  zoom: TimelineZoom;
  run: (id: EditorActionId) => void;
  isMac: boolean;
}): ReactElement {
  return (
    <div className="tl-toolbar__group tl-zoom">
      <ToolButton
        action={{
          id: 'timeline.zoomOut',
          icon: 'zoomOut',
          enabled: zoom.pxPerMs > zoom.limits.minPxPerMs,
        }}
        run={run}
        isMac={isMac}
      />
      <input
        type="range"
        className="tl-zoom__slider"
        aria-label="Timeline zoom"
        data-testid="timeline-zoom"
        min={0}
        max={1000}
        step={1}
        value={Math.round(zoom.slider * 1000)}
        onChange={(event) => zoom.setSlider(Number(event.currentTarget.value) / 1000)}
      />
      <ToolButton
        action={{
          id: 'timeline.zoomIn',
          icon: 'zoomIn',
          enabled: zoom.pxPerMs < zoom.limits.maxPxPerMs,
        }}
        run={run}
        isMac={isMac}
      />
      <ToolButton
        action={{ id: 'timeline.zoomToFit', icon: 'fit', enabled: !zoom.fitted }}
        run={run}
        isMac={isMac}
      />
    </div>
  );
}
