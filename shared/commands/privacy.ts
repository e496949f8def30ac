import { z } from 'zod';
import type { ProjectDocument } from '../model/document';
import { idSchema } from '../model/common';
import {
  blurStyleSchema,
  faceDecisionSchema,
  faceTrackSchema,
  scanRecordSchema,
  type FaceTrack,
  type ScanRecord,
} from '../model/privacy';
import { carryDecisions } from '../privacy/carry-decisions';
import { defineCommand, invoke } from './define';
import { invalidArgs, preconditionFailed } from './errors';
import { replaceAt, requireEntry } from './update';

/** Privacy edits: scan results, per-track decisions, blur styles (regions: privacy-regions.ts). */

export function withPrivacy(
  doc: ProjectDocument,
  change: Partial<ProjectDocument['privacy']>,
): ProjectDocument {
  return { ...doc, privacy: { ...doc.privacy, ...change } };
}

/** The media file's scans and tracks replaced by the given ones (others untouched). */
function replaceMediaScans(
  doc: ProjectDocument,
  mediaId: string,
  scans: readonly ScanRecord[],
  tracks: readonly FaceTrack[],
): ProjectDocument {
  return withPrivacy(doc, {
    scans: [...doc.privacy.scans.filter((s) => s.mediaId !== mediaId), ...scans],
    faceTracks: [...doc.privacy.faceTracks.filter((t) => t.mediaId !== mediaId), ...tracks],
  });
}

export const privacyRestoreScansArgs = z.object({
  mediaId: idSchema,
  scans: z.array(scanRecordSchema),
  tracks: z.array(faceTrackSchema),
});

function mediaScansOf(
  doc: ProjectDocument,
  mediaId: string,
): z.input<typeof privacyRestoreScansArgs> {
  return {
    mediaId,
    scans: doc.privacy.scans.filter((s) => s.mediaId === mediaId),
    tracks: doc.privacy.faceTracks.filter((t) => t.mediaId === mediaId),
  };
}

/** Puts a media file's scans and tracks back as they were (the inverse of applyScan). */
export const privacyRestoreScans = defineCommand({
  name: 'privacy.restoreScans',
  label: 'Restore face scan',
  argsSchema: privacyRestoreScansArgs,
  perform(doc, { mediaId, scans, tracks }) {
    return {
      doc: replaceMediaScans(doc, mediaId, scans, tracks),
      inverse: invoke('privacy.restoreScans', privacyRestoreScansArgs, mediaScansOf(doc, mediaId)),
    };
  },
});

export const privacyApplyScanArgs = z.object({
  record: scanRecordSchema,
  tracks: z.array(faceTrackSchema),
});

/**
 * A finished scan of one media file: replaces that file's previous scan and tracks. Decisions
 * made on old tracks carry over to new tracks that follow the same face.
 */
export const privacyApplyScan = defineCommand({
  name: 'privacy.applyScan',
  label: 'Apply face scan',
  argsSchema: privacyApplyScanArgs,
  perform(doc, { record, tracks }) {
    requireEntry(doc.media, record.mediaId, 'media');
    const listed = new Set(record.trackIds);
    for (const track of tracks) {
      if (track.mediaId !== record.mediaId || track.scanId !== record.id || !listed.has(track.id)) {
        invalidArgs(`face track "${track.id}" does not belong to scan "${record.id}"`);
      }
    }
    if (listed.size !== tracks.length) {
      invalidArgs(
        `scan "${record.id}" lists ${listed.size} tracks but ${tracks.length} were given`,
      );
    }
    const previous = doc.privacy.faceTracks.filter((t) => t.mediaId === record.mediaId);
    return {
      doc: replaceMediaScans(doc, record.mediaId, [record], carryDecisions(previous, tracks)),
      inverse: invoke(
        'privacy.restoreScans',
        privacyRestoreScansArgs,
        mediaScansOf(doc, record.mediaId),
      ),
    };
  },
});

export const privacyDecideArgs = z.object({
  trackId: idSchema,
  decision: faceDecisionSchema,
  /** Why a face is kept (required for `keep`), e.g. "presenting clinician, consent on file". */
  note: z.string().max(2000).optional(),
});

export const privacyDecide = defineCommand({
  name: 'privacy.decide',
  label: 'Decide on face',
  argsSchema: privacyDecideArgs,
  perform(doc, { trackId, decision, note }) {
    const { index, item: track } = requireEntry(doc.privacy.faceTracks, trackId, 'face track');
    if (decision === 'keep' && (note ?? '').trim() === '') {
      invalidArgs('keeping a face unblurred needs a note saying why (e.g. "consent on file")');
    }
    const { note: _oldNote, ...rest } = track;
    const updated: FaceTrack = { ...rest, decision, ...(note !== undefined ? { note } : {}) };
    return {
      doc: withPrivacy(doc, { faceTracks: replaceAt(doc.privacy.faceTracks, index, updated) }),
      inverse: invoke('privacy.decide', privacyDecideArgs, {
        trackId,
        decision: track.decision,
        ...(track.note !== undefined ? { note: track.note } : {}),
      }),
    };
  },
});

export const privacySetBlurStyleArgs = z.object({
  /** A face track's or a manual region's id. */
  id: idSchema,
  style: blurStyleSchema,
});

export const privacySetBlurStyle = defineCommand({
  name: 'privacy.setBlurStyle',
  label: 'Set blur style',
  argsSchema: privacySetBlurStyleArgs,
  perform(doc, { id, style }) {
    const { faceTracks, manualRegions } = doc.privacy;
    const trackIndex = faceTracks.findIndex((t) => t.id === id);
    const regionIndex = manualRegions.findIndex((r) => r.id === id);
    const track = faceTracks[trackIndex];
    const region = manualRegions[regionIndex];
    let changed: ProjectDocument;
    let previous;
    if (track !== undefined) {
      previous = track.blurStyle;
      changed = withPrivacy(doc, {
        faceTracks: replaceAt(faceTracks, trackIndex, { ...track, blurStyle: style }),
      });
    } else if (region !== undefined) {
      previous = region.blurStyle;
      changed = withPrivacy(doc, {
        manualRegions: replaceAt(manualRegions, regionIndex, { ...region, blurStyle: style }),
      });
    } else {
      return preconditionFailed(`no face track or blur region "${id}"`);
    }
    return {
      doc: changed,
      inverse: invoke('privacy.setBlurStyle', privacySetBlurStyleArgs, { id, style: previous }),
    };
  },
});
