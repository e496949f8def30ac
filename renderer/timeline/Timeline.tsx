import { useRef, type ReactElement } from 'react';
import type { MediaAsset, VideoClip } from '../../shared/model';
import { formatDuration } from '../app/format';
import { Icon } from '../app/ui/icons';
import { useElementSize } from '../canvas/useElementSize';
import type { PreviewClock } from '../canvas/preview-clock';
import { layoutTimeline } from './layout';
import { TimelinePlayhead, useRulerSeek } from './Playhead';

/**
 * Ruler and video track; clip blocks are proportional to their duration. With the preview's
 * clock it shows the playhead, and pressing (or dragging along) the ruler moves it.
 */
export function Timeline({
  clips,
  media,
  selectedMediaId,
  onSelectMedia,
  clock,
}: {
  clips: readonly VideoClip[];
  media: readonly MediaAsset[];
  selectedMediaId: string | null;
  onSelectMedia: (mediaId: string) => void;
  clock?: PreviewClock;
}): ReactElement {
  const viewportRef = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(viewportRef);
  const layout = layoutTimeline({ clips, media, viewportWidthPx: width });
  const rulerSeek = useRulerSeek(clock, layout.pxPerMs);

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline__heads">
        <div className="timeline__corner">
          <h3>Timeline</h3>
        </div>
        <div className="timeline__head">
          <Icon name="film" />
          <span>Video</span>
        </div>
      </div>
      <div className="timeline__scroll" ref={viewportRef}>
        <div className="timeline__content" style={{ width: layout.contentWidthPx }}>
          {clock ? <TimelinePlayhead clock={clock} pxPerMs={layout.pxPerMs} /> : null}
          <div
            className="ruler"
            aria-hidden="true"
            data-testid="timeline-ruler"
            data-seekable={clock !== undefined}
            data-px-per-ms={layout.pxPerMs}
            {...(clock ? rulerSeek : {})}
          >
            {layout.ticks.map((tick) => (
              <div
                key={tick.timeMs}
                className={tick.major ? 'ruler__tick ruler__tick--major' : 'ruler__tick'}
                style={{ left: tick.x }}
              >
                {tick.label ? <span className="ruler__label">{tick.label}</span> : null}
              </div>
            ))}
          </div>
          <ol className="track track--video" aria-label="Video track">
            {layout.clips.length === 0 ? (
              <li className="track__empty">Imported videos are placed here, one after another.</li>
            ) : null}
            {layout.clips.map((block) => (
              <li
                key={block.id}
                className="clip-block"
                data-testid="timeline-clip"
                data-selected={block.mediaId === selectedMediaId}
                data-missing={block.missing}
                style={{ left: block.x, width: Math.max(block.width, 2) }}
                title={`${block.name} · ${formatDuration(block.durationMs)}`}
              >
                <button
                  type="button"
                  className="clip-block__button"
                  onClick={() => onSelectMedia(block.mediaId)}
                >
                  <span className="clip-block__name">{block.name}</span>
                  <span className="clip-block__duration">{formatDuration(block.durationMs)}</span>
                </button>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
