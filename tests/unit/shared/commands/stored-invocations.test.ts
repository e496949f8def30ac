import { describe, expect, it } from 'vitest';
import { invocation, performInvocation } from '../../../../shared/commands';
import type { CommandInvocation } from '../../../../shared/commands';
import { upgradeStoredInvocation } from '../../../../shared/commands/stored-invocations';
import { parseDocument } from '../../../../shared/model';
import type { ProjectDocument } from '../../../../shared/model';
import { sampleDoc } from '../fixtures';

const box = { x: 1, y: 2, width: 30, height: 40 };
/** `privacy.addRegion` as document version 1 stored it: the region has no span. */
const v1Add = (id: string, mediaId = 'med_a'): CommandInvocation => ({
  name: 'privacy.addRegion',
  args: { region: { id, mediaId, keyframes: [{ t: 500, box }], blurStyle: 'solid' } },
});

describe('upgradeStoredInvocation', () => {
  it('gives a version-1 addRegion the span of its media, as the document migration does', () => {
    const upgraded = upgradeStoredInvocation(sampleDoc(), v1Add('reg_1'));
    expect(upgraded).toEqual({
      name: 'privacy.addRegion',
      args: {
        region: {
          id: 'reg_1',
          mediaId: 'med_a',
          keyframes: [{ t: 500, box }],
          blurStyle: 'solid',
          startMs: 0,
          endMs: 10_000,
        },
      },
    });
    const doc = performInvocation(sampleDoc(), upgraded).doc;
    expect(doc.privacy.manualRegions.map((r) => [r.startMs, r.endMs])).toEqual([[0, 10_000]]);
    // Without the upgrade the stored op no longer fits the command.
    expect(() => performInvocation(sampleDoc(), v1Add('reg_1'))).toThrow(/region\.startMs/);
  });

  it("passes today's invocations through as they are", () => {
    const current = invocation('privacy.addRegion', {
      region: {
        id: 'reg_1',
        mediaId: 'med_a',
        startMs: 100,
        endMs: 200,
        keyframes: [{ t: 100, box }],
        blurStyle: 'gaussian',
      },
    });
    expect(upgradeStoredInvocation(sampleDoc(), current)).toBe(current);
    const rename = invocation('project.rename', { name: 'Other' });
    expect(upgradeStoredInvocation(sampleDoc(), rename)).toBe(rename);
    const batch: CommandInvocation = { name: 'batch', args: { invocations: [rename] } };
    expect(upgradeStoredInvocation(sampleDoc(), batch)).toBe(batch);
  });

  it('upgrades the parts of a batch', () => {
    const batch: CommandInvocation = {
      name: 'batch',
      args: { invocations: [v1Add('reg_1'), v1Add('reg_2', 'med_b')] },
    };
    const doc = performInvocation(sampleDoc(), upgradeStoredInvocation(sampleDoc(), batch)).doc;
    expect(doc.privacy.manualRegions.map((r) => [r.id, r.endMs])).toEqual([
      ['reg_1', 10_000],
      ['reg_2', 8_000],
    ]);
  });

  it('replays a version-1 op log onto a version-1 snapshot into a valid document', () => {
    // As the store rebuilds after a crash: the last snapshot was written by version 1, then
    // come a v1 op and an op from today (a span set on the snapshot's span-less region).
    const snapshot = JSON.parse(
      JSON.stringify({
        ...sampleDoc(),
        schemaVersion: 1,
        privacy: {
          scans: [],
          faceTracks: [],
          manualRegions: [
            { id: 'reg_old', mediaId: 'med_b', keyframes: [{ t: 0, box }], blurStyle: 'solid' },
          ],
        },
      }),
    ) as ProjectDocument;
    const log = [
      v1Add('reg_new'),
      invocation('privacy.setRegionSpan', { id: 'reg_old', startMs: 100, endMs: 900 }),
    ];
    const replayed = log.reduce(
      (doc, op) => performInvocation(doc, upgradeStoredInvocation(doc, op)).doc,
      snapshot,
    );
    const parsed = parseDocument(replayed);
    expect(parsed.privacy.manualRegions.map((r) => [r.id, r.startMs, r.endMs])).toEqual([
      ['reg_old', 100, 900],
      ['reg_new', 0, 10_000],
    ]);
  });
});
