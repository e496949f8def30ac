// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../../shared/api';
import { formatFrameTimecode } from '../../../../../renderer/canvas/timecode';
import { settle } from '../../support/render';
import { faceTrack, scannedDoc } from './fixtures';
import { choose, fill, press, renderPrivacyPanel, submit, type PrivacyHarness } from './harness';

let view: PrivacyHarness | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
  vi.unstubAllGlobals();
});

const text = (scope: ParentNode, selector: string) =>
  Array.from(scope.querySelectorAll(selector)).map((e) => e.textContent?.trim());

describe('PrivacyPanel faces', () => {
  it('lists tracks with their timeline span, samples, confidence and status', async () => {
    view = await renderPrivacyPanel(scannedDoc());
    const { container } = view;
    expect(text(container, '[data-testid="privacy-summary"]')).toEqual([
      '3 faces: 0 to blur, 0 kept, 3 unreviewed',
    ]);
    const first = view.track('face_1');
    const fps = view.doc().format.fps;
    // Samples 1000…2000 ms at 5/s: the blur span reaches one interval (200 ms) either side.
    const span = `${formatFrameTimecode(800, fps)}–${formatFrameTimecode(2200, fps)}`;
    expect(first.querySelector('.privacy-link')?.textContent).toBe(span);
    expect(first.querySelector('.privacy-track__facts')?.textContent).toBe(
      '6 samples · 100% confidence',
    );
    expect(first.querySelector('[data-testid="track-status"]')?.textContent).toBe(
      'Unreviewed — will be blurred',
    );
    await press(first.querySelector('.privacy-link')!);
    expect(view.clock.timeMs).toBe(800);
    expect(text(container, '[data-testid="media-scan-status"] .privacy-badge')[0]).toMatch(
      /^scanned \(standard, /,
    );
  });

  it('refuses Keep without a consent note, in place, and changes nothing', async () => {
    view = await renderPrivacyPanel(scannedDoc());
    const track = view.track('face_2');
    await press(view.button(track, 'Keep…'));
    await fill(track.querySelector('input')!, '   ');
    await submit(track.querySelector('form')!);
    const alert = track.querySelector('[role="alert"]');
    expect(alert?.textContent).toMatch(/^Say why this face may be shown/);
    expect(track.querySelector('input')?.getAttribute('aria-invalid')).toBe('true');
    expect(view.undoLabels()).toEqual([]);
    expect(view.doc().privacy.faceTracks[1]?.decision).toBe('unreviewed');
  });

  it('keeps a face with its note as one privacy.decide', async () => {
    view = await renderPrivacyPanel(scannedDoc());
    const track = view.track('face_2');
    await press(view.button(track, 'Keep…'));
    await fill(track.querySelector('input')!, '  presenting clinician, consent on file ');
    await submit(track.querySelector('form')!);
    await view.store.idle();
    expect(view.engine.applied.map((a) => a.invocations)).toEqual([
      [
        {
          name: 'privacy.decide',
          args: {
            trackId: 'face_2',
            decision: 'keep',
            note: 'presenting clinician, consent on file',
          },
        },
      ],
    ]);
    expect(view.undoLabels()).toEqual(['Keep face unblurred']);
    await settle();
    expect(view.track('face_2').querySelector('[data-testid="track-status"]')?.textContent).toBe(
      'Kept unblurred: “presenting clinician, consent on file”',
    );
    expect(view.track('face_2').querySelector('form')).toBeNull();
  });

  it('sets a blur style through privacy.setBlurStyle', async () => {
    view = await renderPrivacyPanel(scannedDoc());
    const select = view.track('face_3').querySelector('select')!;
    await choose(select, 'pixelate');
    await view.store.idle();
    expect(view.engine.applied.at(-1)?.invocations).toEqual([
      { name: 'privacy.setBlurStyle', args: { id: 'face_3', style: 'pixelate' } },
    ]);
    expect(view.doc().privacy.faceTracks.find((t) => t.id === 'face_3')?.blurStyle).toBe(
      'pixelate',
    );
  });

  it('blurs all unreviewed faces in one undo step', async () => {
    const tracks = [
      faceTrack('face_1', [1000], { decision: 'keep', note: 'consent on file' }),
      faceTrack('face_2', [2000]),
      faceTrack('face_3', [3000]),
    ];
    view = await renderPrivacyPanel(scannedDoc(tracks));
    await press(view.button(view.container, 'Blur all unreviewed'));
    await view.store.idle();
    expect(view.undoLabels()).toEqual(['Blur all unreviewed faces']);
    expect(view.engine.applied).toHaveLength(1);
    expect(view.engine.applied[0]?.invocations.map((i) => i.args)).toEqual([
      { trackId: 'face_2', decision: 'blur' },
      { trackId: 'face_3', decision: 'blur' },
    ]);
    expect(text(view.container, '[data-testid="privacy-summary"]')).toEqual([
      '3 faces: 2 to blur, 1 kept, 0 unreviewed',
    ]);
    expect(view.button(view.container, 'Blur all unreviewed').disabled).toBe(true);
    await act(async () => {
      view?.store.undo();
    });
    await settle();
    expect(view.doc().privacy.faceTracks.map((t) => t.decision)).toEqual([
      'keep',
      'unreviewed',
      'unreviewed',
    ]);
  });

  it('loads thumbnails once the row is visible, and shows placeholders if that fails', async () => {
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {}
        observe() {
          this.callback([{ isIntersecting: true }]);
        }
        disconnect() {}
      },
    );
    view = await renderPrivacyPanel(scannedDoc(), {
      handlers: {
        'privacy.trackThumbnails': ({ trackId }) => {
          if (trackId === 'face_3') throw new ApiError({ code: 'ffmpeg', message: 'no frame' });
          return {
            frames: [0, 1, 2].map((i) => ({
              t: i * 100,
              url: `data:image/jpeg;base64,${trackId}${i}`,
            })),
          };
        },
      },
    });
    await settle();
    const images = view.track('face_1').querySelectorAll('img');
    expect(Array.from(images).map((img) => img.getAttribute('alt'))).toEqual([
      'Face 1, sample 1 of 3',
      'Face 1, sample 2 of 3',
      'Face 1, sample 3 of 3',
    ]);
    const failed = view.track('face_3').querySelector('[data-testid="track-thumbnails"]')!;
    expect(failed.getAttribute('data-state')).toBe('failed');
    expect(failed.querySelectorAll('img')).toHaveLength(0);
    expect(failed.querySelectorAll('.privacy-thumbs__placeholder')).toHaveLength(3);
  });

  it('disables every control when the project is read-only', async () => {
    view = await renderPrivacyPanel(scannedDoc(), { readOnly: true });
    const controls = Array.from(
      view.container.querySelectorAll<HTMLButtonElement | HTMLSelectElement>(
        '.privacy-segmented button, select, .privacy-section__head button, .privacy-scan__row button',
      ),
    );
    expect(controls.length).toBeGreaterThan(8);
    expect(controls.every((control) => control.disabled)).toBe(true);
  });
});
