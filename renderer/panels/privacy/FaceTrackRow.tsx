import { useState, type ReactElement } from 'react';
import { BlurStyleSelect } from './BlurStyleSelect';
import type { BlurStyle, FaceTrack } from '../../../shared/model';
import { formatFrameTimecode } from '../../canvas/timecode';
import { keepNoteProblem, trackConfidencePercent } from './face-tracks';
import type { PlacedSpan } from './timeline-span';
import type { ThumbnailLoader } from './thumbnail-loader';
import { TrackThumbnails } from './TrackThumbnails';

export interface FaceTrackRowProps {
  track: FaceTrack;
  /** 1-based, within its media file. */
  number: number;
  span: PlacedSpan;
  fps: number;
  loader: ThumbnailLoader;
  readOnly: boolean;
  onSeek(timelineMs: number): void;
  onDecide(decision: 'blur' | 'keep', note?: string): void;
  onStyle(style: BlurStyle): void;
}

function statusText(track: FaceTrack): string {
  switch (track.decision) {
    case 'unreviewed':
      return 'Unreviewed — will be blurred';
    case 'blur':
      return 'Blurred';
    case 'keep':
      return `Kept unblurred: “${track.note ?? ''}”`;
  }
}

/** One face track: who (thumbnails), when, how sure, and the decision on it. */
export function FaceTrackRow(props: FaceTrackRowProps): ReactElement {
  const { track, number, span, fps, loader, readOnly } = props;
  const [keeping, setKeeping] = useState(false);
  const [note, setNote] = useState(track.note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const first = track.samples[0]?.t ?? 0;
  const last = track.samples[track.samples.length - 1]?.t ?? 0;
  const label = `Face ${number}`;
  const spanText = `${formatFrameTimecode(span.startMs, fps)}–${formatFrameTimecode(span.endMs, fps)}`;
  const noteId = `privacy-note-${track.id}`;

  const confirmKeep = () => {
    const why = keepNoteProblem(note);
    setProblem(why);
    if (why !== null) return;
    props.onDecide('keep', note.trim());
    setKeeping(false);
  };

  return (
    <li
      className="privacy-track"
      data-testid="face-track"
      data-id={track.id}
      data-decision={track.decision}
    >
      <TrackThumbnails
        loader={loader}
        trackId={track.id}
        version={`${track.samples.length}:${first}:${last}`}
        label={label}
      />
      <div className="privacy-track__info">
        <div className="privacy-track__head">
          <strong>{label}</strong>
          {span.where === 'timeline' ? (
            <button
              type="button"
              className="privacy-link"
              title="Move the playhead to this face"
              onClick={() => props.onSeek(span.startMs)}
            >
              {spanText}
            </button>
          ) : (
            <span title="Source time: this media is not on the timeline">{spanText} (source)</span>
          )}
        </div>
        <div className="privacy-track__facts muted">
          {track.samples.length} sample{track.samples.length === 1 ? '' : 's'} ·{' '}
          {trackConfidencePercent(track)}% confidence
        </div>
      </div>
      <div className="privacy-track__status privacy-track__wide" data-testid="track-status">
        {statusText(track)}
      </div>
      <div className="privacy-track__controls privacy-track__wide">
        <div className="privacy-segmented" role="group" aria-label={`Decision for ${label}`}>
          <button
            type="button"
            aria-pressed={track.decision === 'blur'}
            disabled={readOnly}
            onClick={() => {
              setKeeping(false);
              props.onDecide('blur');
            }}
          >
            Blur
          </button>
          <button
            type="button"
            aria-pressed={track.decision === 'keep'}
            aria-expanded={keeping}
            disabled={readOnly}
            onClick={() => {
              setNote(track.note ?? '');
              setProblem(null);
              setKeeping(true);
            }}
          >
            Keep…
          </button>
        </div>
        <BlurStyleSelect
          label={label}
          value={track.blurStyle}
          disabled={readOnly}
          onChange={props.onStyle}
        />
      </div>
      {keeping ? (
        <form
          className="privacy-keep privacy-track__wide"
          aria-label={`Keep ${label} unblurred`}
          onSubmit={(event) => {
            event.preventDefault();
            confirmKeep();
          }}
        >
          <label htmlFor={noteId}>Why may this face be shown?</label>
          <input
            id={noteId}
            className="input"
            value={note}
            placeholder="presenting clinician, consent on file"
            aria-invalid={problem !== null}
            aria-describedby={problem !== null ? `${noteId}-error` : undefined}
            maxLength={2000}
            autoFocus
            onChange={(event) => {
              setNote(event.target.value);
              if (problem !== null) setProblem(keepNoteProblem(event.target.value));
            }}
          />
          {problem !== null ? (
            <p id={`${noteId}-error`} className="privacy-error" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="privacy-keep__actions">
            <button type="submit" className="btn btn--primary" disabled={readOnly}>
              Keep unblurred
            </button>
            <button type="button" className="btn" onClick={() => setKeeping(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
