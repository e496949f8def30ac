import type { ReactElement } from 'react';
import type { MediaAsset } from '../../shared/model';
import { useEditorServices } from '../editor/editor-context';
import { useEditorSnapshot } from '../editor/useDocumentStore';
import { captionProblemsOf } from '../panels/captions/caption-problems';
import type { TimelineMediaCache } from './media-cache';
import { TimelineItem, type ItemPointerDown } from './TimelineItem';
import { TrackIcon } from './timeline-icons';
import type { TrackRow } from './timeline-model';

const EMPTY_HINTS: Record<TrackRow['id'], string> = {
  overlays: 'Icons, callouts and source chips appear here.',
  captions: 'Caption cues appear here.',
  video: 'Imported videos are placed here, one after another.',
  audio: 'Imported music and voice-over appear here.',
};

/** One track: its header on the left (it stays put while the tracks scroll) and its items. */
export function TimelineTrack({
  row,
  media,
  pxPerMs,
  fps,
  selectedKeys,
  cache,
  onItemPointerDown,
}: {
  row: TrackRow;
  media: ReadonlyMap<string, MediaAsset>;
  pxPerMs: number;
  fps: number;
  selectedKeys: ReadonlySet<string>;
  cache: TimelineMediaCache;
  onItemPointerDown: ItemPointerDown;
}): ReactElement {
  const doc = useEditorSnapshot(useEditorServices().store).document;
  const problems = row.id === 'captions' ? captionProblemsOf(doc).byCue : null;
  return (
    <div
      className={`tl-track tl-track--${row.id}`}
      role="group"
      aria-label={`${row.label} track`}
      data-testid={`timeline-track-${row.id}`}
      style={{ top: row.top, height: row.height }}
    >
      <div className="tl-track__head">
        <TrackIcon track={row.id} />
        <span>{row.label}</span>
      </div>
      <div className="tl-track__lanes">
        {row.items.length === 0 ? (
          <span className="tl-track__empty">{EMPTY_HINTS[row.id]}</span>
        ) : null}
        {row.items.map((item) => {
          const source = item.source;
          const asset =
            'mediaId' in source && item.kind !== 'overlay' ? media.get(source.mediaId) : undefined;
          return (
            <TimelineItem
              key={item.key}
              kind={item.kind}
              id={item.id}
              start={item.start}
              end={item.end}
              label={item.label}
              lane={item.lane}
              laneHeight={row.laneHeight}
              source={source}
              asset={asset}
              pxPerMs={pxPerMs}
              fps={fps}
              selected={selectedKeys.has(item.key)}
              cache={cache}
              onPointerDown={onItemPointerDown}
              problems={problems
                ?.get(item.id)
                ?.map((problem) => problem.message)
                .join('\n')}
            />
          );
        })}
      </div>
    </div>
  );
}
