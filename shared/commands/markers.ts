import { z } from 'zod';
import { idSchema, timeMsSchema } from '../model/common';
import { defineCommand, invoke } from './define';
import { insertAt, removeAt, requireEntry, requireIdFree } from './update';

export const markerAddArgs = z.object({
  id: idSchema,
  time: timeMsSchema,
  label: z.string().max(200).default(''),
  /** Position in the marker list; appended when absent. */
  index: z.number().int().nonnegative().optional(),
});

const markerIdArgs = z.object({ id: idSchema });

export const markerAdd = defineCommand({
  name: 'marker.add',
  label: 'Add marker',
  argsSchema: markerAddArgs,
  perform(doc, { index, ...marker }) {
    requireIdFree(doc.markers, marker.id, 'marker');
    return {
      doc: { ...doc, markers: insertAt(doc.markers, index, marker) },
      inverse: invoke('marker.remove', markerIdArgs, { id: marker.id }),
    };
  },
});

export const markerRemove = defineCommand({
  name: 'marker.remove',
  label: 'Remove marker',
  argsSchema: markerIdArgs,
  perform(doc, { id }) {
    const { index, item: marker } = requireEntry(doc.markers, id, 'marker');
    return {
      doc: { ...doc, markers: removeAt(doc.markers, index) },
      inverse: invoke('marker.add', markerAddArgs, { ...marker, index }),
    };
  },
});
