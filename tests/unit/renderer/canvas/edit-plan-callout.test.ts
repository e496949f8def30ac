import { describe, expect, it } from 'vitest';
import { applyCommand, performInvocations } from '../../../../shared/commands';
import type { CalloutOverlay, ProjectDocument } from '../../../../shared/model';
import { shapePresetOverlay } from '../../../../shared/overlays/shape-presets';
import {
  calloutTarget,
  calloutTipInvocation,
  calloutTips,
} from '../../../../renderer/canvas/edit-plan';
import { sampleDoc } from '../../shared/fixtures';

function withCallout(): { doc: ProjectDocument; callout: CalloutOverlay } {
  const base = sampleDoc();
  const callout = shapePresetOverlay(base, 'callout', { id: 'ovl_call', atMs: 1000 });
  if (callout.kind !== 'callout') throw new Error('the callout preset made a ' + callout.kind);
  const doc = applyCommand(base, { name: 'overlay.add', args: { overlay: callout } }).doc;
  return { doc, callout };
}

const selected = [{ kind: 'overlay' as const, id: 'ovl_call' }];

describe('calloutTips', () => {
  it('gives the leader tip of a selected callout showing at the playhead, in frame pixels', () => {
    const { doc, callout } = withCallout();
    expect(calloutTips(doc, selected, 2000)).toEqual([
      { id: 'ovl_call', x: callout.target.x * 1080, y: callout.target.y * 1920 },
    ]);
  });

  it('gives none when the callout is not selected or not showing', () => {
    const { doc } = withCallout();
    expect(calloutTips(doc, [], 2000)).toEqual([]);
    expect(calloutTips(doc, selected, 500)).toEqual([]);
    expect(calloutTips(doc, selected, 4000)).toEqual([]);
  });
});

describe('calloutTipInvocation', () => {
  it('moves the target to the dropped point, as one undoable update', () => {
    const { doc, callout } = withCallout();
    const step = calloutTipInvocation(doc, 'ovl_call', { x: 270, y: 1440 });
    expect(step).toEqual({
      name: 'overlay.update',
      args: { id: 'ovl_call', patch: { target: { x: 0.25, y: 0.75 } } },
    });
    const outcome = performInvocations(doc, [step!]);
    const moved = outcome.doc.tracks.overlays.find((item) => item.id === 'ovl_call');
    expect(moved).toMatchObject({ target: { x: 0.25, y: 0.75 } });
    // The label stays where it was.
    expect(moved?.transform).toEqual(callout.transform);
    const undone = performInvocations(outcome.doc, outcome.inverses.slice().reverse()).doc;
    expect(undone).toEqual(doc);
  });

  it('keeps the tip inside the frame', () => {
    const { doc } = withCallout();
    expect(calloutTarget(doc, { x: 1200, y: -3 })).toEqual({ x: 1, y: 0 });
    expect(calloutTipInvocation(doc, 'ovl_call', { x: -50, y: 5000 })?.args).toEqual({
      id: 'ovl_call',
      patch: { target: { x: 0, y: 1 } },
    });
  });

  it('does nothing for a tip that did not move, or for other overlays', () => {
    const { doc, callout } = withCallout();
    const same = { x: callout.target.x * 1080, y: callout.target.y * 1920 };
    expect(calloutTipInvocation(doc, 'ovl_call', same)).toBeNull();
    expect(calloutTipInvocation(doc, 'ovl_none', same)).toBeNull();
  });
});
