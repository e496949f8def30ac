import { z } from 'zod';
import { colorSchema, labelSchema } from '../model/common';
import { fpsSchema } from '../model/format';
import { defineCommand, invoke } from './define';

const renameArgs = z.object({ name: labelSchema });

export const projectRename = defineCommand({
  name: 'project.rename',
  label: 'Rename project',
  argsSchema: renameArgs,
  coalesceKey: () => 'project.rename',
  perform(doc, { name }) {
    return {
      doc: { ...doc, name },
      inverse: invoke('project.rename', renameArgs, { name: doc.name }),
    };
  },
});

const setFormatArgs = z
  .object({ fps: fpsSchema.optional(), background: colorSchema.optional() })
  .refine((args) => args.fps !== undefined || args.background !== undefined, {
    message: 'give fps or background',
  });

export const projectSetFormat = defineCommand({
  name: 'project.setFormat',
  label: 'Change format',
  argsSchema: setFormatArgs,
  perform(doc, { fps, background }) {
    const format = {
      ...doc.format,
      fps: fps ?? doc.format.fps,
      background: background ?? doc.format.background,
    };
    return {
      doc: { ...doc, format },
      inverse: invoke('project.setFormat', setFormatArgs, {
        fps: doc.format.fps,
        background: doc.format.background,
      }),
    };
  },
});
