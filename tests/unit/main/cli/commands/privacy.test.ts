import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseBox, trackSummary } from '../../../../../main/cli/commands/privacy';
import type { FaceTrack } from '../../../../../shared/model';

describe('medclip privacy helpers', () => {
  it('parses X,Y,W,H boxes and refuses anything else', () => {
    expect(parseBox('10, 20,300,40.5')).toEqual({ x: 10, y: 20, width: 300, height: 40.5 });
    expect(() => parseBox('1,2,3')).toThrow(InvalidArgumentError);
    expect(() => parseBox('1,2,0,4')).toThrow(/positive/);
    expect(() => parseBox('a,b,c,d')).toThrow(/four numbers/);
  });

  it('lists a track with its blurred span and boxes in media pixels', () => {
    const track: FaceTrack = {
      id: 'face_1',
      mediaId: 'med_a',
      scanId: 'scan_1',
      samples: [
        { t: 400, box: { x: 10.04, y: 20, width: 50.26, height: 60 }, score: 0.91234 },
        { t: 600, box: { x: 12, y: 20, width: 50, height: 60 }, score: 0.8 },
      ],
      decision: 'unreviewed',
      blurStyle: 'gaussian',
    };
    expect(trackSummary(track, 5)).toEqual({
      id: 'face_1',
      mediaId: 'med_a',
      startMs: 300,
      endMs: 700,
      decision: 'unreviewed',
      samples: [
        { t: 400, score: 0.912, box: { x: 10, y: 20, width: 50.3, height: 60 } },
        { t: 600, score: 0.8, box: { x: 12, y: 20, width: 50, height: 60 } },
      ],
    });
  });
});
