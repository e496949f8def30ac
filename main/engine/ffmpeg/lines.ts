import { StringDecoder } from 'node:string_decoder';

/**
 * Splits a byte stream into lines. ffmpeg ends its stats lines with a bare CR (it redraws one
 * terminal line), so CR, LF and CRLF all end a line. Empty lines are dropped. A single line is
 * cut at `maxLineChars` so a stream without newlines cannot grow memory without bound.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private carry = '';

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly maxLineChars = 4096,
  ) {}

  push(chunk: Buffer | string): void {
    const text = this.carry + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
    const parts = text.split(/\r\n|\r|\n/);
    this.carry = parts.pop() ?? '';
    for (const part of parts) this.emit(part);
    if (this.carry.length > this.maxLineChars) {
      this.emit(this.carry);
      this.carry = '';
    }
  }

  /** Emits whatever is left after the stream ended without a final newline. */
  end(): void {
    const rest = this.carry + this.decoder.end();
    this.carry = '';
    if (rest) this.emit(rest);
  }

  private emit(line: string): void {
    if (line.length === 0) return;
    this.onLine(line.length > this.maxLineChars ? line.slice(0, this.maxLineChars) : line);
  }
}

/** Keeps the last `maxLines` lines (each already bounded by the splitter). */
export class TailBuffer {
  private readonly lines: string[] = [];

  constructor(private readonly maxLines = 30) {}

  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.maxLines) this.lines.shift();
  }

  toString(): string {
    return this.lines.join('\n');
  }
}

/** The command as a person would type it in a POSIX shell, for logs and error messages. */
export function formatCommand(bin: string, args: readonly string[]): string {
  return [bin, ...args].map(quoteForDisplay).join(' ');
}

function quoteForDisplay(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
