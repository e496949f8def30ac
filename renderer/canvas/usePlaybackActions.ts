import type { ProjectDocument } from '../../shared/model';
import { useActionHandlers, type ActionRegistry } from '../editor/action-registry';
import { editPoints, nextEditPoint, previousEditPoint } from './edit-points';
import type { PreviewClock } from './preview-clock';

/**
 * The transport's catalogued actions (Playback menu): play/pause, J/K/L shuttle, frame steps,
 * previous/next edit, start/end and the in/out marks. All of them move only the playhead or
 * the marks (view state); none changes the document.
 */
export function usePlaybackActions(
  actions: ActionRegistry,
  clock: PreviewClock,
  doc: ProjectDocument,
): void {
  const hasTimeline = () => clock.getSnapshot().durationMs > 0;
  const always = (run: () => void) => ({ run, enabled: hasTimeline });
  const step = (frames: number) => () => {
    clock.pause();
    clock.stepFrames(frames);
  };
  const jump = (find: (points: readonly number[], timeMs: number) => number | null) => () => {
    const target = find(editPoints(doc, clock.getSnapshot()), clock.timeMs);
    if (target !== null) clock.seek(target);
  };
  useActionHandlers(actions, {
    'playback.toggle': always(() => clock.toggle()),
    'playback.shuttleBack': always(() => clock.shuttleBackward()),
    'playback.shuttleStop': always(() => clock.pause()),
    'playback.shuttleForward': always(() => clock.shuttleForward()),
    'playback.frameBack': always(step(-1)),
    'playback.frameForward': always(step(1)),
    'playback.previousEdit': always(jump(previousEditPoint)),
    'playback.nextEdit': always(jump(nextEditPoint)),
    'playback.start': always(() => clock.toStart()),
    'playback.end': always(() => clock.toEnd()),
    'playback.markIn': always(() => clock.markIn()),
    'playback.markOut': always(() => clock.markOut()),
  });
}
