import { invocation, type CommandInvocation } from '../../../shared/commands';
import type { BlurStyle, FaceTrack, MediaAsset, ProjectDocument } from '../../../shared/model';

export const BLUR_STYLE_LABELS: Record<BlurStyle, string> = {
  gaussian: 'Strong blur',
  pixelate: 'Pixelate',
  solid: 'Solid box',
};

export const BLUR_STYLES: readonly BlurStyle[] = ['gaussian', 'pixelate', 'solid'];

/** The detector's highest score over the track, as a whole percentage. */
export function trackConfidencePercent(track: FaceTrack): number {
  const best = Math.max(...track.samples.map((sample) => sample.score));
  return Math.round(best * 100);
}

export interface ReviewSummary {
  total: number;
  blur: number;
  keep: number;
  unreviewed: number;
}

export function reviewSummary(tracks: readonly FaceTrack[]): ReviewSummary {
  const count = (decision: FaceTrack['decision']) =>
    tracks.filter((track) => track.decision === decision).length;
  return {
    total: tracks.length,
    blur: count('blur'),
    keep: count('keep'),
    unreviewed: count('unreviewed'),
  };
}

export function summaryText(summary: ReviewSummary): string {
  const faces = `${summary.total} face${summary.total === 1 ? '' : 's'}`;
  return `${faces}: ${summary.blur} to blur, ${summary.keep} kept, ${summary.unreviewed} unreviewed`;
}

/** One privacy.decide per unreviewed track: dispatched together, they are one undo step. */
export function blurAllUnreviewed(tracks: readonly FaceTrack[]): CommandInvocation[] {
  return tracks
    .filter((track) => track.decision === 'unreviewed')
    .map((track) => invocation('privacy.decide', { trackId: track.id, decision: 'blur' }));
}

/** Why a consent note cannot be used, or null when it can. */
export function keepNoteProblem(note: string): string | null {
  return note.trim() === ''
    ? 'Say why this face may be shown, e.g. “presenting clinician, consent on file”.'
    : null;
}

export interface MediaTracks {
  asset: MediaAsset;
  tracks: FaceTrack[];
}

/** The face tracks grouped by media file (bin order), each group in time order. */
export function tracksByMedia(doc: ProjectDocument): MediaTracks[] {
  const groups: MediaTracks[] = [];
  for (const asset of doc.media) {
    const tracks = doc.privacy.faceTracks
      .filter((track) => track.mediaId === asset.id)
      .sort((a, b) => (a.samples[0]?.t ?? 0) - (b.samples[0]?.t ?? 0));
    if (tracks.length > 0) groups.push({ asset, tracks });
  }
  return groups;
}
