import { useMemo, type ReactElement } from 'react';
import { invocation } from '../../../shared/commands';
import type { ProjectDocument } from '../../../shared/model';
import { faceTrackSpan, trackSampleRate } from '../../../shared/privacy/blur-spans';
import type { DocumentStore } from '../../editor/document-store';
import { blurAllUnreviewed, reviewSummary, summaryText, tracksByMedia } from './face-tracks';
import { FaceTrackRow } from './FaceTrackRow';
import { placeSpan } from './timeline-span';
import type { ThumbnailLoader } from './thumbnail-loader';

/** Every face the scans found, grouped by media file, with the review summary. */
export function FaceTracksSection({
  doc,
  store,
  readOnly,
  loader,
  onSeek,
}: {
  doc: ProjectDocument;
  store: DocumentStore;
  readOnly: boolean;
  loader: ThumbnailLoader;
  onSeek(timelineMs: number): void;
}): ReactElement {
  const groups = useMemo(() => tracksByMedia(doc), [doc]);
  const summary = reviewSummary(doc.privacy.faceTracks);
  const fps = doc.format.fps;

  return (
    <section className="privacy-section" aria-labelledby="privacy-faces-heading">
      <div className="privacy-section__head">
        <h3 id="privacy-faces-heading">Faces</h3>
        <button
          type="button"
          className="btn"
          disabled={readOnly || summary.unreviewed === 0}
          onClick={() =>
            store.dispatch(blurAllUnreviewed(doc.privacy.faceTracks), 'Blur all unreviewed faces')
          }
        >
          Blur all unreviewed
        </button>
      </div>
      {summary.total > 0 ? (
        <p className="privacy-summary" data-testid="privacy-summary">
          {summaryText(summary)}
        </p>
      ) : null}
      {groups.length === 0 ? (
        <p className="muted">No faces found yet. Scan to find them.</p>
      ) : (
        groups.map(({ asset, tracks }) => (
          <div key={asset.id} className="privacy-group">
            <h4 className="privacy-group__name" title={asset.path}>
              {asset.name}
            </h4>
            <ul className="privacy-list" aria-label={`Faces in ${asset.name}`}>
              {tracks.map((track, index) => {
                const { fromMs, toMs } = faceTrackSpan(
                  track,
                  trackSampleRate(doc.privacy.scans, track),
                );
                return (
                  <FaceTrackRow
                    key={track.id}
                    track={track}
                    number={index + 1}
                    span={placeSpan(doc, asset.id, fromMs, toMs)}
                    fps={fps}
                    loader={loader}
                    readOnly={readOnly}
                    onSeek={onSeek}
                    onDecide={(decision, note) =>
                      store.dispatch(
                        invocation('privacy.decide', {
                          trackId: track.id,
                          decision,
                          ...(note !== undefined ? { note } : {}),
                        }),
                        decision === 'keep' ? 'Keep face unblurred' : 'Blur face',
                      )
                    }
                    onStyle={(style) =>
                      store.dispatch(
                        invocation('privacy.setBlurStyle', { id: track.id, style }),
                        'Set face blur style',
                      )
                    }
                  />
                );
              })}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
