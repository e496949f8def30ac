import { z } from 'zod';
import { idSchema } from '../model/common';
import { citationSchema, cslItemSchema, referenceStyleSchema } from '../model/citations';
import type { CslItem } from '../model/citations';
import { validateDoi, validatePmid } from '../citations/identifiers';
import { defineCommand, invoke } from './define';
import { invalidArgs, preconditionFailed } from './errors';
import {
  applyPatch,
  insertAt,
  removeAt,
  replaceAt,
  requireEntry,
  requireIdFree,
  withTracks,
} from './update';

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
    const checked = { ...citation, csl: withCheckedIdentifiers(citation.csl) };
    return {
      doc: { ...doc, citations: insertAt(doc.citations, index, checked) },
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

/** Stores DOI and PMID in their bare form; an invalid one is refused with the reason. */
function withCheckedIdentifiers(csl: CslItem): CslItem {
  const checked = { ...csl };
  for (const [field, validate] of [
    ['DOI', validateDoi],
    ['PMID', validatePmid],
  ] as const) {
    const raw = checked[field];
    if (raw === undefined) continue;
    const result = validate(raw);
    if (!result.ok) invalidArgs(result.reason, [{ path: `csl.${field}`, message: result.reason }]);
    checked[field] = result.value;
  }
  return checked;
}

export const citationUpdateArgs = z.object({
  id: idSchema,
  /** The whole CSL item (a form edits several fields at once); kept when absent. */
  csl: cslItemSchema.optional(),
  /** `null` removes the note. */
  note: citationSchema.shape.note.unwrap().nullable().optional(),
});

export const citationUpdate = defineCommand({
  name: 'citation.update',
  label: 'Edit citation',
  argsSchema: citationUpdateArgs,
  perform(doc, { id, csl, note }) {
    const { index, item: before } = requireEntry(doc.citations, id, 'citation');
    const after = applyPatch(before, {
      csl: csl === undefined ? undefined : withCheckedIdentifiers(csl),
      note,
    });
    return {
      doc: { ...doc, citations: replaceAt(doc.citations, index, after) },
      inverse: invoke('citation.update', citationUpdateArgs, {
        id,
        ...(csl === undefined ? {} : { csl: before.csl }),
        ...(note === undefined ? {} : { note: before.note ?? null }),
      }),
    };
  },
});

const referenceStyleArgs = z.object({ style: referenceStyleSchema.nullable() });

/** `null` goes back to the default (Vancouver) by removing the field. */
export const citationSetReferenceStyle = defineCommand({
  name: 'citation.setReferenceStyle',
  label: 'Set reference style',
  argsSchema: referenceStyleArgs,
  perform(doc, { style }) {
    const { referenceStyle: before, ...rest } = doc;
    return {
      doc: style === null ? rest : { ...rest, referenceStyle: style },
      inverse: invoke('citation.setReferenceStyle', referenceStyleArgs, { style: before ?? null }),
    };
  },
});

const cueCitationArgs = z.object({
  cueId: idSchema,
  citationId: idSchema,
  /** Position among the cue's citations; appended when absent. */
  index: z.number().int().nonnegative().optional(),
});
const cueCitationUnlinkArgs = cueCitationArgs.omit({ index: true });

export const captionLinkCitation = defineCommand({
  name: 'caption.linkCitation',
  label: 'Link citation to caption',
  argsSchema: cueCitationArgs,
  perform(doc, { cueId, citationId, index }) {
    requireEntry(doc.citations, citationId, 'citation');
    const { index: at, item: cue } = requireEntry(doc.tracks.captions, cueId, 'caption');
    if (cue.citationIds.includes(citationId)) {
      preconditionFailed(`caption "${cueId}" already cites "${citationId}"`);
    }
    const linked = { ...cue, citationIds: insertAt(cue.citationIds, index, citationId) };
    return {
      doc: withTracks(doc, { captions: replaceAt(doc.tracks.captions, at, linked) }),
      inverse: invoke('caption.unlinkCitation', cueCitationUnlinkArgs, { cueId, citationId }),
    };
  },
});

export const captionUnlinkCitation = defineCommand({
  name: 'caption.unlinkCitation',
  label: 'Unlink citation from caption',
  argsSchema: cueCitationUnlinkArgs,
  perform(doc, { cueId, citationId }) {
    const { index: at, item: cue } = requireEntry(doc.tracks.captions, cueId, 'caption');
    const index = cue.citationIds.indexOf(citationId);
    if (index < 0) preconditionFailed(`caption "${cueId}" does not cite "${citationId}"`);
    const unlinked = { ...cue, citationIds: removeAt(cue.citationIds, index) };
    return {
      doc: withTracks(doc, { captions: replaceAt(doc.tracks.captions, at, unlinked) }),
      inverse: invoke('caption.linkCitation', cueCitationArgs, { cueId, citationId, index }),
    };
  },
});
