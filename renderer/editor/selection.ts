import { useSyncExternalStore } from 'react';
import type { ProjectDocument } from '../../shared/model';

/**
 * What can be selected: timeline items and canvas objects share one selection. `region` is a
 * manual blur region (doc.privacy.manualRegions), picked in the Privacy panel or on the canvas.
 */
export type SelectionKind = 'clip' | 'audio' | 'overlay' | 'caption' | 'marker' | 'region';

export interface SelectedItem {
  readonly kind: SelectionKind;
  readonly id: string;
}

export type Selection = readonly SelectedItem[];

const same = (a: SelectedItem, b: SelectedItem) => a.kind === b.kind && a.id === b.id;

/** The ids of each kind that exist in `doc`. */
function existingIds(doc: ProjectDocument): Record<SelectionKind, Set<string>> {
  const ids = <T extends { id: string }>(items: readonly T[]) => new Set(items.map((i) => i.id));
  return {
    clip: ids(doc.tracks.video),
    audio: ids(doc.tracks.audio),
    overlay: ids(doc.tracks.overlays),
    caption: ids(doc.tracks.captions),
    marker: ids(doc.markers),
    region: ids(doc.privacy.manualRegions),
  };
}

/**
 * The editor's selection, shared by the timeline, the canvas and the inspector. It is view
 * state, not document state: it is not undone and not saved, and items that leave the
 * document (undo of an add, delete) drop out of it through `prune`.
 */
export class SelectionStore {
  private items: Selection = [];
  private readonly listeners = new Set<() => void>();

  getSnapshot = (): Selection => this.items;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(items: Selection): void {
    const unique: SelectedItem[] = [];
    for (const item of items) if (!unique.some((u) => same(u, item))) unique.push(item);
    if (unique.length === this.items.length && unique.every((u, i) => same(u, this.items[i]!))) {
      return;
    }
    this.items = unique;
    for (const listener of this.listeners) listener();
  }

  /** Replaces the selection with one item (a plain click). */
  select(item: SelectedItem): void {
    this.set([item]);
  }

  /** Adds or removes one item (Shift/Cmd-click). */
  toggle(item: SelectedItem): void {
    this.set(this.has(item) ? this.items.filter((i) => !same(i, item)) : [...this.items, item]);
  }

  clear(): void {
    this.set([]);
  }

  has(item: SelectedItem): boolean {
    return this.items.some((i) => same(i, item));
  }

  /** The selected ids of one kind, in selection order. */
  idsOf(kind: SelectionKind): string[] {
    return this.items.filter((i) => i.kind === kind).map((i) => i.id);
  }

  /** Drops items that no longer exist in `doc`. */
  prune(doc: ProjectDocument): void {
    const existing = existingIds(doc);
    const kept = this.items.filter((i) => existing[i.kind].has(i.id));
    if (kept.length !== this.items.length) this.set(kept);
  }
}

export function useSelection(store: SelectionStore): Selection {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
