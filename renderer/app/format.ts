/** Display formats. Times are integer milliseconds everywhere; these only render them. */

/** `m:ss` (or `h:mm:ss` past an hour), rounding to the nearest second. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
  return `${minutes}:${ss}`;
}

/** Ruler labels: `0:05`, or `0:05.5` when the tick falls between seconds. */
export function formatTimecode(ms: number): string {
  const base = formatDuration(Math.floor(ms / 1000) * 1000);
  const tenths = Math.floor((ms % 1000) / 100);
  return ms % 1000 === 0 ? base : `${base}.${tenths}`;
}

export function formatFps(fps: number): string {
  const rounded = Math.round(fps * 100) / 100;
  return `${rounded} fps`;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

export function formatBitRate(bitsPerSecond: number): string {
  if (bitsPerSecond >= 1_000_000) return `${(bitsPerSecond / 1_000_000).toFixed(1)} Mb/s`;
  return `${Math.round(bitsPerSecond / 1000)} kb/s`;
}

export function formatResolution(width: number | undefined, height: number | undefined): string {
  return width && height ? `${width}×${height}` : '';
}

// Made once: building a formatter loads locale data and costs milliseconds per call.
let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** "12 Mar 2025, 09:30" in the user's locale; the raw text if it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  dateTimeFormat ??= new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return dateTimeFormat.format(date);
}
