import { z } from 'zod';
import { instant } from './instant';

/** A self-service (help centre / knowledge base) session of one user. */
export const selfServiceSchema = z.object({
  type: z.literal('selfservice'),
  user: z.string().min(1),
  startedAt: instant,
  completed: z.boolean(),
});

export type SelfServiceInput = z.input<typeof selfServiceSchema>;
export type SelfServiceSession = z.output<typeof selfServiceSchema>;
