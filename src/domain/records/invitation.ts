import { z } from 'zod';
import { instant } from './instant';
import { surveySchema } from './survey';

/** An invitation to a survey, the denominator of the response rate. */
export const invitationSchema = z.object({
  type: z.literal('invitation'),
  ticketId: z.string().min(1),
  survey: surveySchema,
  sentAt: instant,
});

export type InvitationInput = z.input<typeof invitationSchema>;
export type Invitation = z.output<typeof invitationSchema>;
