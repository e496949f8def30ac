import { describe, expect, it } from 'vitest';
import type { HandlerDeps } from '../../../../../main/engine/api/handlers';
import { createPrivacyHandlers } from '../../../../../main/engine/api/privacy-handlers';
import type { ProjectDocument } from '../../../../../shared/model';
import { withCurrentScans } from '../../../../support/privacy';
import { asset, clip, documentWith, wideProbe } from '../render/plan/documents';

/** The privacy calls of main/engine/api/privacy-handlers.ts that need no ffmpeg. */

function handlersFor(doc: ProjectDocument) {
  const deps = {
    sessions: { get: () => ({ document: doc, path: '/p/knee.medclip' }) },
  } as unknown as HandlerDeps;
  return createPrivacyHandlers(deps);
}

const footage = () => documentWith([asset('med_a', wideProbe())], [clip('c1', 'med_a')]);

describe('privacy.gate', () => {
  it('gives the blocking reasons of unscanned footage', async () => {
    const verdict = await handlersFor(footage())['privacy.gate']({ projectId: 'p' });
    expect(verdict.blocked).toBe(true);
    expect(verdict.reasons.join(' ')).toMatch(/med_a/);
  });

  it('warns about an output file name that names a patient, without blocking', async () => {
    const handlers = handlersFor(withCurrentScans(footage()));
    const plain = await handlers['privacy.gate']({ projectId: 'p', outPath: '/out/knee.mp4' });
    expect(plain).toEqual({ blocked: false, reasons: [], warnings: [] });
    const named = await handlers['privacy.gate']({
      projectId: 'p',
      outPath: '/out/Mrs_Jones knee.mp4',
    });
    expect(named.blocked).toBe(false);
    expect(named.warnings).toHaveLength(1);
    expect(named.warnings[0]).toMatch(/Possible patient identifier in the file name/);
  });
});

describe('privacy.trackThumbnails', () => {
  it('refuses an unknown track by its id', async () => {
    const call = handlersFor(footage())['privacy.trackThumbnails'];
    await expect(
      Promise.resolve().then(() => call({ projectId: 'p', trackId: 'trk_nope' })),
    ).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('trk_nope') });
  });
});
