// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CanvasToolbar } from '../../../../renderer/canvas/CanvasToolbar';
import { RegionTool } from '../../../../renderer/canvas/region-tool';
import { ActionRegistry } from '../../../../renderer/editor/action-registry';
import { click, render, type Rendered } from '../support/render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

describe('the canvas toolbar’s Blur region tool', () => {
  it('arms the tool through its catalogued action and shows it pressed', async () => {
    const actions = new ActionRegistry();
    const tool = new RegionTool();
    let writable = true;
    actions.register('canvas.drawBlurRegion', {
      run: () => tool.toggle(),
      enabled: () => writable,
    });
    rendered = await render(
      <CanvasToolbar
        actions={actions}
        safeZones={false}
        platform="reels"
        onPlatform={() => undefined}
        zoom="fit"
        scale={0.29}
        onZoom={() => undefined}
        regionTool={tool}
      />,
    );
    const button = rendered.container.querySelector<HTMLButtonElement>(
      '[data-testid="blur-region-tool"]',
    );
    expect(button?.getAttribute('aria-pressed')).toBe('false');
    await click(button);
    expect(tool.getSnapshot()).toBe(true);
    expect(button?.getAttribute('aria-pressed')).toBe('true');
    // Drawing a region puts the tool down again (the handles layer does this).
    act(() => tool.set(false));
    expect(button?.getAttribute('aria-pressed')).toBe('false');
    writable = false;
    rendered.unmount();
    rendered = await render(
      <CanvasToolbar
        actions={actions}
        safeZones={false}
        platform="reels"
        onPlatform={() => undefined}
        zoom="fit"
        scale={0.29}
        onZoom={() => undefined}
        regionTool={tool}
      />,
    );
    expect(
      rendered.container.querySelector<HTMLButtonElement>('[data-testid="blur-region-tool"]')
        ?.disabled,
    ).toBe(true);
  });

  it('notifies only on a change', () => {
    const tool = new RegionTool();
    let calls = 0;
    const off = tool.subscribe(() => (calls += 1));
    tool.set(false);
    tool.toggle();
    tool.set(true);
    off();
    tool.toggle();
    expect(calls).toBe(1);
    expect(tool.getSnapshot()).toBe(false);
  });
});
