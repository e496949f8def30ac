import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSubtitles } from '../../../../../shared/captions';
import {
  createDocument,
  projectDocumentSchema,
  type ProjectDocument,
} from '../../../../../shared/model';
import { writeSidecars } from '../../../../../main/engine/export';
import { tempDir } from '../../../../support/temp';

/**
 * The "exported video": 5 s at 10 fps whose frame n is a flat grey of level 5n, so a frame's
 * brightness tells which frame it is.
 */
const FPS = 10;
const GREY_STEP = 5;

function makeNumberedVideo(dir: string): string {
  const out = join(dir, 'export.mp4');
  execFileSync('ffmpeg', [
    '-hide_banner',
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `color=c=black:s=108x192:r=${FPS}:d=5,format=gray,geq=lum='N*${GREY_STEP}'`,
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-qp',
    '0',
    '-pix_fmt',
    'yuv420p',
    out,
  ]);
  return out;
}

/** Mean grey level of an image or of frame `frame` of a video. */
function meanGrey(file: string, frame?: number): number {
  const select = frame === undefined ? [] : ['-vf', `select=eq(n\\,${frame})`];
  const raw = execFileSync('ffmpeg', [
    '-hide_banner',
    '-v',
    'error',
    '-i',
    file,
    ...select,
    '-frames:v',
    '1',
    '-pix_fmt',
    'gray',
    '-f',
    'rawvideo',
    'pipe:1',
  ]);
  return raw.reduce((sum, value) => sum + value, 0) / raw.length;
}

function probeSize(file: string): string {
  return execFileSync('ffprobe', [
    '-v',
    'error',
    '-select_streams',
    'v:0',
    '-show_entries',
    'stream=width,height',
    '-of',
    'csv=p=0',
    file,
  ])
    .toString()
    .trim();
}

function documentWith(
  captions: { start: number; end: number; text: string; cite?: string[] }[],
): ProjectDocument {
  const base = createDocument({ id: 'prj_sidecars000', name: 'Knee anatomy' });
  return projectDocumentSchema.parse({
    ...base,
    tracks: {
      ...base.tracks,
      captions: captions.map((cue, i) => ({
        id: `cue_${String(i).padStart(12, '0')}`,
        start: cue.start,
        end: cue.end,
        text: cue.text,
        styleId: base.captionStyles[0]!.id,
        citationIds: cue.cite ?? [],
      })),
    },
    citations: [
      {
        id: 'cit_unused000000',
        csl: {
          type: 'book',
          title: 'Gray’s anatomy',
          publisher: 'Elsevier',
          issued: { 'date-parts': [[2020]] },
        },
      },
      {
        id: 'cit_acl000000000',
        csl: {
          type: 'article-journal',
          title: 'Anterior cruciate ligament injuries',
          author: [
            { family: 'Musahl', given: 'Volker' },
            { family: 'Karlsson', given: 'Jón' },
          ],
          'container-title': 'New England Journal of Medicine',
          'container-title-short': 'N Engl J Med',
          issued: { 'date-parts': [[2019, 6, 13]] },
          volume: '380',
          issue: 24,
          page: '2341-2348',
          DOI: '10.1056/NEJMra1805931',
        },
      },
    ],
  });
}

let tmp: ReturnType<typeof tempDir>;
let video: string;

beforeAll(() => {
  tmp = tempDir('medclip-sidecars-');
  video = makeNumberedVideo(tmp.dir);
});
afterAll(() => tmp.cleanup());

describe('writeSidecars', () => {
  it('writes captions, description and a cover from the first captioned frame beside the video', async () => {
    // Out of order on purpose: files list cues by time.
    const doc = documentWith([
      {
        start: 3000,
        end: 4000,
        text: 'Torn: "ACL" {grade 2} 50% \\ 😀',
        cite: ['cit_acl000000000'],
      },
      { start: 1234, end: 2500, text: 'The knee <joint> & its ligaments' },
    ]);
    const written = await writeSidecars({
      doc,
      videoPath: video,
      extraHashtags: ['#orthopaedics', 'Knee anatomy'],
    });
    expect(written).toEqual({
      srt: join(tmp.dir, 'export.srt'),
      vtt: join(tmp.dir, 'export.vtt'),
      description: join(tmp.dir, 'export.txt'),
      cover: join(tmp.dir, 'export.jpg'),
      coverAtMs: 1234,
    });
    const expectedCues = [
      { start: 1234, end: 2500, text: 'The knee <joint> & its ligaments' },
      { start: 3000, end: 4000, text: 'Torn: "ACL" {grade 2} 50% \\ 😀' },
    ];
    for (const file of [written.srt!, written.vtt!]) {
      expect(parseSubtitles(readFileSync(file, 'utf8'), { fileName: file })).toMatchObject({
        cues: expectedCues,
        problems: [],
      });
    }
    expect(readFileSync(written.vtt!, 'utf8')).toContain(
      'The knee &lt;joint&gt; &amp; its ligaments',
    );
    expect(readFileSync(written.description, 'utf8')).toBe(
      [
        'Knee anatomy',
        '',
        '#health #medicine #KneeAnatomy #orthopaedics',
        '',
        'References',
        '1. Musahl V, Karlsson J. Anterior cruciate ligament injuries. N Engl J Med. 2019 Jun 13;380(24):2341–8. doi:10.1056/NEJMra1805931',
        '2. Gray’s anatomy. Elsevier; 2020.',
        '',
      ].join('\n'),
    );
    // The cue starts at 1.234 s: the first frame shown from then on is frame 13 (1.3 s).
    const cover = meanGrey(written.cover);
    expect(Math.abs(cover - meanGrey(video, 13))).toBeLessThan(1.5);
    expect(Math.abs(cover - meanGrey(video, 12))).toBeGreaterThan(3);
    expect(probeSize(written.cover)).toBe('108,192');
    expect(readFileSync(written.cover).includes('Lavc')).toBe(false);
    expect(readdirSync(tmp.dir).sort()).toEqual([
      'export.jpg',
      'export.mp4',
      'export.srt',
      'export.txt',
      'export.vtt',
    ]);
  });

  it('takes the cover at a chosen time, and at 0 without captions (and writes no caption files)', async () => {
    const dir = tempDir('medclip-sidecars-plain-');
    try {
      const plain = join(dir.dir, 'plain.mp4');
      writeFileSync(plain, readFileSync(video));
      const none = await writeSidecars({ doc: documentWith([]), videoPath: plain });
      expect(none).toMatchObject({ srt: null, vtt: null, coverAtMs: 0 });
      expect(Math.abs(meanGrey(none.cover) - meanGrey(video, 0))).toBeLessThan(1.5);
      expect(readFileSync(none.description, 'utf8')).toBe(
        'Knee anatomy\n\n#health #medicine #KneeAnatomy\n\nReferences\n1. Gray’s anatomy. Elsevier; 2020.\n2. Musahl V, Karlsson J. Anterior cruciate ligament injuries. N Engl J Med. 2019 Jun 13;380(24):2341–8. doi:10.1056/NEJMra1805931\n',
      );
      const chosen = await writeSidecars({
        doc: documentWith([]),
        videoPath: plain,
        coverAtMs: 4000,
      });
      expect(chosen.coverAtMs).toBe(4000);
      expect(Math.abs(meanGrey(chosen.cover) - meanGrey(video, 40))).toBeLessThan(1.5);
      expect(readdirSync(dir.dir).sort()).toEqual(['plain.jpg', 'plain.mp4', 'plain.txt']);
    } finally {
      dir.cleanup();
    }
  });

  it('replaces earlier sidecars whole, and refuses a cover time past the end without writing anything', async () => {
    const dir = tempDir('medclip-sidecars-again-');
    try {
      const again = join(dir.dir, 'again.mp4');
      writeFileSync(again, readFileSync(video));
      writeFileSync(
        join(dir.dir, 'again.srt'),
        'old contents that are much longer than the new file '.repeat(50),
      );
      const doc = documentWith([{ start: 100, end: 900, text: 'New' }]);
      await expect(writeSidecars({ doc, videoPath: again, coverAtMs: 9000 })).rejects.toMatchObject(
        {
          code: 'invalid-args',
          message: expect.stringContaining('past the end'),
        },
      );
      expect(readdirSync(dir.dir).sort()).toEqual(['again.mp4', 'again.srt']);
      const written = await writeSidecars({ doc, videoPath: again });
      expect(readFileSync(written.srt!, 'utf8')).toBe('1\n00:00:00,100 --> 00:00:00,900\nNew\n');
      expect(readdirSync(dir.dir).sort()).toEqual([
        'again.jpg',
        'again.mp4',
        'again.srt',
        'again.txt',
        'again.vtt',
      ]);
    } finally {
      dir.cleanup();
    }
  });

  it('names a missing video', async () => {
    const missing = join(tmp.dir, 'nope.mp4');
    await expect(
      writeSidecars({ doc: documentWith([]), videoPath: missing }),
    ).rejects.toMatchObject({
      code: 'missing',
      message: expect.stringContaining('nope.mp4'),
    });
  });
});
