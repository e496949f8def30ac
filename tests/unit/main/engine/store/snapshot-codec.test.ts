import { describe, expect, it } from 'vitest';
import { decodeSnapshot, encodeSnapshot } from '../../../../../main/engine/store/snapshot-codec';

describe('snapshot codec', () => {
  it('compresses a realistic document several times over and restores it exactly', () => {
    const doc = {
      cues: Array.from({ length: 300 }, (_, i) => ({
        id: `cue_${i}`,
        startMs: i * 2000,
        endMs: i * 2000 + 1800,
        text: `Knee cartilage takes weeks to recover, step ${i} — naïve “quotes”`,
      })),
    };
    const json = JSON.stringify(doc);
    const encoded = encodeSnapshot(json);
    expect(encoded.size).toBe(Buffer.byteLength(json, 'utf8'));
    expect(encoded.data.length).toBeLessThan(encoded.size / 4);
    expect(decodeSnapshot(encoded.data, encoded.size)).toBe(json);
  });

  it('stores a tiny document uncompressed, as SQLite Archives do', () => {
    const encoded = encodeSnapshot('{}');
    expect(encoded).toEqual({ size: 2, data: Buffer.from('{}') });
    expect(decodeSnapshot(encoded.data, encoded.size)).toBe('{}');
  });

  it('rejects data that does not match its recorded size', () => {
    const encoded = encodeSnapshot(JSON.stringify({ text: 'x'.repeat(1000) }));
    expect(() => decodeSnapshot(encoded.data, encoded.size + 1)).toThrow(/expected/);
  });
});
