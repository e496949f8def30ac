import type { ExportJob } from '../../../../../renderer/panels/export/job-state';

/** An export job as `render.jobs` lists it, with the fields a test cares about changed. */
export function exportJob(id: string, overrides: Partial<ExportJob> = {}): ExportJob {
  return {
    id,
    kind: 'export',
    label: `TikTok · ${id}.mp4`,
    status: 'running',
    progress: 0.25,
    fps: 60,
    etaMs: 12_000,
    error: null,
    errorCode: null,
    preset: 'tiktok',
    outPath: `/tmp/out/${id}.mp4`,
    result: null,
    ...overrides,
  };
}
