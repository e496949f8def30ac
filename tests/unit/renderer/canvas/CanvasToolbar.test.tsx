// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CanvasToolbar } from '../../../../renderer/canvas/CanvasToolbar';
import type { CanvasZoom } from '../../../../renderer/canvas/canvas-zoom';
import { ActionRegistry } from '../../../../renderer/editor/action-registry';
import { click, render, type Rendered } from '../support/render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

function toolbar(
  actions: ActionRegistry,
  overrides: {
    zoom?: CanvasZoom;
    onZoom?: (zoom: CanvasZoom) => void;
    onPlatform?: () => void;
  } = {},
) {
  return (
    <CanvasToolbar
      actions={actions}
      safeZones={false}
      platform="reels"
      onPlatform={overrides.onPlatform ?? (() => undefined)}
      zoom={overrides.zoom ?? 'fit'}
      scale={0.29}
      onZoom={overrides.onZoom ?? (() => undefined)}
    />
  );
}

function select(element: HTMLSelectElement | null, value: string) {
  if (!element) throw new Error('no select');
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('CanvasToolbar', () => {
  it('runs the catalogued actions and shows their keys', async () => {
    const actions = new ActionRegistry();
    const ran: string[] = [];
    for (const id of ['view.safeZones', 'view.canvasFit', 'view.canvas100'] as const) {
      actions.register(id, { run: () => ran.push(id) });
    }
    rendered = await render(toolbar(actions));
    const { container } = rendered;
    await click(container.querySelector('[data-testid="safe-zones-toggle"]'));
    await click(container.querySelector('[aria-label="Canvas 100%"]'));
    await click(container.querySelector('[aria-label="Fit canvas"]'));
    expect(ran).toEqual(['view.safeZones', 'view.canvas100', 'view.canvasFit']);
    expect(container.textContent).toContain('Shift+G');
    expect(container.querySelector('[aria-label="Fit canvas"]')?.getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('greys out the keyframe button when nothing can be keyed', async () => {
    const actions = new ActionRegistry();
    rendered = await render(toolbar(actions));
    const button = rendered.container.querySelector<HTMLButtonElement>(
      '[data-testid="keyframe-toggle"]',
    );
    expect(button?.disabled).toBe(true);
    rendered.unmount();
    const run = vi.fn();
    actions.register('keyframe.toggle', { run });
    rendered = await render(toolbar(actions));
    await click(rendered.container.querySelector('[data-testid="keyframe-toggle"]'));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('zooms by steps, from the menu, and names each platform', async () => {
    const zooms: CanvasZoom[] = [];
    const onPlatform = vi.fn();
    rendered = await render(
      toolbar(new ActionRegistry(), { onZoom: (z) => zooms.push(z), onPlatform }),
    );
    const { container } = rendered;
    await click(container.querySelector('[aria-label="Zoom in"]'));
    await click(container.querySelector('[aria-label="Zoom out"]'));
    select(container.querySelector('[data-testid="canvas-zoom"]'), '200%');
    expect(zooms).toEqual([0.33, 0.25, 2]);
    const platforms = container.querySelector<HTMLSelectElement>(
      '[aria-label="Safe zone platform"]',
    );
    expect(Array.from(platforms!.options).map((o) => o.textContent)).toEqual([
      'TikTok',
      'Instagram Reels',
      'YouTube Shorts',
    ]);
    select(platforms, 'shorts');
    expect(onPlatform).toHaveBeenCalledWith('shorts');
  });
});
