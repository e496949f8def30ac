import { z } from 'zod';
import { idSchema } from '../model/common';
import { citationSchema } from '../model/citations';
import { defineCommand, invoke } from './define';
import { preconditionFailed } from './errors';
import { insertAt, removeAt, requireEntry, requireIdFree } from './update';

export const citationAddArgs = citationSchema.extend({
  /** Position in the citation list; appended when absent. */
  index: z.number().int().nonnegative().optional(),
});

const citationIdArgs = z.object({ id: idSchema });

export const citationAdd = defineCommand({
  name: 'citation.add',
  label: 'Add citation',
  argsSchema: citationAddArgs,
  perform(doc, { index, ...citation }) {
    requireIdFree(doc.citations, citation.id, 'citation');
    return {
      doc: { ...doc, citations: insertAt(doc.citations, index, citation) },
      inverse: invoke('citation.remove', citationIdArgs, { id: citation.id }),
    };
  },
});

/** Refused while a cue or a chip still cites it: unlinking is an explicit, separate edit. */
export const citationRemove = defineCommand({
  name: 'citation.remove',
  label: 'Remove citation',
  argsSchema: citationIdArgs,
  perform(doc, { id }) {
    const { index, item: citation } = requireEntry(doc.citations, id, 'citation');
    const cues = doc.tracks.captions.filter((cue) => cue.citationIds.includes(id)).map((c) => c.id);
    const chips = doc.tracks.overlays
      .filter((o) => o.kind === 'citationChip' && o.citationId === id)
      .map((o) => o.id);
    if (cues.length > 0 || chips.length > 0) {
      preconditionFailed(
        `citation "${id}" is still used by ${[...cues.map((c) => `cue ${c}`), ...chips.map((c) => `chip ${c}`)].join(', ')}`,
      );
    }
    return {
      doc: { ...doc, citations: removeAt(doc.citations, index) },
      inverse: invoke('citation.add', citationAddArgs, { ...citation, index }),
    };
  },
});
