import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../../shared/commands';
import {
  blurAllUnreviewed,
  keepNoteProblem,
  reviewSummary,
  summaryText,
  trackConfidencePercent,
  tracksByMedia,
} from '../../../../../renderer/panels/privacy/face-tracks';
import { mediaAsset } from '../../support/documents';
import { faceTrack, scannedDoc } from './fixtures';

describe('face track helpers', () => {
  it('counts decisions into the summary line', () => {
    const tracks = [
      faceTrack('f1', [0], { decision: 'blur' }),
      faceTrack('f2', [0], { decision: 'keep', note: 'consent on file' }),
      faceTrack('f3', [0]),
      faceTrack('f4', [0]),
    ];
    const summary = reviewSummary(tracks);
    expect(summary).toEqual({ total: 4, blur: 1, keep: 1, unreviewed: 2 });
    expect(summaryText(summary)).toBe('4 faces: 1 to blur, 1 kept, 2 unreviewed');
    expect(summaryText(reviewSummary([tracks[0]!]))).toBe(
      '1 face: 1 to blur, 0 kept, 0 unreviewed',
    );
  });

  it('blurs only the unreviewed tracks', () => {
    const tracks = [
      faceTrack('f1', [0], { decision: 'blur' }),
      faceTrack('f2', [0]),
      faceTrack('f3', [0]),
    ];
    expect(blurAllUnreviewed(tracks)).toEqual([
      { name: 'privacy.decide', args: { trackId: 'f2', decision: 'blur' } },
      { name: 'privacy.decide', args: { trackId: 'f3', decision: 'blur' } },
    ]);
  });

  it('refuses a blank consent note', () => {
    expect(keepNoteProblem('  ')).toMatch(/Say why this face may be shown/);
    expect(keepNoteProblem('presenting clinician, consent on file')).toBeNull();
  });

  it('reports the best score as a percentage', () => {
    // Scores 0.5, 0.6, 0.7 (see fixtures).
    expect(trackConfidencePercent(faceTrack('f', [0, 100, 200]))).toBe(70);
  });

  it('groups tracks by media in bin order, each in time order', () => {
    const doc = scannedDoc([faceTrack('late', [5000]), faceTrack('early', [1000])]);
    const withOther = applyCommand(
      doc,
      invocation('media.import', { asset: mediaAsset('med_b') }),
    ).doc;
    const groups = tracksByMedia(withOther);
    expect(groups.map((g) => [g.asset.id, g.tracks.map((t) => t.id)])).toEqual([
      ['med_a', ['early', 'late']],
    ]);
  });
});
