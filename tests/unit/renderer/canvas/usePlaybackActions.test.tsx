// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PreviewClock } from '../../../../renderer/canvas/preview-clock';
import { usePlaybackActions } from '../../../../renderer/canvas/usePlaybackActions';
import { ActionRegistry } from '../../../../renderer/editor/action-registry';
import { applyCommand, invocation } from '../../../../shared/commands';
import type { ProjectDocument } from '../../../../shared/model';
import { emptyDocument } from '../support/documents';
import { render, type Rendered } from '../support/render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

/** A caption from 1 s to 4 s and a marker at 2.5 s, added through the commands. */
function withMarker(): ProjectDocument {
  const captioned = applyCommand(
    emptyDocument(),
    invocation('caption.add', { id: 'cue1', start: 1000, end: 4000, text: 'Four ligaments.' }),
  ).doc;
  return applyCommand(captioned, invocation('marker.add', { id: 'mk1', time: 2500 })).doc;
}

function Actions(props: { actions: ActionRegistry; clock: PreviewClock; doc: ProjectDocument }) {
  usePlaybackActions(props.actions, props.clock, props.doc);
  return null;
}

describe('usePlaybackActions', () => {
  it('drives the clock: play, shuttle, frame steps, edit points, ends and marks', async () => {
    const actions = new ActionRegistry();
    const clock = new PreviewClock({ durationMs: 4000, fps: 30 });
    rendered = await render(<Actions actions={actions} clock={clock} doc={withMarker()} />);
    expect(actions.run('playback.toggle')).toBe(true);
    expect(clock.playing).toBe(true);
    actions.run('playback.shuttleForward');
    expect(clock.getSnapshot().rate).toBe(2);
    actions.run('playback.shuttleStop');
    expect(clock.getSnapshot()).toMatchObject({ playing: false, rate: 1 });

    actions.run('playback.nextEdit');
    expect(clock.timeMs).toBe(1000);
    actions.run('playback.nextEdit');
    expect(clock.timeMs).toBe(2500);
    actions.run('playback.markIn');
    actions.run('playback.frameForward');
    expect(clock.timeMs).toBe(2533);
    actions.run('playback.previousEdit');
    expect(clock.timeMs).toBe(2500);
    actions.run('playback.end');
    actions.run('playback.markOut');
    expect(clock.getSnapshot()).toMatchObject({ markInMs: 2500, markOutMs: 3966 });
    actions.run('playback.frameBack');
    expect(clock.timeMs).toBe(3933);
    actions.run('playback.start');
    expect(clock.timeMs).toBe(0);
    actions.run('playback.shuttleBack');
    expect(clock.playing).toBe(false);
  });

  it('is unavailable on an empty timeline, so Space keeps its usual meaning', async () => {
    const actions = new ActionRegistry();
    const clock = new PreviewClock({ durationMs: 0, fps: 30 });
    rendered = await render(<Actions actions={actions} clock={clock} doc={emptyDocument()} />);
    expect(actions.isAvailable('playback.toggle')).toBe(false);
    expect(actions.run('playback.nextEdit')).toBe(false);
  });
});
