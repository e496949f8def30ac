/**
 * Pure parsing of ffmpeg progress: the key=value blocks of `-progress pipe:1` (each block ends
 * with `progress=continue` or `progress=end`) and the classic stderr stats line
 * (`frame=  26 fps= 26 … time=00:00:00.84 … speed=0.832x`). Unknown values ("N/A") are null.
 */

export interface ProgressSnapshot {
  outTimeMs: number | null;
  frame: number | null;
  fps: number | null;
  /** Encoding speed as a multiple of real time (1.5 for "1.5x"). */
  speed: number | null;
  totalSizeBytes: number | null;
  /** True on the last block (`progress=end`). */
  done: boolean;
}

function toNumber(value: string | undefined): number | null {
  if (value === undefined) return null;
  const trimmed = value.trim().replace(/x$/, '');
  if (trimmed === '' || trimmed === 'N/A') return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : null;
}

/** "HH:MM:SS.micro" (or "-HH:…") to integer milliseconds; null when it is not a timestamp. */
export function parseFfmpegTimestamp(value: string): number | null {
  const match = /^(-)?(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(value.trim());
  if (!match) return null;
  const [, minus, h, m, s] = match;
  const ms = Math.round((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000);
  return minus ? -ms : ms;
}

/** One `-progress` block (its lines, in any order) to a snapshot. */
export function parseProgressBlock(lines: readonly string[]): ProgressSnapshot {
  const values = new Map<string, string>();
  for (const line of lines) {
    const eq = line.indexOf('=');
    if (eq > 0) values.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  // out_time_us is exact; out_time_ms is microseconds too in ffmpeg 5/6 (a long-standing
  // naming bug), so it is never read as milliseconds; out_time is the readable fallback.
  const outTimeUs = toNumber(values.get('out_time_us') ?? values.get('out_time_ms'));
  const outTimeText = values.get('out_time');
  const outTimeMs =
    outTimeUs !== null
      ? Math.round(outTimeUs / 1000)
      : outTimeText !== undefined
        ? parseFfmpegTimestamp(outTimeText)
        : null;
  const frame = toNumber(values.get('frame'));
  const totalSize = toNumber(values.get('total_size'));
  return {
    outTimeMs,
    frame: frame === null ? null : Math.round(frame),
    fps: toNumber(values.get('fps')),
    speed: toNumber(values.get('speed')),
    totalSizeBytes: totalSize === null ? null : Math.round(totalSize),
    done: values.get('progress') === 'end',
  };
}

/**
 * Feeds raw `-progress` text (in chunks, split anywhere) and calls `onBlock` once per complete
 * block. Returns the function to push text into.
 */
export function createProgressReader(
  onBlock: (snapshot: ProgressSnapshot) => void,
): (chunk: string) => void {
  let carry = '';
  let block: string[] = [];
  return (chunk: string) => {
    const lines = (carry + chunk).split(/\r?\n/);
    carry = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim() === '') continue;
      block.push(line);
      if (line.startsWith('progress=')) {
        onBlock(parseProgressBlock(block));
        block = [];
      }
    }
  };
}

/** The stderr stats line ("frame= 26 fps= 26 q=20.0 size= 0kB time=… speed=0.832x"). */
export function parseStatsLine(line: string): ProgressSnapshot | null {
  const field = (name: string): string | undefined =>
    new RegExp(`\\b${name}=\\s*(\\S+)`).exec(line)?.[1];
  const time = field('time');
  if (time === undefined) return null;
  const frame = toNumber(field('frame'));
  // ffmpeg prints sizes in kB of 1024 bytes; "Lsize" is the final size on the last line.
  const sizeText = field('L?size');
  const sizeKb = sizeText ? toNumber(sizeText.replace(/[kK]i?B$/, '')) : null;
  return {
    outTimeMs: parseFfmpegTimestamp(time),
    frame: frame === null ? null : Math.round(frame),
    fps: toNumber(field('fps')),
    speed: toNumber(field('speed')),
    totalSizeBytes: sizeKb === null ? null : Math.round(sizeKb * 1024),
    done: /\bLsize=/.test(line),
  };
}

/** Fraction 0..1 of `totalMs` done; 0 while the time is unknown or the total is not positive. */
export function progressFraction(outTimeMs: number | null, totalMs: number): number {
  if (outTimeMs === null || !(totalMs > 0)) return 0;
  return Math.min(1, Math.max(0, outTimeMs / totalMs));
}

/**
 * Remaining milliseconds, assuming the rate so far holds. Null until `minFraction` is done:
 * the first percent of a job (opening files, encoder warm-up) says little about the rest.
 */
export function estimateEta(
  elapsedMs: number,
  fraction: number,
  minFraction = 0.01,
): number | null {
  if (!(elapsedMs >= 0) || !(fraction >= minFraction) || fraction <= 0) return null;
  if (fraction >= 1) return 0;
  return Math.round((elapsedMs * (1 - fraction)) / fraction);
}
