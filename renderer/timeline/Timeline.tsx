import {
  useCallback,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactElement,
} from 'react';
import { documentDurationMs } from '../../shared/model';
import { useApi } from '../api';
import { useElementSize } from '../canvas/useElementSize';
import { useEditorServices } from '../editor/editor-context';
import { useSelection } from '../editor/selection';
import { useEditorSnapshot } from '../editor/useDocumentStore';
import { contentWidthPx } from './geometry';
import { TimelineMediaCache } from './media-cache';
import { TimelinePlayhead } from './Playhead';
import { Ruler } from './Ruler';
import { buildTimelineRows, HEADER_WIDTH, RULER_HEIGHT, rowsHeight } from './timeline-model';
import { TimelineToolbar } from './TimelineToolbar';
import type { ToolbarAction } from './ToolButton';
import { TimelineTrack } from './TimelineTrack';
import { useTimelineActions } from './useTimelineActions';
import { useTimelineDrag } from './useTimelineDrag';
import { useTimelineZoom } from './useTimelineZoom';
import './timeline.css';

/**
 * The timeline: a toolbar, the time ruler with markers, and the tracks (overlays, captions,
 * video, audio) with their items drawn to scale. Everything it changes goes through the
 * document store's commands; a drag is previewed locally and committed as one step on release.
 */
export function Timeline(): ReactElement {
  const services = useEditorServices();
  const { store, selection, clock, projectId } = services;
  const api = useApi();
  const snapshot = useEditorSnapshot(store);
  const doc = snapshot.document;
  const fps = doc.format.fps;
  const cache = useMemo(() => new TimelineMediaCache(api, projectId), [api, projectId]);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(scrollerRef);
  const viewportPx = Math.max(1, width - HEADER_WIDTH);
  const [scrollLeft, setScrollLeft] = useState(0);
  const [snapping, setSnapping] = useState(true);
  const playheadMs = useCallback(() => clock.timeMs, [clock]);
  const durationMs = documentDurationMs(doc);
  const zoom = useTimelineZoom(scrollerRef, viewportPx, durationMs, fps, playheadMs);
  const { pxPerMs } = zoom;

  const currentRows = useMemo(() => buildTimelineRows(doc), [doc]);
  const drag = useTimelineDrag({
    scrollerRef,
    store,
    selection,
    rows: currentRows,
    pxPerMs,
    fps,
    snapping,
    playheadMs,
    readOnly: snapshot.readOnly,
  });
  const viewDoc = drag.preview?.doc ?? doc;
  const rows = useMemo(
    () => (viewDoc === doc ? currentRows : buildTimelineRows(viewDoc)),
    [viewDoc, doc, currentRows],
  );
  const media = useMemo(() => new Map(doc.media.map((asset) => [asset.id, asset])), [doc.media]);

  const selected = useSelection(selection);
  const selectedKeys = useMemo(
    () => new Set(selected.map((item) => `${item.kind}:${item.id}`)),
    [selected],
  );
  const selectedMarkers = useMemo(
    () => new Set(selected.filter((item) => item.kind === 'marker').map((item) => item.id)),
    [selected],
  );

  const handlers = useTimelineActions(services, zoom, () => setSnapping((on) => !on));
  const enabled = (id: keyof typeof handlers) => handlers[id]?.enabled?.() ?? true;
  // Whether there is something under the playhead to split changes as it moves; this
  // re-renders only when the answer changes (never per frame of playback).
  const canSplit = useSyncExternalStore(clock.subscribe, () => enabled('timeline.split'));
  const edits: ToolbarAction[] = [
    { id: 'timeline.split', icon: 'split', enabled: canSplit },
    { id: 'edit.delete', icon: 'delete', enabled: enabled('edit.delete') },
    { id: 'edit.rippleDelete', icon: 'ripple', enabled: enabled('edit.rippleDelete') },
    { id: 'edit.duplicate', icon: 'duplicate', enabled: enabled('edit.duplicate') },
    { id: 'timeline.addMarker', icon: 'marker', enabled: enabled('timeline.addMarker') },
  ];

  const timeWidth = contentWidthPx(
    Math.max(durationMs, documentDurationMs(viewDoc)),
    pxPerMs,
    viewportPx,
  );
  const tracksHeight = rowsHeight(rows);
  const snapLine = drag.preview?.snappedTo ?? null;

  return (
    <section className="timeline" aria-label="Timeline" data-snapping={snapping}>
      <TimelineToolbar
        edits={edits}
        snapping={snapping}
        zoom={zoom}
        run={(id) => void services.actions.run(id)}
      />
      <div
        className="timeline__scroller"
        ref={scrollerRef}
        data-testid="timeline-scroller"
        onScroll={(event) => setScrollLeft(event.currentTarget.scrollLeft)}
      >
        <div
          className="timeline__canvas"
          style={{ width: HEADER_WIDTH + timeWidth, height: RULER_HEIGHT + tracksHeight + 8 }}
        >
          <div className="timeline__corner" />
          <div className="timeline__ruler-row">
            <Ruler
              clock={clock}
              pxPerMs={pxPerMs}
              fps={fps}
              widthPx={timeWidth}
              scrollLeft={scrollLeft}
              viewportPx={viewportPx}
              markers={viewDoc.markers}
              selectedMarkers={selectedMarkers}
              onMarkerPointerDown={drag.onItemPointerDown}
            />
          </div>
          <div
            className="timeline__tracks"
            style={{ top: RULER_HEIGHT, height: tracksHeight }}
            onPointerDown={(event) => {
              if ((event.target as Element).closest('.tl-track__head')) return;
              drag.onBackgroundPointerDown(event);
            }}
          >
            {rows.map((row) => (
              <TimelineTrack
                key={row.id}
                row={row}
                media={media}
                pxPerMs={pxPerMs}
                fps={fps}
                selectedKeys={selectedKeys}
                cache={cache}
                onItemPointerDown={drag.onItemPointerDown}
              />
            ))}
          </div>
          <div className="timeline__overlay" style={{ left: HEADER_WIDTH, width: timeWidth }}>
            {viewDoc.markers.map((marker) => (
              <div
                key={marker.id}
                className="timeline__marker-line"
                style={{ left: marker.time * pxPerMs }}
              />
            ))}
            {snapLine ? (
              <div
                className="timeline__snap-line"
                data-testid="timeline-snap-line"
                data-time-ms={snapLine.timeMs}
                style={{ left: snapLine.timeMs * pxPerMs }}
              />
            ) : null}
            {drag.box ? (
              <div
                className="timeline__box"
                data-testid="timeline-selection-box"
                style={{
                  left: drag.box.left,
                  top: RULER_HEIGHT + drag.box.top,
                  width: drag.box.right - drag.box.left,
                  height: drag.box.bottom - drag.box.top,
                }}
              />
            ) : null}
            <TimelinePlayhead clock={clock} pxPerMs={pxPerMs} scrollerRef={scrollerRef} />
          </div>
        </div>
      </div>
    </section>
  );
}
