import { z } from 'zod';
import { commandInvocationSchema } from '../commands/define';

/** One undo step as the renderer's History records it (also what engine-side edits return). */
export const historyStepSchema = z.object({
  label: z.string(),
  forward: z.array(commandInvocationSchema),
  inverse: z.array(commandInvocationSchema),
});
