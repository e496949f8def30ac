import { z } from 'zod';
import { projectOpenedSchema } from '../project-opened';

/** The demo project: written on first use (footage made locally), reopened after that. */
export const demoCalls = {
  'project.demo': {
    request: z.object({ dir: z.string().min(1).max(4096).optional() }),
    response: projectOpenedSchema,
  },
} as const;
