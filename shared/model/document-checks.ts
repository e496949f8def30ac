import type { z } from 'zod';
import type { projectDocumentObjectSchema } from './document';
import type { MediaAsset } from './media';

type DocumentFields = z.infer<typeof projectDocumentObjectSchema>;
type Path = (string | number)[];
export type ReportIssue = (path: Path, message: string) => void;

/**
 * Invariants across fields: unique ids, references that resolve, the video track's order. All
 * are linear in the number of items (never in face samples), so every command can afford them.
 */
export function checkDocumentInvariants(doc: DocumentFields, issue: ReportIssue): void {
  checkUniqueIds(doc, issue);
  const media = new Map(doc.media.map((asset) => [asset.id, asset]));
  checkVideoTrack(doc, media, issue);
  checkAudioTrack(doc, media, issue);
  checkCaptionsAndOverlays(doc, media, issue);
  checkPrivacy(doc, media, issue);
  const logoId = doc.brandKit.logoMediaId;
  if (logoId !== undefined && media.get(logoId)?.probe.kind !== 'image') {
    issue(['brandKit', 'logoMediaId'], `logo "${logoId}" is not an image in the media list`);
  }
}

type Report = ReportIssue;

function checkUniqueIds(doc: DocumentFields, issue: Report): void {
  const collections: [Path, readonly { id: string }[]][] = [
    [['media'], doc.media],
    [['tracks', 'video'], doc.tracks.video],
    [['tracks', 'audio'], doc.tracks.audio],
    [['tracks', 'captions'], doc.tracks.captions],
    [['tracks', 'overlays'], doc.tracks.overlays],
    [['markers'], doc.markers],
    [['captionStyles'], doc.captionStyles],
    [['citations'], doc.citations],
    [['privacy', 'scans'], doc.privacy.scans],
    [['privacy', 'faceTracks'], doc.privacy.faceTracks],
    [['privacy', 'manualRegions'], doc.privacy.manualRegions],
  ];
  for (const [path, items] of collections) {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) issue([...path, index, 'id'], `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
  }
}

function checkSourceRange(
  clip: { mediaId: string; out: number },
  asset: MediaAsset,
  path: Path,
  issue: Report,
): void {
  if (asset.probe.kind !== 'image' && clip.out > asset.probe.durationMs) {
    issue(
      [...path, 'out'],
      `out (${clip.out} ms) is past the end of "${asset.name}" (${asset.probe.durationMs} ms)`,
    );
  }
}

function checkVideoTrack(doc: DocumentFields, media: Map<string, MediaAsset>, issue: Report): void {
  let previousEnd = -1;
  let previousId = '';
  doc.tracks.video.forEach((clip, index) => {
    const path: Path = ['tracks', 'video', index];
    const asset = media.get(clip.mediaId);
    if (asset === undefined) {
      issue([...path, 'mediaId'], `media "${clip.mediaId}" is not in the project`);
    } else if (asset.probe.kind === 'audio') {
      issue([...path, 'mediaId'], `"${asset.name}" has no picture; put it on the audio track`);
    } else {
      checkSourceRange(clip, asset, path, issue);
    }
    if (clip.start < previousEnd) {
      issue(
        [...path, 'start'],
        `clip "${clip.id}" starts at ${clip.start} ms, before clip "${previousId}" ends (${previousEnd} ms)`,
      );
    }
    previousEnd = Math.max(previousEnd, clip.start + (clip.out - clip.in));
    previousId = clip.id;
  });
}

function checkAudioTrack(doc: DocumentFields, media: Map<string, MediaAsset>, issue: Report): void {
  doc.tracks.audio.forEach((clip, index) => {
    const path: Path = ['tracks', 'audio', index];
    const asset = media.get(clip.mediaId);
    if (asset === undefined) {
      issue([...path, 'mediaId'], `media "${clip.mediaId}" is not in the project`);
    } else if (!asset.probe.hasAudio) {
      issue([...path, 'mediaId'], `"${asset.name}" has no audio`);
    } else {
      checkSourceRange(clip, asset, path, issue);
    }
  });
}

function checkCaptionsAndOverlays(
  doc: DocumentFields,
  media: Map<string, MediaAsset>,
  issue: Report,
): void {
  const styleIds = new Set(doc.captionStyles.map((style) => style.id));
  const citationIds = new Set(doc.citations.map((citation) => citation.id));
  doc.tracks.captions.forEach((cue, index) => {
    const path: Path = ['tracks', 'captions', index];
    if (!styleIds.has(cue.styleId)) {
      issue([...path, 'styleId'], `caption style "${cue.styleId}" does not exist`);
    }
    cue.citationIds.forEach((citationId, at) => {
      if (!citationIds.has(citationId)) {
        issue([...path, 'citationIds', at], `citation "${citationId}" does not exist`);
      }
    });
  });
  doc.tracks.overlays.forEach((overlay, index) => {
    const path: Path = ['tracks', 'overlays', index];
    if (overlay.kind === 'image' && media.get(overlay.mediaId)?.probe.kind !== 'image') {
      issue([...path, 'mediaId'], `"${overlay.mediaId}" is not an image in the media list`);
    }
    if (overlay.kind === 'citationChip' && !citationIds.has(overlay.citationId)) {
      issue([...path, 'citationId'], `citation "${overlay.citationId}" does not exist`);
    }
  });
}

function checkPrivacy(doc: DocumentFields, media: Map<string, MediaAsset>, issue: Report): void {
  const { scans, faceTracks, manualRegions } = doc.privacy;
  const scansById = new Map(scans.map((scan) => [scan.id, scan]));
  const tracksById = new Map(faceTracks.map((track) => [track.id, track]));
  scans.forEach((scan, index) => {
    const path: Path = ['privacy', 'scans', index];
    if (!media.has(scan.mediaId))
      issue([...path, 'mediaId'], `media "${scan.mediaId}" is not in the project`);
    scan.trackIds.forEach((trackId, at) => {
      if (tracksById.get(trackId)?.scanId !== scan.id) {
        issue([...path, 'trackIds', at], `face track "${trackId}" does not belong to this scan`);
      }
    });
  });
  faceTracks.forEach((track, index) => {
    const path: Path = ['privacy', 'faceTracks', index];
    const scan = scansById.get(track.scanId);
    if (scan === undefined) {
      issue([...path, 'scanId'], `scan "${track.scanId}" does not exist`);
    } else if (scan.mediaId !== track.mediaId) {
      issue([...path, 'mediaId'], `the track's media differs from its scan's ("${scan.mediaId}")`);
    }
  });
  manualRegions.forEach((region, index) => {
    if (!media.has(region.mediaId)) {
      issue(
        ['privacy', 'manualRegions', index, 'mediaId'],
        `media "${region.mediaId}" is not in the project`,
      );
    }
  });
}
