import { describe, expect, it } from 'vitest';
import { createRenderHandlers } from '../../../../../main/engine/api/render-handlers';
import type { HandlerDeps } from '../../../../../main/engine/api/handlers';
import { RenderError } from '../../../../../main/engine/render/errors';
import type { ExportResult, RunExportOptions } from '../../../../../main/engine/render/job';
import { ExportQueue } from '../../../../../main/engine/render/queue';
import { exitCodeForError, EXIT } from '../../../../../main/cli/exit';
import { asset, clip, documentWith, wideProbe } from '../render/plan/documents';
import { withCurrentScans } from '../../../../support/privacy';

// The real export gate: the footage passes it once scanned, and is blocked while unscanned.
function setup(
  run: (options: RunExportOptions) => Promise<ExportResult>,
  { scanned = true }: { scanned?: boolean } = {},
) {
  const unscanned = documentWith([asset('med_a', wideProbe())], [clip('c1', 'med_a')]);
  const doc = scanned ? withCurrentScans(unscanned) : unscanned;
  const exports = new ExportQueue({ publish: () => {}, run });
  const deps = {
    sessions: { get: () => ({ document: doc, path: '/p/knee.medclip' }) },
    exports,
  } as unknown as HandlerDeps;
  const handlers = createRenderHandlers(deps, async () => ({ frames: [] }));
  return { handlers, exports };
}

const never = () => new Promise<ExportResult>(() => {});

describe('render handlers', () => {
  it('refuses to queue an export the gate blocks (code export-blocked, CLI exit 3)', async () => {
    const { handlers, exports } = setup(never, { scanned: false });
    const error = await Promise.resolve()
      .then(() =>
        handlers['render.start']!({ projectId: 'p', preset: 'tiktok', outPath: '/out/a.mp4' }),
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'export-blocked' });
    expect((error as Error).message).toMatch(/not been scanned for faces|no face scan/i);
    expect(exitCodeForError(error)).toBe(EXIT.blockedByGate);
    expect(exports.list()).toEqual([]);
  });

  it('queues the document as it is now, lists jobs and cancels them', async () => {
    const runs: RunExportOptions[] = [];
    const { handlers } = setup((options) => {
      runs.push(options);
      return new Promise((_, reject) =>
        options.signal?.addEventListener('abort', () => reject(new RenderError('aborted', 'stop'))),
      );
    });
    const { jobId } = (await handlers['render.start']!({
      projectId: 'p',
      preset: 'reels',
      outPath: '/out/a.mp4',
      coverAtMs: 500,
    })) as { jobId: string };
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(runs[0]).toMatchObject({
      preset: 'reels',
      outPath: '/out/a.mp4',
      coverAtMs: 500,
      projectPath: '/p/knee.medclip',
    });
    const listed = (await handlers['render.jobs']!({})) as {
      jobs: { id: string; label: string }[];
    };
    expect(listed.jobs.map((j) => [j.id, j.label])).toEqual([
      [jobId, 'Knee explainer → a.mp4 (Instagram Reels)'],
    ]);
    expect(await handlers['render.cancel']!({ jobId })).toEqual({ cancelled: true });
    const waited = await Promise.resolve(handlers['render.wait']!({ jobId })).catch(
      (e: unknown) => e,
    );
    expect(waited).toMatchObject({ code: 'aborted' });
    expect(exitCodeForError(waited)).toBe(EXIT.cancelled);
  });

  it('render.wait passes on a failed job’s code and details; a relative path is refused', async () => {
    const { handlers } = setup(async () => {
      throw new RenderError('source-missing', 'Source file missing: "a.mp4"', {
        missing: ['med_a'],
      });
    });
    const { jobId } = (await handlers['render.start']!({
      projectId: 'p',
      preset: 'tiktok',
      outPath: '/out/a.mp4',
    })) as { jobId: string };
    const error = await Promise.resolve(handlers['render.wait']!({ jobId })).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'source-missing', details: { missing: ['med_a'] } });
    expect(() =>
      handlers['render.start']!({ projectId: 'p', preset: 'tiktok', outPath: 'out/a.mp4' }),
    ).toThrow(/must be absolute/);
  });
});
