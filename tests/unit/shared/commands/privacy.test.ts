import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import type { FaceTrack, ProjectDocument, ScanRecord } from '../../../../shared/model';
import { expectInverseRestores, hashOf, sampleDoc } from '../fixtures';

function scan(id: string, trackIds: string[], mediaId = 'med_a'): ScanRecord {
  return {
    id,
    mediaId,
    contentHash: hashOf(mediaId),
    mode: 'standard',
    settingsKey: 'standard test',
    sampleRate: 5,
    finishedAt: '2026-11-26T10:00:00.000Z',
    trackIds,
  };
}

function track(id: string, scanId: string, x = 100, mediaId = 'med_a'): FaceTrack {
  return {
    id,
    mediaId,
    scanId,
    samples: [0, 200, 400].map((t) => ({
      t,
      box: { x, y: 100, width: 80, height: 80 },
      score: 0.9,
    })),
    decision: 'unreviewed',
    blurStyle: 'gaussian',
  };
}

function scanned(): ProjectDocument {
  return applyCommand(
    sampleDoc(),
    invocation('privacy.applyScan', {
      record: scan('scan_1', ['face_1', 'face_2']),
      tracks: [track('face_1', 'scan_1'), track('face_2', 'scan_1', 900)],
    }),
  ).doc;
}

describe('privacy commands', () => {
  it('applyScan adds a scan with its tracks and undoes cleanly', () => {
    const doc = expectInverseRestores(
      sampleDoc(),
      invocation('privacy.applyScan', {
        record: scan('scan_1', ['face_1']),
        tracks: [track('face_1', 'scan_1')],
      }),
    );
    expect(doc.privacy.scans.map((s) => s.id)).toEqual(['scan_1']);
    expect(doc.privacy.faceTracks.map((t) => t.decision)).toEqual(['unreviewed']);
  });

  it("a rescan replaces the media file's scan and keeps decisions of matching tracks", () => {
    const decided = applyCommand(
      scanned(),
      invocation('privacy.decide', {
        trackId: 'face_1',
        decision: 'keep',
        note: 'presenting clinician, consent on file',
      }),
    ).doc;
    const rescanned = expectInverseRestores(
      decided,
      invocation('privacy.applyScan', {
        record: scan('scan_2', ['face_3', 'face_4']),
        tracks: [track('face_3', 'scan_2', 104), track('face_4', 'scan_2', 1500)],
      }),
    );
    expect(rescanned.privacy.scans.map((s) => s.id)).toEqual(['scan_2']);
    const byId = new Map(rescanned.privacy.faceTracks.map((t) => [t.id, t]));
    expect(byId.get('face_3')).toMatchObject({
      decision: 'keep',
      note: 'presenting clinician, consent on file',
    });
    expect(byId.get('face_4')?.decision).toBe('unreviewed');
    expect(byId.has('face_1')).toBe(false);
  });

  it('refuses tracks that do not belong to the scan', () => {
    expect(() =>
      applyCommand(
        sampleDoc(),
        invocation('privacy.applyScan', {
          record: scan('scan_1', ['face_1']),
          tracks: [track('face_9', 'scan_1')],
        }),
      ),
    ).toThrow(/does not belong/);
  });

  it('decide needs a note to keep a face, and undoes', () => {
    expect(() =>
      applyCommand(
        scanned(),
        invocation('privacy.decide', { trackId: 'face_1', decision: 'keep' }),
      ),
    ).toThrow(/note/);
    const doc = expectInverseRestores(
      scanned(),
      invocation('privacy.decide', { trackId: 'face_2', decision: 'blur' }),
    );
    expect(doc.privacy.faceTracks.find((t) => t.id === 'face_2')?.decision).toBe('blur');
    expect(() =>
      applyCommand(
        scanned(),
        invocation('privacy.decide', { trackId: 'face_x', decision: 'blur' }),
      ),
    ).toThrow(/does not exist/);
  });

  it('sets blur styles on tracks and regions; adds and removes regions', () => {
    const region = {
      id: 'reg_1',
      mediaId: 'med_a',
      startMs: 0,
      endMs: 4000,
      keyframes: [{ t: 0, box: { x: 10, y: 10, width: 50, height: 20 } }],
      blurStyle: 'solid' as const,
    };
    const withRegion = expectInverseRestores(
      scanned(),
      invocation('privacy.addRegion', { region }),
    );
    expect(withRegion.privacy.manualRegions).toHaveLength(1);
    const styled = expectInverseRestores(
      withRegion,
      invocation('privacy.setBlurStyle', { id: 'reg_1', style: 'pixelate' }),
    );
    expect(styled.privacy.manualRegions[0]?.blurStyle).toBe('pixelate');
    const trackStyled = expectInverseRestores(
      styled,
      invocation('privacy.setBlurStyle', { id: 'face_1', style: 'solid' }),
    );
    expect(trackStyled.privacy.faceTracks[0]?.blurStyle).toBe('solid');
    expect(
      expectInverseRestores(trackStyled, invocation('privacy.removeRegion', { id: 'reg_1' }))
        .privacy.manualRegions,
    ).toEqual([]);
    expect(() =>
      applyCommand(scanned(), invocation('privacy.setBlurStyle', { id: 'nope_1', style: 'solid' })),
    ).toThrow(/no face track/);
    expect(() =>
      applyCommand(
        scanned(),
        invocation('privacy.addRegion', { region: { ...region, mediaId: 'med_zz' } }),
      ),
    ).toThrow(/does not exist/);
  });
});
