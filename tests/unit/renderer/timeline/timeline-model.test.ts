import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  buildTimelineRows,
  itemsInBox,
  LANE_HEIGHT,
  ROW_GAP,
} from '../../../../renderer/timeline/timeline-model';
import { timelineDocument } from './timeline-fixtures';

describe('assignLanes', () => {
  it('stacks overlapping spans and reuses a lane once it is free', () => {
    expect(
      assignLanes([
        { start: 0, end: 1000 },
        { start: 500, end: 1500 },
        { start: 1000, end: 2000 },
        { start: 600, end: 700 },
      ]),
    ).toEqual([0, 1, 0, 2]);
  });
});

describe('buildTimelineRows', () => {
  const rows = buildTimelineRows(timelineDocument());
  const row = (id: string) => rows.find((each) => each.id === id)!;

  it('has overlays, captions, video and audio, top to bottom', () => {
    expect(rows.map((each) => each.id)).toEqual(['overlays', 'captions', 'video', 'audio']);
    expect(row('captions').top).toBe(row('overlays').height + ROW_GAP);
  });

  it('labels items by what they are', () => {
    expect(row('video').items.map((item) => [item.key, item.label, item.start, item.end])).toEqual([
      ['clip:clip_a', 'knee.mp4', 0, 4000],
      ['clip:clip_b', 'hip.mp4', 4000, 6000],
    ]);
    expect(row('overlays').items.map((item) => item.label)).toEqual(['Knee joint', 'Badge 2']);
    expect(row('captions').items.map((item) => item.label)).toEqual(['Four ligaments', 'The ACL']);
    expect(row('audio').items[0]?.label).toBe('music.mp3');
  });

  it('gives overlapping overlays their own lanes and grows the row', () => {
    const overlays = row('overlays');
    expect(overlays.items.map((item) => item.lane)).toEqual([0, 1]);
    expect(overlays.height).toBe(2 * LANE_HEIGHT.overlays);
  });

  it('keeps the document objects, so unchanged items keep their identity', () => {
    const doc = timelineDocument();
    expect(buildTimelineRows(doc)[2]?.items[0]?.source).toBe(doc.tracks.video[0]);
  });
});

describe('itemsInBox', () => {
  it('finds the items a box touches, across tracks', () => {
    const rows = buildTimelineRows(timelineDocument());
    const video = rows.find((each) => each.id === 'video')!;
    const captions = rows.find((each) => each.id === 'captions')!;
    // 0.1 px/ms: from 3500 ms to 4200 ms, over the captions and video rows.
    const hits = itemsInBox(
      rows,
      { left: 350, right: 420, top: captions.top + 5, bottom: video.top + 5 },
      0.1,
    );
    expect(hits).toEqual([
      { kind: 'caption', id: 'cue_2' },
      { kind: 'clip', id: 'clip_a' },
      { kind: 'clip', id: 'clip_b' },
    ]);
  });
});
