import { describe, expect, it } from 'vitest';
import { exportGate } from '../../../../../main/engine/render/gate';
import { runExport } from '../../../../../main/engine/render/job';
import { withCurrentScans } from '../../../../support/privacy';
import { asset, clip, documentWith, wideProbe } from './plan/documents';

const unscanned = () => documentWith([asset('med_a', wideProbe())], [clip('c1', 'med_a')]);

describe('exportGate (engine)', () => {
  it('blocks unscanned footage and passes once it is scanned', () => {
    expect(exportGate(unscanned())).toMatchObject({
      blocked: true,
      problems: [{ kind: 'not-scanned', mediaId: 'med_a' }],
    });
    expect(exportGate(withCurrentScans(unscanned()))).toEqual({
      blocked: false,
      reasons: [],
      problems: [],
      warnings: [],
    });
  });

  it('checks scans against the detector settings key when one is given', () => {
    const doc = withCurrentScans(unscanned());
    expect(exportGate(doc, { currentSettingsKey: () => 'detector v2' }).problems).toMatchObject([
      { kind: 'settings-changed' },
    ]);
  });

  it('warns about identifiers in captions and the output file name', () => {
    const doc = withCurrentScans(unscanned());
    doc.tracks.captions.push({
      id: 'cue_1',
      start: 0,
      end: 1000,
      text: 'Call the ward on 020 7946 0958',
      styleId: doc.captionStyles[0]!.id,
      citationIds: [],
    });
    const verdict = exportGate(doc, { outPath: '/exports/DOB 01.02.1960.mp4' });
    expect(verdict.blocked).toBe(false);
    expect(verdict.warnings).toEqual([
      'Possible patient identifier in caption 1 (cue_1): "020 7946 0958" looks like a phone number.',
      'Possible patient identifier in the file name DOB 01.02.1960.mp4: "01.02.1960" looks like a date of birth.',
    ]);
  });
});

describe('runExport', () => {
  it('refuses a blocked project before any work, naming the file to scan', async () => {
    const error = await runExport({
      doc: unscanned(),
      projectPath: '/p/knee.medclip',
      preset: 'tiktok',
      outPath: '/nowhere/a.mp4',
      overlayFrames: () => Promise.reject(new Error('must not be reached')),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'export-blocked',
      details: { reasons: [expect.any(String)] },
    });
    expect((error as Error).message).toContain('Scan faces in med_a.mp4');
  });
});
