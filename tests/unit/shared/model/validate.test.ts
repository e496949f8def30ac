import { describe, expect, it } from 'vitest';
import {
  findDocumentIssues,
  formatIssuePath,
  projectDocumentSchema,
} from '../../../../shared/model';
import type { ProjectDocument } from '../../../../shared/model';
import { sampleDoc, textOverlay } from '../fixtures';

function withTracks(
  doc: ProjectDocument,
  tracks: Partial<ProjectDocument['tracks']>,
): ProjectDocument {
  return { ...doc, tracks: { ...doc.tracks, ...tracks } };
}

/** Documents that break one rule each: item fields, cross references, the shell. */
function brokenDocs(): [string, unknown][] {
  const doc = sampleDoc();
  const [first, second] = doc.tracks.video;
  if (first === undefined || second === undefined) throw new Error('sample has two clips');
  return [
    ['clip out before in', withTracks(doc, { video: [{ ...first, out: first.in }, second] })],
    ['clips out of order', withTracks(doc, { video: [second, first] })],
    ['clip of unknown media', withTracks(doc, { video: [{ ...first, mediaId: 'nope' }, second] })],
    [
      'overlay keyframe past its end',
      withTracks(doc, {
        overlays: [
          {
            ...textOverlay('o', 0, 100),
            transform: [{ ...textOverlay('o').transform[0]!, t: 200 }],
          },
        ],
      }),
    ],
    ['no caption styles', { ...doc, captionStyles: [] }],
    ['wrong fps', { ...doc, format: { ...doc.format, fps: 12 } }],
    ['tracks missing', { ...doc, tracks: undefined }],
    ['not an object', 'doc'],
    ['duplicate media id', { ...doc, media: [...doc.media, doc.media[0]] }],
  ];
}

describe('findDocumentIssues', () => {
  it('finds nothing wrong with a valid document, like the schema', () => {
    expect(findDocumentIssues(sampleDoc())).toEqual([]);
    expect(projectDocumentSchema.safeParse(sampleDoc()).success).toBe(true);
  });

  it.each(brokenDocs())('agrees with the schema on: %s', (_label, doc) => {
    const issues = findDocumentIssues(doc);
    const result = projectDocumentSchema.safeParse(doc);
    expect(result.success).toBe(false);
    expect(issues.length).toBeGreaterThan(0);
    const schemaPaths = (result.error?.issues ?? []).map((issue) => formatIssuePath(issue.path));
    expect(schemaPaths).toContain(issues[0]?.path);
  });

  it('still checks references for items it has already seen valid', () => {
    const doc = sampleDoc();
    expect(findDocumentIssues(doc)).toEqual([]);
    // The same clip objects, now in a document without their media.
    const orphaned = { ...doc, media: doc.media.filter((asset) => asset.id !== 'med_a') };
    expect(findDocumentIssues(orphaned)).toEqual([
      { path: 'tracks.video[0].mediaId', message: 'media "med_a" is not in the project' },
    ]);
  });

  it('checks new items next to cached ones', () => {
    const doc = sampleDoc();
    expect(findDocumentIssues(doc)).toEqual([]);
    const [first, second] = doc.tracks.video;
    if (first === undefined || second === undefined) throw new Error('sample has two clips');
    const changed = withTracks(doc, { video: [first, { ...second, volume: 7 }] });
    expect(findDocumentIssues(changed).map((issue) => issue.path)).toEqual([
      'tracks.video[1].volume',
    ]);
  });
});
