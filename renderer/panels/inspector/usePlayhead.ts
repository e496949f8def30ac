import { useRef, useSyncExternalStore } from 'react';
import type { PreviewClock } from '../../canvas/preview-clock';
import { frameAt, frameStartMs } from '../../canvas/timecode';

/**
 * A value derived from the playhead, re-rendering only the calling component and only when
 * the derived value changes (by `equals`): a section showing a static overlay does not
 * re-render while the preview plays, an animated one re-renders once per frame. The playhead
 * is taken at the start of its frame, as the preview draws it.
 */
export function usePlayheadValue<T>(
  clock: PreviewClock,
  fps: number,
  select: (frameTimeMs: number) => T,
  equals: (a: T, b: T) => boolean = Object.is,
): T {
  const latest = useRef({ select, equals });
  latest.current = { select, equals };
  const cache = useRef<{ value: T } | null>(null);
  const getSnapshot = () => {
    const next = latest.current.select(frameStartMs(frameAt(clock.timeMs, fps), fps));
    const cached = cache.current;
    if (cached !== null && latest.current.equals(cached.value, next)) return cached.value;
    cache.current = { value: next };
    return next;
  };
  return useSyncExternalStore(clock.subscribe, getSnapshot);
}

/** Shallow equality of flat records, for selectors that return small objects. */
export function sameFields<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}
