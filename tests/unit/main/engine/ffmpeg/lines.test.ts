import { describe, expect, it } from 'vitest';
import { formatCommand, LineSplitter, TailBuffer } from '../../../../../main/engine/ffmpeg/lines';

function split(chunks: Array<string | Buffer>, maxLineChars?: number): string[] {
  const lines: string[] = [];
  const splitter = new LineSplitter((l) => lines.push(l), maxLineChars);
  for (const chunk of chunks) splitter.push(chunk);
  splitter.end();
  return lines;
}

describe('LineSplitter', () => {
  it('ends lines at LF, CRLF and the bare CR of ffmpeg stats lines', () => {
    expect(split(['a\nb\r\nframe= 1\rframe= 2\rlast'])).toEqual([
      'a',
      'b',
      'frame= 1',
      'frame= 2',
      'last',
    ]);
  });

  it('joins lines split across chunks, including a CRLF split in two', () => {
    expect(split(['hel', 'lo\r', '\nwor', 'ld\n'])).toEqual(['hello', 'world']);
  });

  it('decodes UTF-8 split inside a character', () => {
    const bytes = Buffer.from('café\n', 'utf8');
    expect(split([bytes.subarray(0, 4), bytes.subarray(4)])).toEqual(['café']);
  });

  it('cuts endless lines so memory stays bounded', () => {
    const lines = split(['x'.repeat(10_000)], 100);
    expect(lines.every((l) => l.length <= 100)).toBe(true);
    expect(lines.length).toBeGreaterThan(0);
  });
});

describe('TailBuffer', () => {
  it('keeps only the last lines', () => {
    const tail = new TailBuffer(2);
    for (const l of ['one', 'two', 'three']) tail.push(l);
    expect(tail.toString()).toBe('two\nthree');
  });
});

describe('formatCommand', () => {
  it('quotes only words that need it', () => {
    expect(formatCommand('ffmpeg', ['-i', 'file:/a b/c.mp4', '-vf', "it's"])).toBe(
      `ffmpeg -i 'file:/a b/c.mp4' -vf 'it'\\''s'`,
    );
    expect(formatCommand('/usr/bin/ffprobe', ['-read_intervals', '%+5'])).toBe(
      '/usr/bin/ffprobe -read_intervals %+5',
    );
  });
});
