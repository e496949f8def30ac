import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../../shared/commands';
import type { FaceTrack, ScanRecord } from '../../../../../shared/model';
import { privacyAuditEntries } from '../../../../../main/engine/privacy/decision-audit';
import { hashOf, sampleDoc } from '../../../shared/fixtures';

const record: ScanRecord = {
  id: 'scan_1',
  mediaId: 'med_a',
  contentHash: hashOf('med_a'),
  mode: 'standard',
  settingsKey: 'k',
  sampleRate: 5,
  finishedAt: '2026-11-26T10:00:00.000Z',
  trackIds: ['face_1'],
};
const track: FaceTrack = {
  id: 'face_1',
  mediaId: 'med_a',
  scanId: 'scan_1',
  samples: [{ t: 0, box: { x: 0, y: 0, width: 10, height: 10 }, score: 0.9 }],
  decision: 'unreviewed',
  blurStyle: 'gaussian',
};

describe('privacyAuditEntries', () => {
  it('records scans, decisions with their note, and region changes; nothing for other edits', () => {
    const base = sampleDoc();
    const scanned = applyCommand(
      base,
      invocation('privacy.applyScan', { record, tracks: [track] }),
    ).doc;
    expect(privacyAuditEntries(base, scanned, 'do', 'ana').map((e) => e.action)).toEqual([
      'privacy.scan',
    ]);
    const kept = applyCommand(
      scanned,
      invocation('privacy.decide', {
        trackId: 'face_1',
        decision: 'keep',
        note: 'consent on file',
      }),
    ).doc;
    expect(privacyAuditEntries(scanned, kept, 'do', 'ana')).toEqual([
      {
        actor: 'ana',
        action: 'privacy.decide',
        details: {
          kind: 'do',
          trackId: 'face_1',
          mediaId: 'med_a',
          from: 'unreviewed',
          decision: 'keep',
          note: 'consent on file',
        },
      },
    ]);
    const region = {
      id: 'reg_1',
      mediaId: 'med_a',
      startMs: 0,
      endMs: 1000,
      keyframes: [{ t: 0, box: { x: 0, y: 0, width: 5, height: 5 } }],
      blurStyle: 'solid' as const,
    };
    const withRegion = applyCommand(kept, invocation('privacy.addRegion', { region })).doc;
    expect(privacyAuditEntries(kept, withRegion, 'undo', 'ana')[0]?.action).toBe(
      'privacy.addRegion',
    );
    expect(privacyAuditEntries(withRegion, kept, 'undo', 'ana')[0]?.action).toBe(
      'privacy.removeRegion',
    );
    const renamed = applyCommand(kept, invocation('project.rename', { name: 'Other' })).doc;
    expect(privacyAuditEntries(kept, renamed, 'do', 'ana')).toEqual([]);
  });

  it('records a region re-timed or moved, and a blur style changed, with before and after', () => {
    const region = {
      id: 'reg_1',
      mediaId: 'med_a',
      startMs: 0,
      endMs: 1000,
      keyframes: [{ t: 0, box: { x: 0, y: 0, width: 5, height: 5 } }],
      blurStyle: 'solid' as const,
    };
    const scanned = applyCommand(
      sampleDoc(),
      invocation('privacy.applyScan', { record, tracks: [track] }),
    ).doc;
    const withRegion = applyCommand(scanned, invocation('privacy.addRegion', { region })).doc;
    const shorter = applyCommand(
      withRegion,
      invocation('privacy.setRegionSpan', { id: 'reg_1', startMs: 0, endMs: 400 }),
    ).doc;
    expect(privacyAuditEntries(withRegion, shorter, 'do', 'ana')).toEqual([
      {
        actor: 'ana',
        action: 'privacy.editRegion',
        details: {
          kind: 'do',
          regionId: 'reg_1',
          mediaId: 'med_a',
          from: { startMs: 0, endMs: 1000, keyframes: 1 },
          to: { startMs: 0, endMs: 400, keyframes: 1 },
        },
      },
    ]);
    const moved = applyCommand(
      shorter,
      invocation('privacy.setRegionKeyframe', {
        id: 'reg_1',
        t: 200,
        box: { x: 30, y: 0, width: 5, height: 5 },
      }),
    ).doc;
    expect(privacyAuditEntries(shorter, moved, 'do', 'ana')[0]?.details).toMatchObject({
      to: { keyframes: 2 },
    });
    const pixelated = applyCommand(
      moved,
      invocation('privacy.setBlurStyle', { id: 'face_1', style: 'pixelate' }),
    ).doc;
    expect(privacyAuditEntries(moved, pixelated, 'do', 'ana')).toEqual([
      {
        actor: 'ana',
        action: 'privacy.setBlurStyle',
        details: { kind: 'do', id: 'face_1', from: 'gaussian', style: 'pixelate' },
      },
    ]);
  });
});
