import type { ReactElement } from 'react';
import type { TrackId } from './timeline-model';

/** Stroke icons of the timeline's toolbar and track headers, drawn inline like the app's own. */
const PATHS = {
  split:
    'M6 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm0 12a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM20 4 8.1 15.9M14.5 14.5 20 20M8.1 8.1 12 12',
  delete: 'M4 7h16M10 11v6M14 11v6M5 7l1 12a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2l1-12M9 7V4h6v3',
  ripple: 'M4 7h16M5 7l1 12a2 2 0 0 0 2 2h3M9 7V4h6v3M14 17h7m0 0-3-3m3 3-3 3',
  duplicate: 'M8 8h11v11H8zM5 16V5h11',
  marker: 'M6 3h12v11l-6 6-6-6z',
  magnet: 'M6 3v8a6 6 0 0 0 12 0V3M6 3h4v8a2 2 0 0 0 4 0V3h4M6 7h4M14 7h4',
  zoomIn: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM20 20l-4-4M8 11h6M11 8v6',
  zoomOut: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM20 20l-4-4M8 11h6',
  fit: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  film: 'M4 4h16v16H4zM8 4v16M16 4v16M4 8h4M4 12h4M4 16h4M16 8h4M16 12h4M16 16h4',
  audio: 'M9 18V5l12-2v13M9 18a3 3 0 1 1-6 0 3 3 0 0 1 6 0zm12-2a3 3 0 1 1-6 0 3 3 0 0 1 6 0z',
  captions: 'M3 6h18v12H3zM7 14h4M13 14h4M7 10h10',
  overlays: 'M12 3 3 8l9 5 9-5zM3 13l9 5 9-5',
} as const;

export type TimelineIconName = keyof typeof PATHS;

export function TimelineIcon({ name }: { name: TimelineIconName }): ReactElement {
  return (
    <svg
      width={16}
      height={16}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}

const TRACK_ICONS: Record<TrackId, TimelineIconName> = {
  overlays: 'overlays',
  captions: 'captions',
  video: 'film',
  audio: 'audio',
};

export function TrackIcon({ track }: { track: TrackId }): ReactElement {
  return <TimelineIcon name={TRACK_ICONS[track]} />;
}
