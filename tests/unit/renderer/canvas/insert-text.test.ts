import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands';
import { documentDurationMs, projectDocumentSchema } from '../../../../shared/model';
import { insertTextPlan } from '../../../../renderer/canvas/insert-text';
import { iconOverlay, withTracks } from '../../shared/scene/scene-fixtures';

describe('insertTextPlan', () => {
  it('adds a 3 s text overlay at the playhead that the registry accepts', () => {
    const doc = withTracks({});
    const plan = insertTextPlan(doc, 1234, 'ovl_text');
    const { doc: next } = applyCommand(doc, plan);
    const added = next.tracks.overlays.find((o) => o.id === 'ovl_text');
    expect(added).toMatchObject({ kind: 'text', start: 1234, end: 4234, text: 'Your text' });
    expect(() => projectDocumentSchema.parse(next)).not.toThrow();
  });

  it('ends with a longer timeline instead of stretching it', () => {
    const doc = withTracks({ overlays: [iconOverlay('ovl_long', 0, 10_000)] });
    const { doc: near } = applyCommand(doc, insertTextPlan(doc, 9000, 'ovl_end'));
    expect(near.tracks.overlays.find((o) => o.id === 'ovl_end')).toMatchObject({
      start: 7000,
      end: 10_000,
    });
    expect(documentDurationMs(near)).toBe(10_000);
    const { doc: early } = applyCommand(doc, insertTextPlan(doc, 1000, 'ovl_early'));
    expect(early.tracks.overlays.find((o) => o.id === 'ovl_early')).toMatchObject({
      start: 1000,
      end: 4000,
    });
  });
});
