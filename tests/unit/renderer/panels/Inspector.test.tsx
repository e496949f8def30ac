// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { mediaAsset, videoProbe } from '../support/documents';
import {
  choose,
  control,
  enter,
  errorOf,
  inspectorDoc,
  renderInspector,
  type InspectorHarness,
} from './inspector/harness';

let view: InspectorHarness | undefined;
afterEach(() => view?.unmount());

function rows(container: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    Array.from(container.querySelectorAll('.props__row, .insp-field--read')).map((row) => [
      row.querySelector('dt, .insp-field__label')?.textContent ?? '',
      row.querySelector('dd, .insp-field__value')?.textContent ?? '',
    ]),
  );
}

const heading = (container: HTMLElement) =>
  container.querySelector('.inspector .panel__header h3')?.textContent;

describe('Inspector', () => {
  it("shows the bin's selected media probe when nothing on the timeline is selected", async () => {
    const asset = mediaAsset('med_hdr', {
      name: 'phone.mov',
      probe: videoProbe({
        width: 3840,
        height: 2160,
        displayWidth: 2160,
        displayHeight: 3840,
        rotation: 90,
        fps: 29.97,
        variableFrameRate: true,
        hdr: true,
        colorTransfer: 'arib-std-b67',
        videoCodec: 'hevc',
        pixelFormat: 'yuv420p10le',
        audioChannels: 2,
        audioSampleRate: 48_000,
        durationMs: 75_000,
      }),
    });
    view = await renderInspector({ media: asset });
    expect(heading(view.container)).toBe('Media');
    const props = rows(view.container);
    expect(props.Resolution).toBe('2160×3840 (coded 3840×2160)');
    expect(props['Frame rate']).toBe('29.97 fpsVFR');
    expect(props['Variable rate']).toBe('Yes');
    expect(props['Video codec']).toBe('hevc · yuv420p10le');
    expect(props.Rotation).toBe('90°');
    expect(props.HDR).toBe('HDR · arib-std-b67');
    expect(props.Audio).toBe('aac · 48.0 kHz · stereo');
    expect(props.Duration).toBe('1:15');

    // A timeline selection takes over; clearing it shows the bin item again.
    await act(async () => view?.selection.select({ kind: 'clip', id: 'clip_med_a' }));
    expect(heading(view.container)).toBe('Video clip');
    await act(async () => view?.selection.clear());
    expect(heading(view.container)).toBe('Media');
  });

  it('shows the project settings and a summary when nothing is selected', async () => {
    view = await renderInspector();
    expect(heading(view.container)).toBe('Project');
    const props = rows(view.container);
    expect(props.Frame).toBe('1080×1920 (9:16)');
    expect(props.Duration).toBe('0:10');
    expect(props.Media).toBe('2');
    expect(props['Video clips']).toBe('1');
    expect(props.Overlays).toBe('2');
    expect(control(view.container, 'Name').value).toBe('Knee explainer');
    expect(control<HTMLSelectElement>(view.container, 'Frame rate').value).toBe('30');
  });

  it('renames the project and changes its frame rate through the commands', async () => {
    view = await renderInspector();
    await enter(control(view.container, 'Name'), '  ACL rehab  ');
    expect(view.doc().name).toBe('ACL rehab');
    await choose(control<HTMLSelectElement>(view.container, 'Frame rate'), '60');
    expect(view.doc().format.fps).toBe(60);
    expect(view.undoLabels()).toEqual(['Rename project', 'Change frame rate']);
    await view.store.idle();
    expect(view.engine.document.name).toBe('ACL rehab');
    expect(view.engine.applied.map((step) => step.invocations[0]?.name)).toEqual([
      'project.rename',
      'project.setFormat',
    ]);
  });

  it('refuses a blank project name in place and keeps the old one', async () => {
    view = await renderInspector();
    const name = control(view.container, 'Name');
    await enter(name, '   ');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(name)).toBe('The project needs a name.');
    expect(view.doc().name).toBe('Knee explainer');
    expect(view.undoLabels()).toEqual([]);
  });

  it('shows the summary and shared fields of a multiple selection, and deletes it in one step', async () => {
    view = await renderInspector({
      selected: [
        { kind: 'overlay', id: 'ov_text' },
        { kind: 'caption', id: 'cue_1' },
        { kind: 'marker', id: 'mrk_1' },
      ],
    });
    expect(heading(view.container)).toBe('3 items selected');
    expect(view.container.querySelector('[data-testid="selection-summary"]')?.textContent).toBe(
      '1 overlay, 1 caption, 1 marker',
    );
    await choose(control<HTMLSelectElement>(view.container, 'Caption style'), 'style-boxed');
    expect(view.doc().tracks.captions[0]?.styleId).toBe('style-boxed');
    await act(async () => {
      view?.container.querySelector<HTMLButtonElement>('[data-testid="delete-selection"]')?.click();
    });
    const doc = view.doc();
    expect(doc.tracks.overlays.map((overlay) => overlay.id)).toEqual(['ov_icon']);
    expect(doc.tracks.captions).toEqual([]);
    expect(doc.markers).toEqual([]);
    expect(view.undoLabels()).toEqual(['Change caption style', 'Delete 3 items']);
    view.store.undo();
    expect(view.store.getSnapshot().document).toEqual({
      ...inspectorDoc(),
      tracks: {
        ...inspectorDoc().tracks,
        captions: [{ ...inspectorDoc().tracks.captions[0]!, styleId: 'style-boxed' }],
      },
    });
  });

  it('disables every field of a read-only project', async () => {
    view = await renderInspector({
      readOnly: true,
      selected: [{ kind: 'overlay', id: 'ov_text' }],
    });
    const inputs = Array.from(
      view.container.querySelectorAll<HTMLInputElement>('.inspector__body input, select, textarea'),
    );
    expect(inputs.length).toBeGreaterThan(10);
    expect(inputs.every((input) => input.disabled)).toBe(true);
  });
});
