import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../../shared/commands';
import {
  describeScanState,
  mediaScanStatuses,
} from '../../../../../renderer/panels/privacy/scan-status';
import { privacyGate } from '../../../../../shared/privacy/gate';
import { mediaAsset } from '../../support/documents';
import { clipDoc, scannedDoc } from './fixtures';

const when = (iso: string) => `at ${iso.slice(11, 16)}`;

describe('mediaScanStatuses', () => {
  it('says "not scanned" for used footage without a scan, and skips unused media', () => {
    const doc = applyCommand(
      clipDoc(),
      invocation('media.import', { asset: mediaAsset('med_unused') }),
    ).doc;
    const statuses = mediaScanStatuses(doc, null);
    expect(statuses.map((s) => s.mediaId)).toEqual(['med_a']);
    expect(statuses[0]?.state.kind).toBe('not-scanned');
    expect(describeScanState(statuses[0]!.state, when)).toBe('not scanned');
  });

  it('says "scanned" with the mode and time of a current scan', () => {
    const [status] = mediaScanStatuses(scannedDoc(), null);
    expect(status?.state).toMatchObject({ kind: 'scanned', scan: { mode: 'standard' } });
    expect(describeScanState(status!.state, when)).toBe('scanned (standard, at 10:00)');
  });

  it('says out of date when the file changed since its scan', () => {
    const doc = scannedDoc();
    const changed = {
      ...doc,
      media: doc.media.map((m) => ({ ...m, contentHash: 'ab'.repeat(32) })),
    };
    const [status] = mediaScanStatuses(changed, null);
    expect(status?.state).toMatchObject({ kind: 'out-of-date', why: 'content-changed' });
    expect(describeScanState(status!.state, when)).toBe('out of date: the file changed');
  });

  it('says out of date when the detector settings key differs, when the key is known', () => {
    const doc = scannedDoc();
    expect(mediaScanStatuses(doc, (mode) => `${mode} v1`)[0]?.state.kind).toBe('scanned');
    const [status] = mediaScanStatuses(doc, (mode) => `${mode} v2`);
    expect(status?.state).toMatchObject({ kind: 'out-of-date', why: 'settings-changed' });
    expect(describeScanState(status!.state, when)).toBe('out of date: detector settings changed');
  });

  it('takes detector-settings changes from the engine gate, which alone knows the settings', () => {
    const doc = scannedDoc();
    const engineReasons = privacyGate(doc, { currentSettingsKey: (mode) => `${mode} v2` }).reasons;
    expect(engineReasons).toHaveLength(1);
    const [status] = mediaScanStatuses(doc, null, engineReasons);
    expect(status?.state).toMatchObject({ kind: 'out-of-date', why: 'settings-changed' });
    // Reasons about other things (another file, other wording) change nothing.
    expect(mediaScanStatuses(doc, null, ['other.mp4 has not been scanned'])[0]?.state.kind).toBe(
      'scanned',
    );
  });

  it('says a fast scan is not enough for export', () => {
    const doc = scannedDoc();
    const fast = {
      ...doc,
      privacy: {
        ...doc.privacy,
        scans: doc.privacy.scans.map((s) => ({ ...s, mode: 'fast' as const })),
      },
    };
    const [status] = mediaScanStatuses(fast, null);
    expect(status?.state).toMatchObject({ kind: 'out-of-date', why: 'mode-too-weak' });
  });
});
