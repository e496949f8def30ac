import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { applyCommand, type CommandInvocation } from '../../../shared/commands';
import { newId, type MediaAsset, type ProjectDocument } from '../../../shared/model';
import { inspectMediaFile, type InspectedMedia } from '../media/import';
import { generateThumbnails } from '../media/thumbnails';
import { generateWaveform } from '../media/waveform';
import { EngineError, toApiError } from '../errors';
import type { ProjectSession } from './session';

export interface ImportOutcome {
  step: { label: string; forward: CommandInvocation[]; inverse: CommandInvocation[] } | null;
  imported: { path: string; mediaId: string }[];
  errors: { path: string; code: string; message: string }[];
}

/** Files are inspected two at a time: probing is I/O bound, thumbnails use a core each. */
const PARALLEL_INSPECTIONS = 2;

async function inspectAll(
  paths: string[],
  cacheDir: string,
): Promise<{ ok: InspectedMedia[]; errors: ImportOutcome['errors'] }> {
  const results: (InspectedMedia | { path: string; code: string; message: string })[] = new Array(
    paths.length,
  );
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      const path = paths[i]!;
      try {
        results[i] = await inspectMediaFile(path, { cacheDir });
      } catch (err) {
        const e = toApiError(err);
        results[i] = { path, code: e.code, message: e.message };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_INSPECTIONS, paths.length) }, worker));
  const ok: InspectedMedia[] = [];
  const errors: ImportOutcome['errors'] = [];
  for (const r of results) {
    if ('probe' in r) ok.push(r);
    else errors.push(r);
  }
  return { ok, errors };
}

function assetFor(media: InspectedMedia): MediaAsset {
  return {
    id: newId('med'),
    name: basename(media.path),
    path: media.path,
    contentHash: media.contentHash,
    sizeBytes: media.sizeBytes,
    probe: media.probe,
  };
}

/**
 * Import files into a project as ONE undo step: each valid file becomes a media asset, and each
 * video (or still) is appended to the video track (audio goes to the audio track). Files that
 * fail are reported one by one; the valid ones are kept.
 */
export async function importMedia(
  session: ProjectSession,
  paths: string[],
): Promise<ImportOutcome> {
  const { ok, errors } = await inspectAll(paths, session.cacheDir);
  const invocations: CommandInvocation[] = [];
  const accepted: InspectedMedia[] = [];
  // Dry-run each command against the running document, so one refused file (e.g. a duplicate)
  // does not sink the others.
  let doc: ProjectDocument = session.document;
  for (const media of ok) {
    const invocation = {
      name: 'media.import',
      args: { asset: assetFor(media), clipId: newId('clip') },
    };
    try {
      doc = applyCommand(doc, invocation).doc;
      invocations.push(invocation);
      accepted.push(media);
    } catch (err) {
      const e = toApiError(err);
      errors.push({
        path: media.path,
        code: e.code,
        message: `${basename(media.path)}: ${e.message}`,
      });
    }
  }
  if (invocations.length === 0) return { step: null, imported: [], errors };

  const label =
    accepted.length === 1
      ? `Import ${basename(accepted[0]!.path)}`
      : `Import ${accepted.length} files`;
  const applied = session.apply(invocations, label, 'do');
  const imported: ImportOutcome['imported'] = [];
  for (const media of accepted) {
    const asset = session.document.media.find((m) => m.contentHash === media.contentHash);
    if (!asset) continue;
    imported.push({ path: media.path, mediaId: asset.id });
    const st = await stat(media.path);
    session.store.upsertMedia({
      mediaId: asset.id,
      path: media.path,
      contentHash: media.contentHash,
      size: media.sizeBytes,
      mtimeMs: Math.round(st.mtimeMs),
      probe: media.probe,
    });
  }
  return { step: { label, forward: applied.forward, inverse: applied.inverse }, imported, errors };
}

export function findAsset(session: ProjectSession, mediaId: string): MediaAsset {
  const asset = session.document.media.find((m) => m.id === mediaId);
  if (!asset) throw new EngineError('not-found', `No media "${mediaId}" in this project`);
  return asset;
}

/** What the media caches beside the project need to know of a file: where it is and what it is. */
export function cachedMediaSource(
  asset: MediaAsset,
  cacheDir: string,
): { path: string; probe: MediaAsset['probe']; contentHash: string; cacheDir: string } {
  return { path: asset.path, probe: asset.probe, contentHash: asset.contentHash, cacheDir };
}

/** The thumbnail strip as data URLs (small JPEGs, cached beside the project). */
export async function mediaThumbnails(session: ProjectSession, mediaId: string): Promise<string[]> {
  const asset = findAsset(session, mediaId);
  const { files } = await generateThumbnails(cachedMediaSource(asset, session.cacheDir));
  return Promise.all(
    files.map(async (f) => `data:image/jpeg;base64,${(await readFile(f)).toString('base64')}`),
  );
}

export async function mediaWaveform(
  session: ProjectSession,
  mediaId: string,
): Promise<{ peaksPerSecond: number; peaks: [number, number][] }> {
  const asset = findAsset(session, mediaId);
  const w = await generateWaveform(cachedMediaSource(asset, session.cacheDir));
  return { peaksPerSecond: w.peaksPerSecond, peaks: w.peaks };
}
