import type { CaptionWord } from '../model/captions';

/**
 * Word timings for a cue that has none: the cue's span shared across its words in proportion to
 * their length in characters (a long word takes longer to say), in whole milliseconds, words
 * back to back from the cue's start to its end. Returns [] when the span is shorter than one
 * millisecond per word (nothing sensible to highlight).
 */
export function distributeWordTimings(texts: readonly string[], durationMs: number): CaptionWord[] {
  const count = texts.length;
  if (count === 0 || !Number.isInteger(durationMs) || durationMs < count) return [];
  const lengths = texts.map((text) => Math.max(1, Array.from(text).length));
  const total = lengths.reduce((sum, length) => sum + length, 0);
  const words: CaptionWord[] = [];
  let cumulative = 0;
  let start = 0;
  texts.forEach((text, index) => {
    cumulative += lengths[index] ?? 1;
    const remaining = count - index - 1;
    // Every word keeps at least 1 ms, and leaves 1 ms for each word after it.
    const ideal = Math.round((durationMs * cumulative) / total);
    const end =
      index === count - 1
        ? durationMs
        : Math.min(Math.max(ideal, start + 1), durationMs - remaining);
    words.push({ text, start, end });
    start = end;
  });
  return words;
}
