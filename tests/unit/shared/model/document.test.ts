import { describe, expect, it } from 'vitest';
import {
  createDocument,
  DocumentValidationError,
  projectDocumentSchema,
  SCHEMA_VERSION,
  staticTransform,
  NO_ANIMATION,
} from '../../../../shared/model';
import type { ProjectDocument } from '../../../../shared/model';
import { asset, hashOf, sampleDoc, textOverlay } from '../fixtures';

/** Validation messages for `doc`, as "path: message" strings. */
function problems(doc: unknown): string[] {
  const result = projectDocumentSchema.safeParse(doc);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

function withTracks(
  doc: ProjectDocument,
  tracks: Partial<ProjectDocument['tracks']>,
): ProjectDocument {
  return { ...doc, tracks: { ...doc.tracks, ...tracks } };
}

describe('createDocument', () => {
  it('makes an empty, valid 1080x1920 project with styles and a brand kit', () => {
    const doc = createDocument({ id: 'prj_1', name: 'Hand hygiene' });
    expect(doc).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      id: 'prj_1',
      name: 'Hand hygiene',
      format: { width: 1080, height: 1920, fps: 30 },
      media: [],
      tracks: { video: [], audio: [], captions: [], overlays: [] },
      markers: [],
      citations: [],
      privacy: { scans: [], faceTracks: [], manualRegions: [] },
    });
    expect(doc.captionStyles.length).toBeGreaterThan(0);
    expect(doc.brandKit.fontFamily).toBe('TikTok Sans');
    expect(doc.medicalReview).toBeUndefined();
    expect(problems(doc)).toEqual([]);
  });

  it('is deterministic (no clock, no randomness) and takes an fps', () => {
    expect(createDocument({ id: 'p', name: 'n' })).toStrictEqual(
      createDocument({ id: 'p', name: 'n' }),
    );
    expect(createDocument({ id: 'p', name: 'n', fps: 25 }).format.fps).toBe(25);
  });

  it('refuses a bad id or a blank name with a typed error', () => {
    expect(() => createDocument({ id: 'bad id', name: 'x' })).toThrow(DocumentValidationError);
    expect(() => createDocument({ id: 'p', name: ' ' })).toThrow(/name: must not be blank/);
  });

  it('survives a JSON round trip unchanged', () => {
    const doc = sampleDoc();
    expect(projectDocumentSchema.parse(JSON.parse(JSON.stringify(doc)))).toStrictEqual(doc);
  });
});

describe('document invariants', () => {
  const doc = sampleDoc();

  it('accepts the sample document', () => {
    expect(problems(doc)).toEqual([]);
  });

  it('refuses repeated ids within a collection', () => {
    const media = [...doc.media, { ...asset('med_a'), contentHash: hashOf('other') }];
    expect(problems({ ...doc, media })).toEqual(['media.4.id: duplicate id "med_a"']);
    const markers = [
      { id: 'm', time: 0, label: '' },
      { id: 'm', time: 5, label: '' },
    ];
    expect(problems({ ...doc, markers })).toEqual(['markers.1.id: duplicate id "m"']);
  });

  it('wants video clips in start order without overlaps', () => {
    const [first, second] = doc.tracks.video;
    if (first === undefined || second === undefined) throw new Error('sample has two clips');
    expect(problems(withTracks(doc, { video: [second, first] }))[0]).toMatch(
      /^tracks\.video\.1\.start: clip "clip_1" starts at 0 ms, before clip "clip_2" ends/,
    );
    const overlapping = { ...second, start: first.start + 100 };
    expect(problems(withTracks(doc, { video: [first, overlapping] }))[0]).toMatch(
      /before clip "clip_1" ends \(4000 ms\)/,
    );
  });

  it('checks clip media: present, with a picture, long enough', () => {
    const [first] = doc.tracks.video;
    if (first === undefined) throw new Error('sample has clips');
    expect(problems(withTracks(doc, { video: [{ ...first, mediaId: 'nope' }] }))).toEqual([
      'tracks.video.0.mediaId: media "nope" is not in the project',
    ]);
    expect(problems(withTracks(doc, { video: [{ ...first, mediaId: 'med_music' }] }))[0]).toMatch(
      /has no picture/,
    );
    expect(problems(withTracks(doc, { video: [{ ...first, out: 10_001 }] }))[0]).toMatch(
      /past the end of "med_a.mp4" \(10000 ms\)/,
    );
    // A still image has no length to run past.
    expect(
      problems(withTracks(doc, { video: [{ ...first, mediaId: 'med_logo', out: 60_000 }] })),
    ).toEqual([]);
  });

  it('checks audio clips point at media with sound', () => {
    const audio = {
      id: 'aud_1',
      mediaId: 'med_logo',
      start: 0,
      in: 0,
      out: 1000,
      volume: 1,
      fadeInMs: 0,
      fadeOutMs: 0,
    };
    expect(problems(withTracks(doc, { audio: [audio] }))).toEqual([
      'tracks.audio.0.mediaId: "logo.png" has no audio',
    ]);
    expect(problems(withTracks(doc, { audio: [{ ...audio, mediaId: 'med_music' }] }))).toEqual([]);
  });

  it('checks caption styles and citations exist', () => {
    const cue = {
      id: 'cue_1',
      start: 0,
      end: 1000,
      text: 'Hi',
      styleId: 'style-nope',
      citationIds: ['cit_x'],
    };
    expect(problems(withTracks(doc, { captions: [cue] }))).toEqual([
      'tracks.captions.0.styleId: caption style "style-nope" does not exist',
      'tracks.captions.0.citationIds.0: citation "cit_x" does not exist',
    ]);
    expect(problems({ ...doc, captionStyles: [] })[0]).toMatch(/^captionStyles/);
  });

  it('checks image overlays, citation chips and the brand logo', () => {
    const image = { ...textOverlay('o1'), kind: 'image', mediaId: 'med_a', widthPx: 200 };
    const chip = {
      id: 'o2',
      kind: 'citationChip',
      citationId: 'cit_x',
      start: 0,
      end: 500,
      transform: staticTransform(),
      enter: NO_ANIMATION,
      exit: NO_ANIMATION,
    };
    expect(
      problems(
        withTracks(doc, { overlays: [image, chip] as ProjectDocument['tracks']['overlays'] }),
      ),
    ).toEqual([
      'tracks.overlays.0.mediaId: "med_a" is not an image in the media list',
      'tracks.overlays.1.citationId: citation "cit_x" does not exist',
    ]);
    expect(problems({ ...doc, brandKit: { ...doc.brandKit, logoMediaId: 'med_a' } })).toHaveLength(
      1,
    );
    expect(problems({ ...doc, brandKit: { ...doc.brandKit, logoMediaId: 'med_logo' } })).toEqual(
      [],
    );
  });

  it('checks privacy records point at their media, scans and tracks', () => {
    const scan = {
      id: 'scan_1',
      mediaId: 'med_a',
      contentHash: hashOf('med_a'),
      mode: 'fast',
      settingsKey: 'k',
      sampleRate: 5,
      finishedAt: '2025-01-01T00:00:00Z',
      trackIds: ['face_1', 'face_ghost'],
    } as const;
    const track = {
      id: 'face_1',
      mediaId: 'med_b',
      scanId: 'scan_1',
      samples: [{ t: 0, box: { x: 0, y: 0, width: 10, height: 10 }, score: 1 }],
      decision: 'unreviewed',
      blurStyle: 'pixelate',
    } as const;
    const region = {
      id: 'reg_1',
      mediaId: 'med_gone',
      startMs: 0,
      endMs: 1000,
      keyframes: [{ t: 0, box: track.samples[0].box }],
      blurStyle: 'solid',
    } as const;
    expect(
      problems({
        ...doc,
        privacy: { scans: [scan], faceTracks: [track], manualRegions: [region] },
      }),
    ).toEqual([
      'privacy.scans.0.trackIds.1: face track "face_ghost" does not belong to this scan',
      'privacy.faceTracks.0.mediaId: the track\'s media differs from its scan\'s ("med_a")',
      'privacy.manualRegions.0.mediaId: media "med_gone" is not in the project',
    ]);
    const fixed = {
      scans: [{ ...scan, trackIds: ['face_1'] }],
      faceTracks: [{ ...track, mediaId: 'med_a' }],
      manualRegions: [],
    };
    expect(problems({ ...doc, privacy: fixed })).toEqual([]);
  });

  it('accepts an optional medical review with an ISO date', () => {
    const medicalReview = {
      reviewer: 'Dr A. Jones',
      role: 'Consultant cardiologist',
      date: '2025-02-28',
      notes: '',
    };
    expect(problems({ ...doc, medicalReview })).toEqual([]);
    expect(
      problems({ ...doc, medicalReview: { ...medicalReview, date: '28/02/2025' } }),
    ).toHaveLength(1);
  });

  it('refuses another schema version and unknown fps', () => {
    expect(problems({ ...doc, schemaVersion: SCHEMA_VERSION + 1 })).toHaveLength(1);
    expect(problems({ ...doc, schemaVersion: SCHEMA_VERSION - 1 })).toHaveLength(1);
    expect(problems({ ...doc, format: { ...doc.format, fps: 29.97 } })).toHaveLength(1);
  });
});
