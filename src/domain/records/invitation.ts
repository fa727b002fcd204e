import { z } from 'zod';
import { instant } from './instant';
import { surveyKindSchema } from './survey-kind';

/** An invitation to a survey, the denominator of the response rate. */
export const invitationSchema = z.object({
  type: z.literal('invitation'),
  ticketId: z.string().min(1),
  survey: surveyKindSchema,
  sentAt: instant,
});

export type InvitationInput = z.input<typeof invitationSchema>;
export type Invitation = z.output<typeof invitationSchema>;
