/**
 * Whether the canvas's "Blur region" tool is armed: the next drag on the footage draws a
 * manual blur region instead of picking or moving. View state, not document state; drawing a
 * region (or Escape) puts the tool down again.
 */
export class RegionTool {
  private armed = false;
  private readonly listeners = new Set<() => void>();

  getSnapshot = (): boolean => this.armed;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(armed: boolean): void {
    if (armed === this.armed) return;
    this.armed = armed;
    for (const listener of this.listeners) listener();
  }

  toggle(): void {
    this.set(!this.armed);
  }
}
