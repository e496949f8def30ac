import { z } from 'zod';
import { projectDocumentSchema } from '../model';

const projectId = z.string().min(1);

/** What opening or creating a project returns. */
export const projectOpenedSchema = z.object({
  projectId,
  path: z.string(),
  document: projectDocumentSchema,
  seq: z.number().int().nonnegative(),
  readOnly: z.boolean(),
  /** Why the project is read-only, or other things the user must know (network share…). */
  warnings: z.array(z.string()),
});
export type ProjectOpened = z.infer<typeof projectOpenedSchema>;
