import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path, { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOrThrow } from '../../../../../main/engine/api/dispatch';
import { decodeSubtitleBytes } from '../../../../../main/engine/captions/decode';
import { createEngine, type Engine } from '../../../../../main/engine/engine';
import type { ApiMethod, ApiRequest } from '../../../../../shared/api';
import { parseSubtitles, type SubtitleCue } from '../../../../../shared/captions';
import { tempDir } from '../../../../support/temp';
import {
  ANDROIDX_SUBTITLES,
  androidxSubtitleFiles,
} from '../../../../unit/shared/captions/androidx-files';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/subtitles/', import.meta.url));
const fixture = (name: string): string => path.join(FIXTURES, name);

let tmp: ReturnType<typeof tempDir>;
let engine: Engine;
const call = <M extends ApiMethod>(method: M, req: ApiRequest<M>) =>
  callOrThrow((m, r) => engine.call(m, r), method, req);

async function newProject(name = 'p'): Promise<string> {
  const created = await call('project.create', { path: join(tmp.dir, `${name}.medclip`), name });
  return created.projectId;
}

const plain = (cues: readonly { start: number; end: number; text: string }[]): SubtitleCue[] =>
  cues.map(({ start, end, text }) => ({ start, end, text }));

/** The file's cues as the parser reads them, with no project in between. */
function parsedCues(file: string): SubtitleCue[] {
  const { text } = decodeSubtitleBytes(readFileSync(file));
  return parseSubtitles(text, { fileName: file }).cues;
}

beforeEach(() => {
  tmp = tempDir('medclip-captions-preview-');
  engine = createEngine({ host: 'browser', userDataDir: join(tmp.dir, 'user') });
});
afterEach(async () => {
  await engine.close();
  tmp.cleanup();
});

describe('captions.previewImport', () => {
  it('lists cues and every bad entry with its line, and changes nothing', async () => {
    const projectId = await newProject();
    await call('captions.import', { projectId, path: fixture('styling-tags.srt') });
    const before = await call('project.document', { projectId });

    const preview = await call('captions.previewImport', {
      projectId,
      path: fixture('malformed.srt'),
    });
    expect(preview.format).toBe('srt');
    expect(preview.existingCount).toBe(3);
    expect(preview.cues).toEqual([
      { start: 1000, end: 2000, text: 'First cue is fine.' },
      { start: 3500, end: 4500, text: 'Third cue is fine.' },
      { start: 10_000, end: 11_000, text: 'Last cue is fine.' },
    ]);
    expect(preview.problems).toEqual([
      { line: 5, index: 2, reason: 'cue 2: no timing line after the sequence number' },
      {
        line: 14,
        index: 4,
        reason: 'cue 4: ends at 00:00:04,000, not after its start 00:00:05,000',
      },
      { line: 18, index: 5, reason: 'cue 5: no text' },
      { line: 21, index: 6, reason: 'cue 6: bad end time "00:00:09,99x" (expected HH:MM:SS,mmm)' },
    ]);

    const vtt = await call('captions.previewImport', { projectId, path: fixture('malformed.vtt') });
    expect(vtt.format).toBe('vtt');
    expect(vtt.cues.map((cue) => cue.text)).toEqual([
      'First cue is fine.',
      'Third cue is fine.',
      'Last cue is fine.',
    ]);
    expect(vtt.problems.map((problem) => problem.line)).toEqual([6, 12]);

    const after = await call('project.document', { projectId });
    expect(after.seq).toBe(before.seq);
    expect(after.document).toEqual(before.document);
  });

  it('lists cues the project cannot hold (text over 1000 characters) without a line', async () => {
    const projectId = await newProject();
    const file = join(tmp.dir, 'long-text.srt');
    const long = 'x'.repeat(1001);
    writeFileSync(
      file,
      `1\n00:00:01,000 --> 00:00:02,000\nfine\n\n2\n00:00:03,000 --> 00:00:04,000\n${long}\n`,
    );
    const preview = await call('captions.previewImport', { projectId, path: file });
    expect(preview.cues).toEqual([{ start: 1000, end: 2000, text: 'fine' }]);
    expect(preview.problems).toEqual([
      { index: 2, reason: expect.stringMatching(/^cue at 00:00:03,000: .*1000/) },
    ]);
  });

  it('fails with the same typed errors as captions.import', async () => {
    const projectId = await newProject();
    await expect(
      call('captions.previewImport', { projectId, path: join(tmp.dir, 'nope.srt') }),
    ).rejects.toMatchObject({ code: 'missing' });
    await expect(
      call('captions.previewImport', {
        projectId,
        path: path.join(ANDROIDX_SUBTITLES, 'subrip/empty.srt'),
      }),
    ).rejects.toMatchObject({ code: 'empty' });
  });
});

describe('captions.import mode', () => {
  it('replace removes the existing captions in the same single undo step', async () => {
    const projectId = await newProject();
    await call('captions.import', { projectId, path: fixture('styling-tags.srt') });
    const before = (await call('project.document', { projectId })).document.tracks.captions;

    const result = await call('captions.import', {
      projectId,
      path: fixture('malformed.srt'),
      mode: 'replace',
    });
    expect(result.imported).toBe(3);
    expect(result.removed).toBe(3);
    expect(result.problems.map((problem) => problem.line)).toEqual([5, 14, 18, 21]);
    expect(result.step.forward.map((inv) => inv.name)).toEqual([
      ...Array<string>(3).fill('caption.remove'),
      ...Array<string>(3).fill('caption.add'),
    ]);
    expect(plain(result.document.tracks.captions)).toEqual(parsedCues(fixture('malformed.srt')));

    await call('project.apply', {
      projectId,
      invocations: result.step.inverse,
      label: 'Undo import',
      kind: 'undo',
    });
    const restored = (await call('project.document', { projectId })).document.tracks.captions;
    expect(restored).toEqual(before);
  });

  it('append (the default) keeps the existing captions', async () => {
    const projectId = await newProject();
    await call('captions.import', { projectId, path: fixture('styling-tags.srt') });
    const result = await call('captions.import', { projectId, path: fixture('malformed.vtt') });
    expect(result.removed).toBe(0);
    expect(result.document.tracks.captions).toHaveLength(6);
  });
});

/** Files the round trip covers: every androidx sample that has cues, and the edge-case fixtures. */
const wellFormed: string[] = [
  ...androidxSubtitleFiles()
    .filter((name) => !name.includes('empty'))
    .map((name) => path.join(ANDROIDX_SUBTITLES, name)),
  ...readdirSync(FIXTURES)
    .filter((name) => !name.startsWith('malformed'))
    .map(fixture),
];

describe('import then export gives back the same cues', () => {
  it('covers every androidx file with cues and every edge-case fixture', () => {
    expect(wellFormed.length).toBeGreaterThanOrEqual(30);
  });

  for (const file of wellFormed) {
    it(path.relative(path.dirname(path.dirname(file)), file), async () => {
      const projectId = await newProject();
      const original = parsedCues(file);
      await call('captions.import', { projectId, path: file });
      for (const format of ['srt', 'vtt'] as const) {
        const out = join(tmp.dir, `back.${format}`);
        await call('captions.export', { projectId, format, outPath: out });
        const back = parseSubtitles(readFileSync(out, 'utf8'), { format });
        expect(back.problems).toEqual([]);
        // Export writes time order; the parser keeps file order, so compare sorted.
        const byTime = (cues: SubtitleCue[]) =>
          [...cues].sort((a, b) => a.start - b.start || a.end - b.end);
        expect(back.cues).toEqual(byTime(original));
      }
    });
  }

  it('keeps SRT markup typed in WebVTT text only in WebVTT: SubRip has no way to escape it', async () => {
    const projectId = await newProject();
    const file = join(tmp.dir, 'markup.vtt');
    const text = '{\\an8} &lt;i&gt;shown as typed&lt;/i&gt;';
    writeFileSync(file, `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${text}\n`);
    await call('captions.import', { projectId, path: file });
    const typed = '{\\an8} <i>shown as typed</i>';
    expect((await call('project.document', { projectId })).document.tracks.captions[0]!.text).toBe(
      typed,
    );
    const vtt = join(tmp.dir, 'back.vtt');
    await call('captions.export', { projectId, format: 'vtt', outPath: vtt });
    expect(parseSubtitles(readFileSync(vtt, 'utf8')).cues[0]!.text).toBe(typed);
    // Players (and our reader) treat these as markup in SRT: the exported SRT shows less.
    const srt = join(tmp.dir, 'back.srt');
    await call('captions.export', { projectId, format: 'srt', outPath: srt });
    expect(readFileSync(srt, 'utf8')).toContain(typed);
    expect(parseSubtitles(readFileSync(srt, 'utf8')).cues[0]!.text).toBe('shown as typed');
  });

  it('writes the literal-text fixtures back byte for byte', async () => {
    for (const name of ['literal-text.srt', 'literal-text.vtt']) {
      const projectId = await newProject(name.replace('.', '-'));
      await call('captions.import', { projectId, path: fixture(name) });
      const format = name.endsWith('.srt') ? 'srt' : 'vtt';
      const out = join(tmp.dir, `out-${name}`);
      await call('captions.export', { projectId, format, outPath: out });
      expect(readFileSync(out)).toEqual(readFileSync(fixture(name)));
      const texts = (await call('project.document', { projectId })).document.tracks.captions.map(
        (cue) => cue.text,
      );
      expect(texts).toContain('Path C:\\temp\\knee\\ and 50% {braces} [brackets] $HOME %s %d');
      expect(texts).toContain('العربية: الركبة مفصل');
      expect(texts).toContain(
        'Combining: e\u0301 n\u0303 a\u0308 Z\u0335\u0327 \u0915\u094d\u0937',
      );
    }
  });
});
