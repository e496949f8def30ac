import { describe, expect, it } from 'vitest';
import type { ImageOverlay, ProjectDocument, ScanMode, ScanRecord } from '../../../../shared/model';
import {
  modeSatisfies,
  privacyGate,
  usedPictureMediaIds,
  type PrivacyGateOptions,
} from '../../../../shared/privacy/gate';
import { hashOf, sampleDoc, textOverlay } from '../fixtures';

const KEYS: Record<ScanMode, string> = {
  fast: 'blazeface@0.6',
  standard: 'ssd+blazeface@0.3/tiles2',
  thorough: 'ssd+blazeface@0.2/tiles3',
};
const current: PrivacyGateOptions = { currentSettingsKey: (mode) => KEYS[mode] };

function scan(mediaId: string, fields: Partial<ScanRecord> = {}): ScanRecord {
  const mode = fields.mode ?? 'standard';
  return {
    id: `scn_${mediaId}_${mode}`,
    mediaId,
    contentHash: hashOf(mediaId),
    mode,
    settingsKey: KEYS[mode],
    sampleRate: 5,
    finishedAt: '2026-11-26T09:00:00.000Z',
    trackIds: [],
    ...fields,
  };
}

/** sampleDoc (clips of med_a and med_b; med_music and med_logo unused) with every clip scanned. */
function scannedDoc(): ProjectDocument {
  const doc = sampleDoc();
  doc.privacy.scans.push(scan('med_a'), scan('med_b'));
  return doc;
}

function imageOverlay(id: string, mediaId: string): ImageOverlay {
  const { start, end, transform, enter, exit } = textOverlay(id);
  return { id, kind: 'image', start, end, transform, enter, exit, mediaId, widthPx: 400 };
}

describe('usedPictureMediaIds', () => {
  it('lists timeline clips and image overlays, not unused or audio-only media', () => {
    const doc = sampleDoc();
    expect(usedPictureMediaIds(doc)).toEqual(['med_a', 'med_b']);
    doc.tracks.overlays.push(imageOverlay('ovl_logo', 'med_logo'));
    expect(usedPictureMediaIds(doc)).toEqual(['med_a', 'med_b', 'med_logo']);
  });
});

describe('modeSatisfies', () => {
  it('ranks fast < standard < thorough', () => {
    expect(modeSatisfies('thorough', 'standard')).toBe(true);
    expect(modeSatisfies('standard', 'standard')).toBe(true);
    expect(modeSatisfies('fast', 'standard')).toBe(false);
    expect(modeSatisfies('standard', 'thorough')).toBe(false);
    expect(modeSatisfies('fast', 'fast')).toBe(true);
  });
});

describe('privacyGate', () => {
  it('passes when every used media file has a current standard scan', () => {
    const verdict = privacyGate(scannedDoc(), current);
    expect(verdict).toEqual({ blocked: false, problems: [], reasons: [], warnings: [] });
  });

  it('blocks an unscanned clip, naming the file and saying how to scan it', () => {
    const doc = sampleDoc();
    doc.privacy.scans.push(scan('med_a'));
    const verdict = privacyGate(doc, current);
    expect(verdict.blocked).toBe(true);
    expect(verdict.problems).toMatchObject([{ kind: 'not-scanned', mediaId: 'med_b' }]);
    expect(verdict.reasons).toEqual([
      'med_b.mp4 has not been scanned for faces. Scan faces in med_b.mp4 (Privacy panel or `medclip scan`).',
    ]);
  });

  it('blocks an empty project with footage but no scans at all, one reason per file', () => {
    const verdict = privacyGate(sampleDoc(), current);
    expect(verdict.problems.map((p) => p.mediaId)).toEqual(['med_a', 'med_b']);
  });

  it('ignores media that is imported but not used', () => {
    const doc = scannedDoc();
    expect(doc.media.map((m) => m.id)).toContain('med_logo');
    expect(privacyGate(doc, current).blocked).toBe(false);
  });

  it('blocks an unscanned image overlay', () => {
    const doc = scannedDoc();
    doc.tracks.overlays.push(imageOverlay('ovl_logo', 'med_logo'));
    const verdict = privacyGate(doc, current);
    expect(verdict.problems).toMatchObject([
      { kind: 'not-scanned', mediaId: 'med_logo', mediaName: 'logo.png' },
    ]);
    expect(verdict.reasons[0]).toContain('Scan faces in logo.png');
  });

  it('blocks when the file changed since its scan (content hash differs)', () => {
    const doc = scannedDoc();
    const asset = doc.media.find((m) => m.id === 'med_a')!;
    asset.contentHash = hashOf('med_a re-encoded');
    const verdict = privacyGate(doc, current);
    expect(verdict.problems).toMatchObject([{ kind: 'content-changed', mediaId: 'med_a' }]);
    expect(verdict.reasons[0]).toBe(
      'med_a.mp4 has changed since its face scan. Scan faces in med_a.mp4 again (Privacy panel or `medclip scan`).',
    );
  });

  it('blocks a scan made with other detector settings', () => {
    const doc = scannedDoc();
    doc.privacy.scans[0] = scan('med_a', { settingsKey: 'ssd@0.5-old' });
    const verdict = privacyGate(doc, current);
    expect(verdict.problems).toMatchObject([{ kind: 'settings-changed', mediaId: 'med_a' }]);
  });

  it('a fast scan does not satisfy standard; a thorough one does', () => {
    const doc = sampleDoc();
    doc.privacy.scans.push(scan('med_a', { mode: 'fast' }), scan('med_b', { mode: 'thorough' }));
    const verdict = privacyGate(doc, current);
    expect(verdict.problems).toMatchObject([{ kind: 'mode-too-weak', mediaId: 'med_a' }]);
    expect(verdict.reasons[0]).toContain('only scanned in fast mode; export needs standard');
  });

  it('a required thorough mode rejects standard scans', () => {
    const verdict = privacyGate(scannedDoc(), { ...current, requiredMode: 'thorough' });
    expect(verdict.problems.map((p) => p.kind)).toEqual(['mode-too-weak', 'mode-too-weak']);
  });

  it('one current scan among stale ones is enough', () => {
    const doc = scannedDoc();
    doc.privacy.scans.push(
      scan('med_a', { id: 'scn_old', contentHash: hashOf('older bytes') }),
      scan('med_a', { id: 'scn_fast', mode: 'fast' }),
    );
    expect(privacyGate(doc, current).blocked).toBe(false);
  });

  it('with no detector wired in, any non-empty settings key counts', () => {
    const doc = scannedDoc();
    doc.privacy.scans[0] = scan('med_a', { settingsKey: 'whatever' });
    expect(privacyGate(doc, { currentSettingsKey: null }).blocked).toBe(false);
    doc.privacy.scans[0] = scan('med_a', { mode: 'fast', settingsKey: 'whatever' });
    expect(privacyGate(doc, { currentSettingsKey: null }).blocked).toBe(true);
  });

  it('unreviewed faces on used media warn (they are blurred) but do not block', () => {
    const doc = scannedDoc();
    const track = (id: string, mediaId: string, decision: 'blur' | 'unreviewed') => ({
      id,
      mediaId,
      scanId: `scn_${mediaId}_standard`,
      samples: [{ t: 0, box: { x: 0, y: 0, width: 10, height: 10 }, score: 0.9 }],
      decision,
      blurStyle: 'gaussian' as const,
    });
    doc.privacy.faceTracks.push(
      track('trk_1', 'med_a', 'unreviewed'),
      track('trk_2', 'med_b', 'unreviewed'),
      track('trk_3', 'med_b', 'blur'),
    );
    const verdict = privacyGate(doc, current);
    expect(verdict.blocked).toBe(false);
    expect(verdict.warnings).toEqual([
      '2 face tracks have not been reviewed; they will be blurred.',
    ]);
  });
});
