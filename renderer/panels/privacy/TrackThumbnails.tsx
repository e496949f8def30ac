import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { ThumbnailLoader, TrackThumbnail } from './thumbnail-loader';

type Loaded =
  { state: 'waiting' } | { state: 'ready'; frames: TrackThumbnail[] } | { state: 'failed' };

const SLOTS = ['first', 'middle', 'last'] as const;

/**
 * The face at a track's first, middle and last sample, fetched once the row scrolls into view;
 * grey placeholders until then, or when the engine cannot make them.
 */
export function TrackThumbnails({
  loader,
  trackId,
  version,
  label,
}: {
  loader: ThumbnailLoader;
  trackId: string;
  version: string;
  label: string;
}): ReactElement {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'waiting' });
  const [visible, setVisible] = useState(typeof IntersectionObserver === 'undefined');
  const holder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = holder.current;
    if (visible || element === null) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setVisible(true);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible]);

  useEffect(() => {
    if (!visible) return;
    let live = true;
    setLoaded({ state: 'waiting' });
    loader.load(trackId, version).then(
      (frames) => live && setLoaded({ state: 'ready', frames }),
      () => live && setLoaded({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [loader, trackId, version, visible]);

  const frames = loaded.state === 'ready' ? loaded.frames : [];
  return (
    <div
      ref={holder}
      className="privacy-thumbs"
      data-testid="track-thumbnails"
      data-state={loaded.state}
      aria-busy={loaded.state === 'waiting'}
      title={loaded.state === 'failed' ? 'Thumbnails could not be made' : undefined}
    >
      {frames.length > 0
        ? frames.map((frame, index) => (
            <img
              key={`${frame.t}-${index}`}
              className="privacy-thumbs__img"
              src={frame.url}
              alt={`${label}, sample ${index + 1} of ${frames.length}`}
            />
          ))
        : SLOTS.map((slot) => (
            <span key={slot} className="privacy-thumbs__placeholder" aria-hidden="true" />
          ))}
    </div>
  );
}
