import { invocation, type CommandInvocation } from '../../shared/commands';
import {
  documentDurationMs,
  NO_ANIMATION,
  newId,
  staticTransform,
  type ProjectDocument,
} from '../../shared/model';

/** How long a new text overlay lasts when the timeline has room. */
export const NEW_TEXT_DURATION_MS = 3000;

/**
 * A new text overlay at the playhead, centred in the upper third of the frame (clear of the
 * captions and of the platforms' bottom UI). It lasts 3 s; near the end
 * of a longer timeline it starts earlier so it ends with the timeline rather than stretching it.
 */
export function insertTextPlan(
  doc: ProjectDocument,
  atMs: number,
  id: string = newId('ovl'),
): CommandInvocation {
  const total = documentDurationMs(doc);
  let start = Math.max(0, Math.round(atMs));
  if (total >= NEW_TEXT_DURATION_MS && start + NEW_TEXT_DURATION_MS > total) {
    start = total - NEW_TEXT_DURATION_MS;
  }
  const end = start + NEW_TEXT_DURATION_MS;
  return invocation('overlay.add', {
    overlay: {
      id,
      kind: 'text',
      start,
      end,
      transform: staticTransform(0.5, 0.3),
      // No fade in: it appears at the playhead, where the person is looking now.
      enter: { ...NO_ANIMATION },
      exit: { ...NO_ANIMATION },
      text: 'Your text',
      fontFamily: 'Inter',
      fontWeight: 700,
      fontSizePx: 72,
      fill: '#FFFFFF',
      outline: { color: '#000000', widthPx: 6 },
      align: 'center',
      maxWidthPx: 900,
    },
  });
}
