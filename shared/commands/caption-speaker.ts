import { z } from 'zod';
import { captionCueSchema } from '../model/captions';
import { idSchema } from '../model/common';
import { defineCommand, invoke } from './define';
import { replaceAt, requireEntry, withTracks } from './update';

const setSpeakerArgs = z.object({
  id: idSchema,
  /** Who speaks (shown by lower-third styles), or null for nobody. Trimmed. */
  speaker: captionCueSchema.shape.speaker.unwrap().nullable(),
});

/** Names (or clears) the speaker of a cue, for styles that show a name tab. */
export const captionSetSpeaker = defineCommand({
  name: 'caption.setSpeaker',
  label: 'Set speaker',
  argsSchema: setSpeakerArgs,
  coalesceKey: ({ id }) => `caption.setSpeaker:${id}`,
  perform(doc, { id, speaker }) {
    const { index, item: cue } = requireEntry(doc.tracks.captions, id, 'caption');
    const { speaker: old, ...rest } = cue;
    const updated = speaker === null ? rest : { ...rest, speaker };
    return {
      doc: withTracks(doc, { captions: replaceAt(doc.tracks.captions, index, updated) }),
      inverse: invoke('caption.setSpeaker', setSpeakerArgs, { id, speaker: old ?? null }),
    };
  },
});
