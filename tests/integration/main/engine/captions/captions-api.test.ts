import { readFileSync, writeFileSync } from 'node:fs';
import path, { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOrThrow } from '../../../../../main/engine/api/dispatch';
import { createEngine, type Engine } from '../../../../../main/engine/engine';
import type { ApiMethod, ApiRequest } from '../../../../../shared/api';
import { parseSubtitles, toSrt } from '../../../../../shared/captions';
import { tempDir } from '../../../../support/temp';

const ANDROIDX = fileURLToPath(
  new URL('../../../../../../shared/data/subtitles/androidx-media/', import.meta.url),
);
const sample = (name: string): string => path.join(ANDROIDX, name);

let tmp: ReturnType<typeof tempDir>;
let engine: Engine;
const call = <M extends ApiMethod>(method: M, req: ApiRequest<M>) =>
  callOrThrow((m, r) => engine.call(m, r), method, req);

async function newProject(): Promise<string> {
  const created = await call('project.create', { path: join(tmp.dir, 'p.medclip'), name: 'Knee' });
  return created.projectId;
}

beforeEach(() => {
  tmp = tempDir('medclip-captions-');
  engine = createEngine({ host: 'browser', userDataDir: join(tmp.dir, 'user') });
});
afterEach(async () => {
  await engine.close();
  tmp.cleanup();
});

describe('captions.import / captions.export', () => {
  it('imports the valid cues of a partly malformed file as one undo step and lists the rest', async () => {
    const projectId = await newProject();
    const result = await call('captions.import', {
      projectId,
      path: sample('subrip/typical_missing_timecode.srt'),
    });
    expect(result.imported).toBe(2);
    expect(result.problems.map((p) => p.line)).toEqual([5, 14, 18]);
    expect(result.step.label).toBe('Import captions from typical_missing_timecode.srt');
    expect(result.step.forward.map((inv) => inv.name)).toEqual(['caption.add', 'caption.add']);
    const captions = result.document.tracks.captions;
    expect(captions.map(({ start, end, text }) => ({ start, end, text }))).toEqual([
      { start: 0, end: 1234, text: 'This is the first subtitle.' },
      { start: 7_204_567, end: 7_208_901, text: 'This is the third subtitle.' },
    ]);
    expect(captions.every((cue) => cue.styleId === result.document.captionStyles[0]!.id)).toBe(
      true,
    );
    expect(captions.every((cue) => /^cue_[0-9a-z]{12}$/.test(cue.id))).toBe(true);

    // Undone as the renderer would: the step's inverse as one group.
    await call('project.apply', {
      projectId,
      invocations: result.step.inverse,
      label: 'Undo import',
      kind: 'undo',
    });
    expect((await call('project.document', { projectId })).document.tracks.captions).toEqual([]);
  });

  it('appends to existing captions, and export writes them in time order', async () => {
    const projectId = await newProject();
    await call('captions.import', { projectId, path: sample('subrip/typical.srt') });
    const second = await call('captions.import', {
      projectId,
      path: sample('webvtt/with_tags.vtt'),
    });
    expect(second.document.tracks.captions).toHaveLength(7);
    const srtPath = join(tmp.dir, 'out.srt');
    expect(await call('captions.export', { projectId, format: 'srt', outPath: srtPath })).toEqual({
      path: srtPath,
      cues: 7,
    });
    const written = parseSubtitles(readFileSync(srtPath, 'utf8')).cues;
    expect(written.map((cue) => cue.start)).toEqual([0, 0, 2345, 2345, 4000, 6000, 7_204_567]);
    expect(written[5]!.text).toBe('This is the <fourth> &subtitle.');
    const vttPath = join(tmp.dir, 'out.vtt');
    await call('captions.export', { projectId, format: 'vtt', outPath: vttPath });
    expect(parseSubtitles(readFileSync(vttPath, 'utf8')).cues).toEqual(written);
  });

  it('import then export of a well-formed file gives back the same cues exactly', async () => {
    const projectId = await newProject();
    const source = join(tmp.dir, 'source.srt');
    const cues = [
      { start: 0, end: 999, text: 'Dose: 5 mg/kg "twice" daily \\ 50% {note}' },
      { start: 1000, end: 2001, text: 'שלום 😀 cafe\u0301\nsecond line' },
      { start: 3_600_000, end: 3_600_001, text: 'a < b & c > d' },
    ];
    writeFileSync(source, toSrt(cues));
    await call('captions.import', { projectId, path: source });
    const out = join(tmp.dir, 'back.srt');
    await call('captions.export', { projectId, format: 'srt', outPath: out });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(source, 'utf8'));
  });

  it('refuses bad files with typed errors that name the file, leaving the document as it was', async () => {
    const projectId = await newProject();
    const before = await call('project.document', { projectId });
    const write = (name: string, data: string | Uint8Array): string => {
      const file = join(tmp.dir, name);
      writeFileSync(file, data);
      return file;
    };
    const cases: [string, string][] = [
      [join(tmp.dir, 'missing.srt'), 'missing'],
      [write('huge.srt', Buffer.alloc(5 * 1024 * 1024 + 1, 0x41)), 'too-large'],
      [sample('subrip/empty.srt'), 'empty'],
      [
        write('movie.srt', new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70])),
        'not-subtitles',
      ],
      [write('letter.srt', 'Dear team,\nplease find attached.\n'), 'not-subtitles'],
      [
        write('cp1252.srt', Buffer.from('1\n00:00:01,000 --> 00:00:02,000\nSch\xf6n\n', 'latin1')),
        'bad-encoding',
      ],
      [sample('webvtt/empty.vtt'), 'empty'],
      [write('all-bad.srt', '1\n00:00:01,000 --> 00:00:00,500\nBackwards\n'), 'no-valid-cues'],
      [tmp.dir, 'not-subtitles'],
      [
        write(
          'too-many.srt',
          toSrt(
            Array.from({ length: 5001 }, (_, i) => ({ start: i * 10, end: i * 10 + 5, text: 'x' })),
          ),
        ),
        'too-large',
      ],
    ];
    for (const [file, code] of cases) {
      const error = await call('captions.import', { projectId, path: file }).then(
        () => null,
        (e: unknown) => e as { code: string; message: string; details?: unknown },
      );
      expect(error, file).toMatchObject({ code, message: expect.stringContaining(file) });
    }
    const allBad = await call('captions.import', {
      projectId,
      path: join(tmp.dir, 'all-bad.srt'),
    }).then(
      () => expect.unreachable(),
      (e: unknown) => e as { message: string; details: { problems: unknown[] } },
    );
    expect(allBad.message).toContain(
      'line 2: cue 1: ends at 00:00:00,500, not after its start 00:00:01,000',
    );
    expect(allBad.details.problems).toHaveLength(1);
    const after = await call('project.document', { projectId });
    expect(after.seq).toBe(before.seq);
    expect(after.document).toEqual(before.document);
  });

  it('export refuses a project without captions and a folder that does not exist', async () => {
    const projectId = await newProject();
    await expect(
      call('captions.export', { projectId, format: 'vtt', outPath: join(tmp.dir, 'none.vtt') }),
    ).rejects.toMatchObject({ code: 'precondition' });
    await call('captions.import', { projectId, path: sample('webvtt/typical.vtt') });
    await expect(
      call('captions.export', {
        projectId,
        format: 'srt',
        outPath: join(tmp.dir, 'no', 'such', 'x.srt'),
      }),
    ).rejects.toMatchObject({
      code: 'missing',
      message: expect.stringContaining(join(tmp.dir, 'no', 'such')),
    });
  });

  it('imports a long file (2000 cues) as one step in reasonable time', async () => {
    const projectId = await newProject();
    const cues = Array.from({ length: 2000 }, (_, i) => ({
      start: i * 2000,
      end: i * 2000 + 1500,
      text: `Line ${i + 1}: take the tablets with water`,
    }));
    const file = join(tmp.dir, 'long.srt');
    writeFileSync(file, toSrt(cues));
    const started = performance.now();
    const result = await call('captions.import', { projectId, path: file });
    const elapsed = performance.now() - started;
    expect(result.imported).toBe(2000);
    expect(result.step.forward).toHaveLength(2000);
    // A budget for a loaded two-core machine; it measured well under this (see the report).
    expect(elapsed).toBeLessThan(20_000);
  });
});
