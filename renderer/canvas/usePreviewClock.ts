import { useEffect, useState } from 'react';
import { documentDurationMs, type ProjectDocument } from '../../shared/model';
import { PreviewClock } from './preview-clock';

/** One transport clock per editor, kept to the document's length and frame rate. */
export function usePreviewClock(doc: ProjectDocument): PreviewClock {
  const durationMs = documentDurationMs(doc);
  const { fps } = doc.format;
  const [clock] = useState(() => new PreviewClock({ durationMs, fps }));
  useEffect(() => clock.setTimeline(durationMs, fps), [clock, durationMs, fps]);
  // Playback stops with the editor.
  useEffect(() => () => clock.pause(), [clock]);
  return clock;
}
