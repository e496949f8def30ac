import { type ReactElement } from 'react';
import type { MediaAsset } from '../../shared/model';
import { formatDuration } from '../app/format';
import { Icon } from '../app/ui/icons';
import { mediaBadge } from './media-labels';
import { useThumbnail, type ThumbnailCache } from './thumbnails';

function Thumbnail({ asset, cache }: { asset: MediaAsset; cache: ThumbnailCache }): ReactElement {
  const hasPicture = asset.probe.kind !== 'audio' && asset.missing !== true;
  const state = useThumbnail(cache, asset.id, hasPicture);
  if (state.status === 'ready' && state.url) {
    return <img className="bin-item__thumb" src={state.url} alt="" draggable={false} />;
  }
  const icon =
    asset.probe.kind === 'audio' ? 'audio' : asset.probe.kind === 'image' ? 'image' : 'film';
  return (
    <span
      className="bin-item__thumb bin-item__thumb--placeholder"
      data-loading={state.status === 'loading'}
    >
      <Icon name={icon} size={20} />
    </span>
  );
}

/** The project's media: poster, name, duration, kind or resolution, and a missing-file state. */
export function MediaBin({
  media,
  cache,
  selectedMediaId,
  onSelect,
  importButton,
}: {
  media: readonly MediaAsset[];
  cache: ThumbnailCache;
  selectedMediaId: string | null;
  onSelect: (mediaId: string | null) => void;
  importButton: ReactElement;
}): ReactElement {
  return (
    <aside className="panel bin" aria-label="Media">
      <header className="panel__header">
        <h3>Media</h3>
        <span className="panel__count">{media.length}</span>
      </header>
      <div className="bin__import">{importButton}</div>
      {media.length === 0 ? (
        <div className="bin__empty">
          <Icon name="film" size={28} />
          <p>No media yet.</p>
          <p className="muted">Import video, audio or images to start.</p>
        </div>
      ) : (
        <ul className="bin__list" aria-label="Media assets">
          {media.map((asset) => (
            <li key={asset.id}>
              <button
                type="button"
                className="bin-item"
                data-testid="media-item"
                data-missing={asset.missing === true}
                aria-pressed={asset.id === selectedMediaId}
                onClick={() => onSelect(asset.id)}
              >
                <Thumbnail asset={asset} cache={cache} />
                <span className="bin-item__text">
                  <span className="bin-item__name" title={asset.path}>
                    {asset.name}
                  </span>
                  <span className="bin-item__meta">
                    {asset.probe.kind === 'image' ? null : (
                      <span className="bin-item__duration" data-testid="media-duration">
                        {formatDuration(asset.probe.durationMs)}
                      </span>
                    )}
                    <span className="badge">{mediaBadge(asset)}</span>
                    {asset.missing ? <span className="badge badge--danger">Missing</span> : null}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
