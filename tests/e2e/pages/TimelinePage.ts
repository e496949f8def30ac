import { expect, type Locator, type Page } from '@playwright/test';

export type TimelineItemKind = 'clip' | 'audio' | 'overlay' | 'caption';

/**
 * The timeline: its tracks and items, the ruler with the playhead and markers, the toolbar and
 * the zoom. Items carry their span as data attributes (`data-start-ms`, `data-end-ms`), which is
 * what the tests read back; every interaction is a real pointer or key action.
 */
export class TimelinePage {
  readonly root: Locator;
  readonly ruler: Locator;
  readonly playhead: Locator;
  readonly zoomSlider: Locator;
  readonly markers: Locator;
  readonly snapLine: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Timeline' });
    this.ruler = page.getByTestId('timeline-ruler');
    this.playhead = page.getByTestId('timeline-playhead');
    this.zoomSlider = page.getByRole('slider', { name: 'Timeline zoom' });
    this.markers = page.getByTestId('timeline-marker');
    this.snapLine = page.getByTestId('timeline-snap-line');
  }

  items(kind: TimelineItemKind): Locator {
    return this.root.getByTestId(kind === 'clip' ? 'timeline-clip' : `timeline-${kind}`);
  }

  /** `start-end` of each item of a kind, in track order, e.g. ['0-3000', '3000-6000']. */
  async spans(kind: TimelineItemKind): Promise<string[]> {
    return this.items(kind).evaluateAll((elements) =>
      elements.map((e) => `${e.getAttribute('data-start-ms')}-${e.getAttribute('data-end-ms')}`),
    );
  }

  async expectSpans(kind: TimelineItemKind, spans: string[]): Promise<void> {
    await expect.poll(() => this.spans(kind)).toEqual(spans);
  }

  async pxPerMs(): Promise<number> {
    return Number(await this.ruler.getAttribute('data-px-per-ms'));
  }

  /** Presses the ruler at `ms` (the part in view), which moves the playhead there. */
  async seek(ms: number): Promise<void> {
    const box = await this.box(this.ruler);
    await this.page.mouse.click(box.x + ms * (await this.pxPerMs()), box.y + box.height / 2);
    await expect
      .poll(async () => Number(await this.playhead.getAttribute('data-time-ms')))
      .toBeCloseTo(ms, -2);
  }

  async select(item: Locator, modifiers: ('Shift' | 'Control')[] = []): Promise<void> {
    await item.click({ modifiers });
    await expect(item).toHaveAttribute('data-selected', 'true');
  }

  /** Drags the item's middle sideways by `deltaMs` of timeline time, in small steps. */
  async dragBy(item: Locator, deltaMs: number): Promise<void> {
    const box = await this.box(item);
    const y = box.y + box.height / 2;
    await this.drag(box.x + box.width / 2, y, deltaMs);
  }

  /** Drags the trim handle at one end of the item by `deltaMs`. */
  async trimBy(item: Locator, edge: 'start' | 'end', deltaMs: number): Promise<void> {
    const handle = await this.box(item.getByTestId(edge === 'start' ? 'trim-start' : 'trim-end'));
    // Pressed on the item's very edge, so the distance moved is the distance trimmed.
    const x = edge === 'start' ? handle.x + 1 : handle.x + handle.width - 1;
    await this.drag(x, handle.y + handle.height / 2, deltaMs);
  }

  /** Ctrl+wheel over the tracks (what a trackpad pinch sends): negative `notches` zoom in. */
  async wheelZoom(notches: number): Promise<void> {
    const box = await this.box(this.root.getByTestId('timeline-scroller'));
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.keyboard.down('Control');
    for (let i = 0; i < Math.abs(notches); i += 1) {
      await this.page.mouse.wheel(0, Math.sign(notches) * 100);
    }
    await this.page.keyboard.up('Control');
  }

  toolbarButton(label: string): Locator {
    return this.root.getByRole('toolbar', { name: 'Timeline tools' }).getByRole('button', {
      name: label,
      exact: true,
    });
  }

  private async drag(x: number, y: number, deltaMs: number): Promise<void> {
    const dx = deltaMs * (await this.pxPerMs());
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + Math.sign(dx) * 4, y, { steps: 2 });
    await this.page.mouse.move(x + dx, y, { steps: 12 });
    await this.page.mouse.up();
  }

  private async box(locator: Locator) {
    const box = await locator.boundingBox();
    if (box === null) throw new Error('the timeline element is not visible');
    return box;
  }
}
