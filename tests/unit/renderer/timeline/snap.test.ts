import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectSnapTargets, snapDelta } from '../../../../renderer/timeline/snap';
import type { SnapTarget } from '../../../../renderer/timeline/snap';

const edge = (timeMs: number): SnapTarget => ({ timeMs, kind: 'edge' });

describe('snapDelta', () => {
  it('pulls the nearest moving edge onto a target in reach', () => {
    // An item 1000-3000 dragged right by 1960 ms: its end (4960) snaps to 5000.
    const result = snapDelta([1000, 3000], 1960, [edge(5000), edge(9000)], 100);
    expect(result).toEqual({ deltaMs: 2000, snappedTo: edge(5000) });
  });

  it('leaves the delta alone when nothing is within the threshold', () => {
    expect(snapDelta([1000], 500, [edge(1800)], 100)).toEqual({ deltaMs: 500, snappedTo: null });
  });

  it('uses whichever edge is closest, start or end', () => {
    const result = snapDelta([0, 2000], 1030, [edge(1000), edge(3050)], 100);
    // Start would move 30 ms to 1000; end only 20 ms to 3050.
    expect(result.deltaMs).toBe(1050);
    expect(result.snappedTo?.timeMs).toBe(3050);
  });

  it('prefers the playhead over an edge at the same distance', () => {
    const playhead: SnapTarget = { timeMs: 1100, kind: 'playhead' };
    const result = snapDelta([1000], 50, [edge(1000), playhead], 60);
    expect(result.snappedTo).toEqual(playhead);
    expect(result.deltaMs).toBe(100);
  });

  it('never moves an edge further than the threshold (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: -50_000, max: 50_000 }),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 10 }),
        fc.integer({ min: 0, max: 500 }),
        (edges, delta, times, threshold) => {
          const result = snapDelta(edges, delta, times.map(edge), threshold);
          expect(Math.abs(result.deltaMs - delta)).toBeLessThanOrEqual(threshold);
          if (result.snappedTo !== null) {
            expect(edges.some((e) => e + result.deltaMs === result.snappedTo!.timeMs)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('collectSnapTargets', () => {
  it('gathers the start, other edges, markers and the playhead, without the dragged items', () => {
    const targets = collectSnapTargets({
      items: [
        { key: 'clip:a', start: 0, end: 4000 },
        { key: 'clip:b', start: 4000, end: 9000 },
        { key: 'caption:c', start: 1000, end: 2500 },
      ],
      excluded: new Set(['clip:b']),
      markers: [{ key: 'marker:m', time: 2500 }],
      playheadMs: 3000,
    });
    expect(targets).toEqual([
      { timeMs: 0, kind: 'edge' },
      { timeMs: 1000, kind: 'edge' },
      { timeMs: 2500, kind: 'marker' },
      { timeMs: 3000, kind: 'playhead' },
      { timeMs: 4000, kind: 'edge' },
    ]);
  });
});
