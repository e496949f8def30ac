import { formatNumber, type Parsed } from './fields/parse';

/**
 * Clip gain is stored as a linear factor 0..2 (the document's `volume`); editors think in
 * decibels. 1 is 0 dB, 2 is about +6 dB, 0 is silence (-∞ dB).
 */
export const MAX_GAIN = 2;
export const MAX_GAIN_DB = 20 * Math.log10(MAX_GAIN);

export function gainToDb(gain: number): number {
  return gain <= 0 ? -Infinity : 20 * Math.log10(gain);
}

/** Rounded to 4 decimals so stored gains stay readable (0.5012, not 0.501187233627…). */
export function dbToGain(db: number): number {
  if (db === -Infinity) return 0;
  // "+6.02" is the top of the range, not 1.9999.
  if (db >= MAX_GAIN_DB - 0.005) return MAX_GAIN;
  return Math.min(MAX_GAIN, Math.round(10 ** (db / 20) * 10_000) / 10_000);
}

/** "-6.0 dB", "+2.5 dB", "0.0 dB", "-∞ dB". */
export function formatDb(gain: number): string {
  const db = gainToDb(gain);
  if (db === -Infinity) return '-∞ dB';
  const text = Math.abs(db) < 0.05 ? '0.0' : db.toFixed(1);
  return `${db >= 0.05 ? '+' : ''}${text} dB`;
}

/** "50%" for a gain of 0.5. */
export function formatGainPercent(gain: number): string {
  return `${formatNumber(gain * 100, 0)}%`;
}

/** A typed level in dB ("-6", "-6 dB", "+3", "-inf", "-∞"), as a gain. */
export function parseDb(text: string): Parsed<number> {
  const body = text
    .trim()
    .toLowerCase()
    .replace(/\s*db$/, '')
    .replace(/^−/, '-')
    .replace(/^\+/, '');
  if (/^-(?:inf|infinity|∞)$/.test(body)) return { ok: true, value: 0 };
  if (!/^-?(?:\d+\.?\d*|\.\d+)$/.test(body)) {
    return { ok: false, message: 'Enter a level in dB, like -6 or -inf.' };
  }
  const db = Number(body);
  if (db > MAX_GAIN_DB + 0.005) {
    return { ok: false, message: `Must be at most +${MAX_GAIN_DB.toFixed(1)} dB.` };
  }
  return { ok: true, value: dbToGain(db) };
}
