// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, type ApiResponse } from '../../../../../shared/api';
import { applyCommand, invocation } from '../../../../../shared/commands';
import type { ProjectDocument } from '../../../../../shared/model';
import { settle } from '../../support/render';
import { privacyGate } from '../../../../../shared/privacy/gate';
import { clipDoc, faceTrack, scanRecord, scannedDoc } from './fixtures';
import { fill, press, renderPrivacyPanel, type PrivacyHarness } from './harness';

let view: PrivacyHarness | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const jobEvent = (progress: number, etaMs: number | null) => ({
  id: 'job_1',
  kind: 'privacy.scan',
  label: 'Face scan of Knee explainer (standard)',
  status: 'running',
  progress,
  etaMs,
  error: null,
});

/** A fake engine scan that waits for the test to finish or cancel it. */
function scriptedScan() {
  const control = {
    finish: () => undefined as void,
    fail: (_error: unknown) => undefined as void,
    requests: [] as unknown[],
  };
  const handlers = {
    'privacy.scan': (request: unknown) =>
      new Promise<ApiResponse<'privacy.scan'>>((resolve, reject) => {
        control.requests.push(request);
        view?.engine.client.emit('job', jobEvent(0, null));
        control.fail = reject;
        control.finish = () => {
          const engine = view!.engine;
          const tracks = [faceTrack('face_1', [1000]), faceTrack('face_2', [2000])];
          const record = scanRecord(engine.document, tracks);
          const forward = invocation('privacy.applyScan', { record, tracks });
          const applied = applyCommand(engine.document, forward);
          engine.document = applied.doc;
          engine.seq += 1;
          resolve({
            jobId: 'job_1',
            scans: [{ mediaId: 'med_a', scanId: 'scan_a', tracks: 2 }],
            seq: engine.seq,
            document: engine.document,
            step: { label: 'Face scan', forward: [forward], inverse: [applied.inverse] },
          });
        };
      }),
    'privacy.cancelScan': ({ jobId }: { jobId: string }) => {
      control.fail(new ApiError({ code: 'aborted', message: 'The face scan was cancelled.' }));
      return { cancelled: jobId === 'job_1' };
    },
  };
  return { control, handlers };
}

async function startScan(v: PrivacyHarness): Promise<void> {
  await press(v.button(v.container, 'Scan for faces'));
  await settle();
}

describe('PrivacyPanel scan', () => {
  it('shows progress and ETA from job events, then the tracks the engine applied', async () => {
    const { control, handlers } = scriptedScan();
    view = await renderPrivacyPanel(clipDoc(), { handlers });
    expect(view.container.querySelector('.privacy-badge')?.textContent).toBe('not scanned');
    await startScan(view);
    expect(control.requests).toEqual([{ projectId: 'p1', mode: 'standard' }]);
    await act(async () => view?.engine.client.emit('job', jobEvent(0.42, 12_000)));
    const progress = view.container.querySelector('[data-testid="scan-progress"]');
    expect(progress?.textContent).toContain('42% · about 12 s left');
    expect(view.button(view.container, 'Scan for faces').disabled).toBe(true);
    await act(async () => control.finish());
    await settle();
    await settle();
    expect(view.container.querySelector('[role="status"]')?.textContent).toBe(
      'Scanned 1 file: 2 faces found.',
    );
    expect(view.container.querySelectorAll('[data-testid="face-track"]')).toHaveLength(2);
    expect(view.container.querySelector('.privacy-badge')?.textContent).toMatch(/^scanned/);
    // The scan is one step of the editor's history: undo takes it back.
    expect(view.store.getSnapshot().history.undoStack.at(-1)?.label).toBe('Face scan');
    await act(async () => void view?.store.undo());
    expect(view.doc().privacy.faceTracks).toEqual([]);
  });

  it('cancels with the job id from the events, and a cancel is not an error', async () => {
    const { handlers } = scriptedScan();
    view = await renderPrivacyPanel(clipDoc(), { handlers });
    await startScan(view);
    await press(view.button(view.container, 'Cancel'));
    await settle();
    expect(view.engine.client.callsOf('privacy.cancelScan')).toEqual([{ jobId: 'job_1' }]);
    expect(view.container.querySelector('[role="alert"]')).toBeNull();
    expect(view.container.querySelector('[role="status"]')?.textContent).toBe(
      'Scan cancelled; nothing was changed.',
    );
    expect(view.doc().privacy.scans).toEqual([]);
  });

  it('shows why a scan failed', async () => {
    view = await renderPrivacyPanel(clipDoc(), {
      handlers: {
        'privacy.scan': () => {
          throw new ApiError({
            code: 'ffmpeg-failed',
            message: 'ffmpeg could not decode clip.mp4',
          });
        },
      },
    });
    await startScan(view);
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain(
      'ffmpeg could not decode clip.mp4',
    );
  });
});

describe('PrivacyPanel engine gate', () => {
  it('marks footage out of date when the engine says its detector settings changed', async () => {
    const doc = scannedDoc();
    const reason = privacyGate(doc, { currentSettingsKey: () => 'newer detector' }).reasons[0]!;
    view = await renderPrivacyPanel(doc, {
      handlers: { 'privacy.gate': () => ({ blocked: true, reasons: [reason], warnings: [] }) },
    });
    expect(view.container.querySelector('.privacy-badge')?.textContent).toMatch(/^scanned/);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 500)));
    await settle();
    expect(view.container.querySelector('.privacy-badge')?.textContent).toBe(
      'out of date: detector settings changed',
    );
    expect(view.engine.client.callsOf('privacy.gate')).toEqual([{ projectId: 'p1' }]);
  });
});

describe('PrivacyPanel regions and text', () => {
  it('adds a region at the playhead, selects it, renames and deletes it, one step each', async () => {
    view = await renderPrivacyPanel(clipDoc());
    await act(async () => view?.clock.seek(3000));
    await press(view.button(view.container, 'Add blur region'));
    const [region] = view.doc().privacy.manualRegions;
    expect(region).toMatchObject({ mediaId: 'med_a', startMs: 3000, endMs: 10_000 });
    expect(view.selection.getSnapshot()).toEqual([{ kind: 'region', id: region!.id }]);
    const row = view.container.querySelector<HTMLElement>('[data-testid="blur-region"]')!;
    expect(row.getAttribute('aria-selected')).toBe('true');
    expect(row.querySelector('.privacy-region__facts')?.textContent).toContain('1 keyframe');

    const label = row.querySelector('input')!;
    await fill(label, 'Name badge');
    await act(async () => {
      label.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    });
    expect(view.doc().privacy.manualRegions[0]?.label).toBe('Name badge');

    await press(view.button(view.container, 'Delete Name badge'));
    expect(view.doc().privacy.manualRegions).toEqual([]);
    expect(view.undoLabels()).toEqual([
      'Add blur region',
      'Rename blur region',
      'Delete blur region',
    ]);
  });

  it('says why no region can be added off the footage', async () => {
    const empty: ProjectDocument = { ...clipDoc(), tracks: { ...clipDoc().tracks, video: [] } };
    view = await renderPrivacyPanel(empty);
    await press(view.button(view.container, 'Add blur region'));
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe(
      'Move the playhead over footage to add a blur region there.',
    );
    expect(view.undoLabels()).toEqual([]);
  });

  it('lists identifiers in captions and selects the caption on click', async () => {
    const doc = [
      invocation('caption.add', { id: 'cue_1', start: 0, end: 2000, text: 'Welcome back.' }),
      invocation('caption.add', { id: 'cue_2', start: 3000, end: 5000, text: 'Ask Mrs Patel.' }),
    ].reduce((d, step) => applyCommand(d, step).doc, clipDoc());
    view = await renderPrivacyPanel(doc);
    const findings = view.container.querySelectorAll('[data-testid="identifier-finding"]');
    expect(Array.from(findings).map((f) => f.textContent)).toEqual([
      'Caption 2Mrs Patellooks like a person’s name',
    ]);
    await press(findings[0]!.querySelector('button')!);
    expect(view.selection.getSnapshot()).toEqual([{ kind: 'caption', id: 'cue_2' }]);
    expect(view.clock.timeMs).toBe(3000);
  });
});
