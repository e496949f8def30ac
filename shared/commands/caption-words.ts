import { z } from 'zod';
import { captionTokens } from '../scene/caption-layout';
import { distributeWordTimings } from '../scene/word-timing';
import { captionWordSchema, type CaptionWord } from '../model/captions';
import { idSchema } from '../model/common';
import { defineCommand, invoke } from './define';
import { invalidArgs } from './errors';
import { replaceAt, requireEntry, withTracks } from './update';

const setWordTimingsArgs = z.object({
  id: idSchema,
  /**
   * Explicit timings (ms from the cue's start, one per word of the text, in order), "byLength"
   * to store the automatic share by word length as a starting point, or null to go back to it.
   */
  words: z.union([z.array(captionWordSchema).min(1), z.literal('byLength'), z.null()]),
});

/** Refuses timings that do not fit the cue: wrong word count, out of order, past its end. */
function checkTimings(words: readonly CaptionWord[], texts: readonly string[], spanMs: number) {
  if (words.length !== texts.length) {
    invalidArgs(`the caption has ${texts.length} words; got ${words.length} timings`);
  }
  let previousEnd = 0;
  words.forEach((word, index) => {
    const label = `word ${index + 1} ("${word.text}")`;
    if (word.text !== texts[index]) {
      invalidArgs(`${label} is not the caption's word ${index + 1} ("${texts[index]}")`);
    }
    if (word.start < previousEnd) {
      invalidArgs(
        `${label} starts at ${word.start} ms, before the previous word ends (${previousEnd} ms)`,
      );
    }
    if (word.end > spanMs) {
      invalidArgs(`${label} ends at ${word.end} ms, after the caption's ${spanMs} ms`);
    }
    previousEnd = word.end;
  });
}

/** Sets or clears a cue's word timings (what word-by-word highlight follows). */
export const captionSetWordTimings = defineCommand({
  name: 'caption.setWordTimings',
  label: 'Adjust word timings',
  argsSchema: setWordTimingsArgs,
  coalesceKey: ({ id }) => `caption.setWordTimings:${id}`,
  perform(doc, { id, words }) {
    const { index, item: cue } = requireEntry(doc.tracks.captions, id, 'caption');
    const texts = captionTokens({ text: cue.text }).map((token) => token.text);
    const spanMs = cue.end - cue.start;
    let next: CaptionWord[] | null;
    if (words === 'byLength') {
      next = distributeWordTimings(texts, spanMs);
      if (next.length === 0) {
        invalidArgs(`the caption's ${spanMs} ms is too short for its ${texts.length} words`);
      }
    } else {
      next = words;
      if (next !== null) checkTimings(next, texts, spanMs);
    }
    const { words: _old, ...rest } = cue;
    const updated = next === null ? rest : { ...rest, words: next };
    return {
      doc: withTracks(doc, { captions: replaceAt(doc.tracks.captions, index, updated) }),
      inverse: invoke('caption.setWordTimings', setWordTimingsArgs, {
        id,
        words: cue.words ?? null,
      }),
    };
  },
});
