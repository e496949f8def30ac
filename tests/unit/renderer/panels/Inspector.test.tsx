// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Inspector } from '../../../../renderer/panels/Inspector';
import { documentWithClip, mediaAsset, videoProbe } from '../support/documents';
import { render, type Rendered } from '../support/render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

function rows(container: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    Array.from(container.querySelectorAll('.props__row')).map((row) => [
      row.querySelector('dt')?.textContent ?? '',
      row.querySelector('dd')?.textContent ?? '',
    ]),
  );
}

describe('Inspector', () => {
  it("shows the selected media's probe", async () => {
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
    const doc = documentWithClip(asset);
    rendered = await render(<Inspector doc={doc} selected={asset} />);
    const props = rows(rendered.container);
    expect(props.Resolution).toBe('2160×3840 (coded 3840×2160)');
    expect(props['Frame rate']).toBe('29.97 fpsVFR');
    expect(props['Variable rate']).toBe('Yes');
    expect(props['Video codec']).toBe('hevc · yuv420p10le');
    expect(props.Rotation).toBe('90°');
    expect(props.HDR).toBe('HDR · arib-std-b67');
    expect(props.Audio).toBe('aac · 48.0 kHz · stereo');
    expect(props.Duration).toBe('1:15');
  });

  it('shows the project format when nothing is selected', async () => {
    rendered = await render(<Inspector doc={documentWithClip()} selected={undefined} />);
    const props = rows(rendered.container);
    expect(props.Frame).toBe('1080×1920 (9:16)');
    expect(props['Frame rate']).toBe('30 fps');
    expect(props.Duration).toBe('0:02');
    expect(props['Video clips']).toBe('1');
  });
});
