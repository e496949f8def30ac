// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, type ApiResponse } from '../../../../../shared/api';
import { ExportCenter } from '../../../../../renderer/panels/export/ExportCenter';
import type { ExportJob } from '../../../../../renderer/panels/export/job-state';
import { createFakeClient, type FakeClient, type FakeHandlers } from '../../support/fake-client';
import {
  browserInfo,
  byText,
  click,
  render,
  settle,
  typeInto,
  withProviders,
  type Rendered,
} from '../../support/render';
import { exportJob } from './jobs';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

const presets: ApiResponse<'render.presets'> = {
  durationMs: 12_000,
  presets: [
    {
      name: 'tiktok',
      label: 'TikTok',
      width: 1080,
      height: 1920,
      fps: 30,
      maxDurationMs: 600_000,
      videoMaxrateKbps: 10_000,
      audioBitrateKbps: 192,
      problem: null,
    },
    {
      name: 'reels',
      label: 'Instagram Reels',
      width: 1080,
      height: 1920,
      fps: 30,
      maxDurationMs: 900_000,
      videoMaxrateKbps: 12_000,
      audioBitrateKbps: 128,
      problem: null,
    },
    {
      name: 'shorts',
      label: 'YouTube Shorts',
      width: 1080,
      height: 1920,
      fps: 30,
      maxDurationMs: 180_000,
      videoMaxrateKbps: 8000,
      audioBitrateKbps: 384,
      problem: 'The project is 12:00 long; YouTube Shorts takes at most 3:00.',
    },
  ],
};

/** A queue the fake engine keeps: render.start adds a job, the test moves it along. */
function fakeQueue(extra: FakeHandlers = {}): { client: FakeClient; jobs: ExportJob[] } {
  const jobs: ExportJob[] = [];
  const client = createFakeClient({
    'render.presets': () => presets,
    'render.jobs': () => ({ jobs: jobs.map((job) => ({ ...job })), totalProgress: 0 }),
    'render.start': (request) => {
      const id = `job_${jobs.length + 1}`;
      jobs.push(
        exportJob(id, {
          status: 'queued',
          progress: 0,
          fps: null,
          etaMs: null,
          preset: request.preset,
          outPath: request.outPath,
        }),
      );
      return { jobId: id };
    },
    'render.cancel': ({ jobId }) => {
      const job = jobs.find((each) => each.id === jobId);
      if (job) Object.assign(job, { status: 'aborted', error: 'cancelled' });
      return { cancelled: job !== undefined };
    },
    ...extra,
  });
  return { client, jobs };
}

async function openCenter(client: FakeClient, open = true): Promise<Rendered> {
  const element = (isOpen: boolean) =>
    withProviders(
      client,
      <ExportCenter
        open={isOpen}
        onClose={() => undefined}
        projectId="p1"
        projectPath="/home/ana/Projects/Knee.medclip"
        projectName="Knee explainer"
      />,
    );
  const result = await render(element(open));
  await settle();
  return result;
}

function pathInput(container: HTMLElement): HTMLInputElement {
  const input = byText(container, '.field', 'Save video as')?.querySelector('input');
  if (!(input instanceof HTMLInputElement)) throw new Error('no path field');
  return input;
}

function exportButton(): HTMLButtonElement {
  const button = byText(document.body, '.modal__footer button', 'Export');
  if (!(button instanceof HTMLButtonElement)) throw new Error('no Export button');
  return button;
}

async function emitJob(client: FakeClient, job: ExportJob): Promise<void> {
  await act(async () => client.emit('job', job));
  await settle();
}

describe('Export dialog', () => {
  it('shows each preset with its key facts and flags the one that cannot take the clip', async () => {
    const { client } = fakeQueue();
    rendered = await openCenter(client);
    const cards = Array.from(document.querySelectorAll<HTMLElement>('.export-preset'));
    expect(cards.map((card) => card.querySelector('.export-preset__name')?.textContent)).toEqual([
      'TikTok',
      'Instagram Reels',
      'YouTube Shorts',
    ]);
    expect(cards[0]?.textContent).toContain('1080×1920 · 30 fps');
    expect(cards[0]?.textContent).toContain('Up to 10 min');
    expect(cards[0]?.getAttribute('data-checked')).toBe('true');
    await click(cards[2]?.querySelector('input'));
    expect(document.body.textContent).toContain('YouTube Shorts takes at most 3:00');
    await click(exportButton());
    expect(client.callsOf('render.start')).toEqual([]);
  });

  it('prefills <project folder>/<name> - <preset>.mp4 and follows the preset until typed', async () => {
    const { client } = fakeQueue();
    rendered = await openCenter(client);
    const input = pathInput(document.body);
    expect(input.value).toBe('/home/ana/Projects/Knee explainer - TikTok.mp4');
    await click(document.querySelectorAll('.export-preset input')[1]);
    expect(input.value).toBe('/home/ana/Projects/Knee explainer - Instagram Reels.mp4');
    await typeInto(input, '/tmp/mine.mp4');
    await click(document.querySelectorAll('.export-preset input')[0]);
    expect(input.value).toBe('/tmp/mine.mp4');
  });

  it('refuses a relative path and a bad cover time before asking the engine', async () => {
    const { client } = fakeQueue();
    rendered = await openCenter(client);
    await typeInto(pathInput(document.body), 'clips/knee.mp4');
    const cover = byText(document.body, '.field', 'Cover frame at')?.querySelector('input');
    await typeInto(cover, '0:20');
    await click(exportButton());
    expect(client.callsOf('render.start')).toEqual([]);
    expect(document.body.textContent).toContain('Use a full path');
    expect(document.body.textContent).toContain('The clip is 0:12 long');
  });

  it('queues an export and follows its progress, fps and time left', async () => {
    const { client, jobs } = fakeQueue();
    rendered = await openCenter(client);
    const cover = byText(document.body, '.field', 'Cover frame at')?.querySelector('input');
    await typeInto(cover, '2.5');
    await click(exportButton());
    expect(client.callsOf('render.start')).toEqual([
      {
        projectId: 'p1',
        preset: 'tiktok',
        outPath: '/home/ana/Projects/Knee explainer - TikTok.mp4',
        coverAtMs: 2500,
      },
    ]);
    const row = document.querySelector('[data-testid="export-job"]');
    expect(row?.getAttribute('data-status')).toBe('queued');
    expect(row?.textContent).toContain('Waiting for the exports before it');
    // Its file is busy now, but that is no error until the person presses Export again.
    expect(document.body.textContent).not.toContain('already being exported');

    await emitJob(client, { ...jobs[0]!, status: 'running', progress: 0, fps: null, etaMs: null });
    expect(document.querySelector('[data-testid="export-job-figures"]')?.textContent).toBe(
      'Preparing…',
    );

    await emitJob(client, {
      ...jobs[0]!,
      status: 'running',
      progress: 0.42,
      fps: 57.6,
      etaMs: 9000,
    });
    const running = document.querySelector('[data-testid="export-job"]');
    expect(running?.querySelector('[data-testid="export-job-figures"]')?.textContent).toBe(
      '42% · 58 fps · about 9 s left',
    );
    expect(running?.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe(
      '42',
    );
  });

  it('shows the file, length and size when an export succeeds', async () => {
    const { client, jobs } = fakeQueue();
    rendered = await openCenter(client);
    await click(exportButton());
    const result = {
      outPath: '/home/ana/Projects/Knee explainer - TikTok.mp4',
      durationMs: 12_000,
      sizeBytes: 5_400_000,
      sidecars: [
        '/home/ana/Projects/Knee explainer - TikTok.srt',
        '/home/ana/Projects/Knee explainer - TikTok.txt',
        '/home/ana/Projects/cover.jpg',
      ],
    };
    Object.assign(jobs[0]!, { status: 'success', progress: 1, result });
    await emitJob(client, jobs[0]!);
    const row = document.querySelector('[data-testid="export-job"]');
    expect(row?.getAttribute('data-status')).toBe('success');
    expect(row?.textContent).toContain('Done');
    expect(row?.textContent).toContain(result.outPath);
    expect(row?.textContent).toContain('0:12 · 5.1 MB');
    expect(row?.querySelector('[data-testid="export-job-sidecars"]')?.textContent).toBe(
      'Also saved: .srt, .txt, cover.jpg',
    );
  });

  it('explains a missing source in plain words, naming the file', async () => {
    const { client, jobs } = fakeQueue();
    rendered = await openCenter(client);
    await click(exportButton());
    Object.assign(jobs[0]!, {
      status: 'error',
      errorCode: 'source-missing',
      error: 'Source file missing: "knee.mp4" (/media/knee.mp4)',
    });
    await emitJob(client, jobs[0]!);
    const alert = document.querySelector('[data-testid="export-job"] [role="alert"]');
    expect(alert?.textContent).toContain('A source file is missing');
    expect(alert?.textContent).toContain('/media/knee.mp4');
    expect(alert?.textContent).toContain('Relink the file in the media bin');
  });

  it('cancels quietly: "Export cancelled", no alert', async () => {
    const { client, jobs } = fakeQueue();
    rendered = await openCenter(client);
    await click(exportButton());
    await emitJob(client, { ...jobs[0]!, status: 'running', progress: 0.2 });
    await click(byText(document.body, '.export-job button', 'Cancel'));
    expect(client.callsOf('render.cancel')).toEqual([{ jobId: 'job_1' }]);
    await emitJob(client, jobs[0]!);
    const row = document.querySelector('[data-testid="export-job"]');
    expect(row?.getAttribute('data-status')).toBe('aborted');
    expect(row?.querySelector('[data-testid="export-job-status"]')?.textContent).toBe(
      'Export cancelled',
    );
    expect(row?.querySelector('[role="alert"]')).toBeNull();
    expect(row?.textContent).not.toContain('cancelled.');
  });

  it('lists the export gate reasons when the engine blocks the export', async () => {
    const { client } = fakeQueue({
      'render.start': () => {
        throw new ApiError({
          code: 'export-blocked',
          message: 'cannot be exported yet',
          details: { reasons: ['2 faces are not reviewed.', 'clip.mp4 was never scanned.'] },
        });
      },
    });
    rendered = await openCenter(client);
    await click(exportButton());
    const notice = document.querySelector('.export-notice');
    expect(notice?.textContent).toContain('This project cannot be exported yet');
    expect(Array.from(notice?.querySelectorAll('li') ?? []).map((li) => li.textContent)).toEqual([
      '2 faces are not reviewed.',
      'clip.mp4 was never scanned.',
    ]);
    expect(document.querySelector('[data-testid="export-job"]')).toBeNull();
  });

  it('shows per-job and overall progress for several queued exports', async () => {
    const { client, jobs } = fakeQueue();
    rendered = await openCenter(client);
    await click(exportButton());
    await click(document.querySelectorAll('.export-preset input')[1]);
    await click(exportButton());
    expect(client.callsOf('render.start')).toHaveLength(2);
    await emitJob(client, { ...jobs[0]!, status: 'running', progress: 0.5 });
    expect(document.querySelectorAll('[data-testid="export-job"]')).toHaveLength(2);
    expect(document.querySelector('[data-testid="export-total"]')?.textContent).toBe(
      '0 of 2 done · 25% overall',
    );
    // A second export to a file already being written is refused here.
    await click(exportButton());
    expect(client.callsOf('render.start')).toHaveLength(2);
    expect(document.body.textContent).toContain('already being exported');
  });

  it('asks the native save dialog in Electron', async () => {
    const { client } = fakeQueue({
      'dialog.saveExport': () => ({ path: '/Users/ana/Desktop/knee.mp4' }),
    });
    rendered = await render(
      withProviders(
        client,
        <ExportCenter
          open
          onClose={() => undefined}
          projectId="p1"
          projectPath="/Users/ana/Knee.medclip"
          projectName="Knee"
        />,
        { ...browserInfo, host: 'electron', canPickNativeFiles: true },
      ),
    );
    await settle();
    await click(byText(document.body, 'button', 'Choose…'));
    expect(client.callsOf('dialog.saveExport')).toEqual([
      { suggestedName: 'Knee - TikTok.mp4', dir: '/Users/ana' },
    ]);
    expect(pathInput(document.body).value).toBe('/Users/ana/Desktop/knee.mp4');
  });
});

describe('ExportCenter while the dialog is closed', () => {
  it('announces an export started here when it ends, and a cancel not at all', async () => {
    const { client, jobs } = fakeQueue();
    const element = (open: boolean) =>
      withProviders(
        client,
        <ExportCenter
          open={open}
          onClose={() => undefined}
          projectId="p1"
          projectPath="/home/ana/Projects/Knee.medclip"
          projectName="Knee explainer"
        />,
      );
    rendered = await render(element(true));
    await settle();
    await click(exportButton());
    await click(document.querySelectorAll('.export-preset input')[1]);
    await click(exportButton());
    await act(async () => rendered?.root.render(element(false)));
    expect(document.querySelector('[role="dialog"]')).toBeNull();

    Object.assign(jobs[0]!, {
      status: 'success',
      progress: 1,
      result: { outPath: jobs[0]!.outPath, durationMs: 12_000, sizeBytes: 1000 },
    });
    await emitJob(client, jobs[0]!);
    Object.assign(jobs[1]!, { status: 'aborted' });
    await emitJob(client, jobs[1]!);
    const toasts = Array.from(document.querySelectorAll('.toast')).map(
      (toast) => toast.textContent,
    );
    expect(toasts).toEqual(['Export finished/home/ana/Projects/Knee explainer - TikTok.mp4']);
  });
});
