// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PreviewClock } from '../../../../renderer/canvas/preview-clock';
import { Transport } from '../../../../renderer/canvas/Transport';
import { click, render, typeInto, type Rendered } from '../support/render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

async function pressIn(element: Element, key: string): Promise<void> {
  await act(async () => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

async function setup() {
  const clock = new PreviewClock({ durationMs: 12_000, fps: 30 });
  rendered = await render(<Transport clock={clock} />);
  const field = rendered.container.querySelector(
    '[data-testid="preview-timecode"]',
  ) as HTMLInputElement;
  await act(async () => field.focus());
  return { clock, field, container: rendered.container };
}

describe('Transport timecode', () => {
  it('goes to a typed SMPTE time on Enter', async () => {
    const { clock, field } = await setup();
    await typeInto(field, '00:00:05:12');
    await pressIn(field, 'Enter');
    expect(clock.timeMs).toBe(5400);
    expect(field.value).toBe('00:05.12');
  });

  it('refuses text that is not a time with a reason, keeping the playhead', async () => {
    const { clock, field, container } = await setup();
    clock.seek(1000);
    await typeInto(field, '00:00:99:00');
    await pressIn(field, 'Enter');
    expect(clock.timeMs).toBe(1000);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(
      'Seconds go up to 59, not 99.',
    );
    expect(field.value).toBe('00:00:99:00');
    await typeInto(field, '2.5s');
    expect(container.querySelector('[role="alert"]')).toBeNull();
    await pressIn(field, 'Enter');
    expect(clock.timeMs).toBe(2500);
  });

  it('leaves the playhead and says nothing when Escape abandons what was typed', async () => {
    const { clock, field, container } = await setup();
    clock.seek(1000);
    await typeInto(field, 'l');
    await pressIn(field, 'Escape');
    await act(async () => field.blur());
    expect(clock.timeMs).toBe(1000);
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(field.value).toBe('00:01.00');
  });

  it('shows the shuttle speed and the in/out marks, which can be cleared', async () => {
    const { clock, container } = await setup();
    await act(async () => {
      clock.seek(2000);
      clock.markIn();
      clock.markOut(6000);
      clock.shuttleForward();
      clock.shuttleForward();
    });
    expect(container.querySelector('[data-testid="shuttle-rate"]')?.textContent).toBe('2× ▶');
    expect(container.querySelector('[data-testid="transport-marks"]')?.textContent).toContain(
      'In 00:02.00Out 00:06.00',
    );
    const band = container.querySelector<HTMLElement>('[data-testid="mark-band"]');
    expect(band?.style.getPropertyValue('--mark-from')).toBe(String(2000 / 11_966));
    await click(container.querySelector('button[aria-label="Clear in and out marks"]'));
    expect(container.querySelector('[data-testid="transport-marks"]')).toBeNull();
    expect(clock.getSnapshot().markInMs).toBeNull();
  });
});
