// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiRequest, ApiResponse } from '../../../../../shared/api';
import { ExportCenter } from '../../../../../renderer/panels/export/ExportCenter';
import { GATE_CHECK_DELAY_MS } from '../../../../../renderer/panels/export/useGateWarnings';
import { createFakeClient, type FakeClient } from '../../support/fake-client';
import {
  byText,
  click,
  render,
  settle,
  typeInto,
  withProviders,
  type Rendered,
} from '../../support/render';

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
  ],
};

const CAPTION_FINDING =
  'Possible patient identifier in caption cap_3: "Mrs Jones" looks like a title followed by a name.';
const FILE_FINDING =
  'Possible patient identifier in the file name Mr_Smith.mp4: "Mr Smith" looks like a title followed by a name.';

/** A fake engine whose gate warns about a caption, and about the file name when it names someone. */
function fakeEngine(): FakeClient {
  return createFakeClient({
    'render.presets': () => presets,
    'render.jobs': () => ({ jobs: [], totalProgress: 0 }),
    'render.start': () => ({ jobId: 'job_1' }),
    'privacy.gate': (request: ApiRequest<'privacy.gate'>) => ({
      blocked: false,
      reasons: [],
      warnings: [CAPTION_FINDING, ...(request.outPath?.includes('Mr_Smith') ? [FILE_FINDING] : [])],
    }),
  });
}

/** Past the dialog's wait for the path to stop changing, then the fake answer. */
async function waitForGateCheck(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, GATE_CHECK_DELAY_MS + 50));
  });
  await settle();
}

async function openDialog(client: FakeClient): Promise<Rendered> {
  const result = await render(
    withProviders(
      client,
      <ExportCenter
        open
        onClose={() => undefined}
        projectId="p1"
        projectPath="/home/ana/Projects/Knee.medclip"
        projectName="Knee explainer"
      />,
    ),
  );
  await settle();
  await waitForGateCheck();
  return result;
}

function warningItems(): string[] {
  const list = document.querySelector('.export-warnings');
  return Array.from(list?.querySelectorAll('li') ?? []).map((item) => item.textContent ?? '');
}

describe('Export dialog gate warnings', () => {
  it('lists the gate warnings for the project and the output file, without blocking Export', async () => {
    const client = fakeEngine();
    rendered = await openDialog(client);
    expect(client.callsOf('privacy.gate').at(-1)).toEqual({
      projectId: 'p1',
      outPath: '/home/ana/Projects/Knee explainer - TikTok.mp4',
    });
    const banner = document.querySelector('.export-warnings');
    expect(banner?.getAttribute('role')).toBe('status');
    expect(banner?.textContent).toContain('Check before publishing');
    expect(warningItems()).toEqual([CAPTION_FINDING]);

    const button = byText(document.body, '.modal__footer button', 'Export');
    expect(button?.hasAttribute('disabled')).toBe(false);
    await click(button);
    expect(client.callsOf('render.start')).toHaveLength(1);
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });

  it('checks a typed file name again once the typing stops', async () => {
    const client = fakeEngine();
    rendered = await openDialog(client);
    const input = byText(document.body, '.field', 'Save video as')?.querySelector('input');
    await typeInto(input, '/tmp/Mr_Smith.mp4');
    await waitForGateCheck();
    expect(client.callsOf('privacy.gate').at(-1)).toEqual({
      projectId: 'p1',
      outPath: '/tmp/Mr_Smith.mp4',
    });
    expect(warningItems()).toEqual([CAPTION_FINDING, FILE_FINDING]);
  });

  it('shows nothing when the gate has no warnings or cannot be asked', async () => {
    const quiet = createFakeClient({
      'render.presets': () => presets,
      'render.jobs': () => ({ jobs: [], totalProgress: 0 }),
    });
    rendered = await openDialog(quiet);
    expect(quiet.callsOf('privacy.gate')).toHaveLength(1);
    expect(document.querySelector('.export-warnings')).toBeNull();
  });
});
