import { describe, expect, it } from 'vitest';
import {
  editPoints,
  nextEditPoint,
  previousEditPoint,
} from '../../../../renderer/canvas/edit-points';
import type { ProjectDocument } from '../../../../shared/model';
import { emptyDocument } from '../support/documents';

function documentWithItems(): ProjectDocument {
  const doc = emptyDocument();
  return {
    ...doc,
    tracks: {
      ...doc.tracks,
      video: [
        {
          id: 'c1',
          mediaId: 'm1',
          start: 0,
          in: 0,
          out: 3000,
          volume: 1,
          muted: false,
          reframe: { mode: 'fit-color', color: '#000000' },
        },
        {
          id: 'c2',
          mediaId: 'm1',
          start: 3000,
          in: 500,
          out: 2500,
          volume: 1,
          muted: false,
          reframe: { mode: 'fit-color', color: '#000000' },
        },
      ],
      audio: [
        {
          id: 'a1',
          mediaId: 'm2',
          start: 1234,
          in: 0,
          out: 1000,
          volume: 1,
          fadeInMs: 0,
          fadeOutMs: 0,
        },
      ],
    },
    markers: [{ id: 'mk1', time: 4321, label: 'Claim' }],
  } as ProjectDocument;
}

describe('editPoints', () => {
  it('lists clip edges, markers, marks and both ends once each, on the frame grid', () => {
    const points = editPoints(documentWithItems(), { markInMs: 400, markOutMs: null });
    // 1234 and 2234 (audio), 4321 (marker) land on the start of their frames at 30 fps.
    expect(points).toEqual([0, 400, 1233, 2233, 3000, 4300, 4966]);
  });

  it('steps to the previous and next point', () => {
    const points = [0, 1000, 3000, 4966];
    expect(nextEditPoint(points, 0)).toBe(1000);
    expect(nextEditPoint(points, 1500)).toBe(3000);
    expect(nextEditPoint(points, 4966)).toBeNull();
    expect(previousEditPoint(points, 3000)).toBe(1000);
    expect(previousEditPoint(points, 3001)).toBe(3000);
    expect(previousEditPoint(points, 0)).toBeNull();
  });

  it('has only the start on an empty timeline', () => {
    expect(editPoints(emptyDocument())).toEqual([0]);
  });
});
