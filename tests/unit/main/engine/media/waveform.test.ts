import { describe, expect, it } from 'vitest';
import { PeakAccumulator } from '../../../../../main/engine/media/waveform';

function pcm(samples: number[]): Buffer {
  const bytes = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => bytes.writeInt16LE(s, i * 2));
  return bytes;
}

describe('PeakAccumulator', () => {
  const samples = [0, 16384, -16384, 100, 32767, -32768, 5, 6, -8192];

  it('folds each slice of samples into a normalised [min, max]', () => {
    const acc = new PeakAccumulator(3);
    acc.push(pcm(samples));
    expect(acc.finish()).toEqual([
      [-0.5, 0.5],
      [-1, 1],
      [-0.25, 0.0002],
    ]);
  });

  it('gives the same peaks however the stream is chunked, even mid-sample', () => {
    const whole = new PeakAccumulator(4);
    whole.push(pcm(samples));
    const expected = whole.finish();
    for (const size of [1, 3, 5]) {
      const acc = new PeakAccumulator(4);
      const bytes = pcm(samples);
      for (let i = 0; i < bytes.length; i += size) acc.push(bytes.subarray(i, i + size));
      expect(acc.finish()).toEqual(expected);
    }
    // 9 samples in slices of 4: two full slices and one partial.
    expect(expected).toHaveLength(3);
  });

  it('returns no peaks for no audio and refuses a bad slice size', () => {
    expect(new PeakAccumulator(10).finish()).toEqual([]);
    expect(() => new PeakAccumulator(0)).toThrow(RangeError);
  });
});
