import { z } from 'zod';
import { instant, optionalInstant } from './instant';

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);

const instantList = z
  .array(instant)
  .nullish()
  .transform((value) => value ?? []);

/**
 * A ticket (JSM request or incident) in canonical form. Only `id` and `createdAt` are required.
 *
 * `resolvedAt` is the first resolution; `reopenedAt` and `followUpAt` list later events.
 * A ticket whose first response, resolution or completion precedes its creation is rejected:
 * it would give a negative duration, which no metric can use honestly.
 */
export const ticketSchema = z
  .object({
    type: z.literal('ticket'),
    source: optionalText,
    id: z.string().min(1),
    key: optionalText,
    project: optionalText,
    kind: z.enum(['incident', 'request']).nullish(),
    priority: optionalText,
    requestType: optionalText,
    assignee: optionalText,
    team: optionalText,
    organization: optionalText,
    reporter: optionalText,
    createdAt: instant,
    firstResponseAt: optionalInstant,
    firstResponseBy: z.enum(['human', 'automation']).nullish(),
    resolvedAt: optionalInstant,
    reopenedAt: instantList,
    followUpAt: instantList,
    valueAt: optionalInstant,
    handleSeconds: z.number().nonnegative().nullish(),
    majorIncident: z.boolean().nullish(),
    statusInquiry: z.boolean().nullish(),
  })
  .check((ctx) => {
    const ticket = ctx.value;
    for (const field of ['firstResponseAt', 'resolvedAt', 'valueAt'] as const) {
      const at = ticket[field];
      if (at !== undefined && at < ticket.createdAt) {
        ctx.issues.push({
          code: 'custom',
          input: at,
          path: [field],
          message: `${field} is before createdAt`,
        });
      }
    }
  });

/** The wire form of a ticket line (ISO strings). */
export type TicketInput = z.input<typeof ticketSchema>;
/** A parsed ticket (epoch milliseconds). */
export type Ticket = z.output<typeof ticketSchema>;

/**
 * The ticket as it stood at `asOf`: a first response, resolution, delivered value, reopen or
 * follow-up after that moment had not happened yet, and a ticket created after it did not exist
 * (`undefined`). Handle time is read with the resolution it is placed by.
 */
export function ticketAsOf(ticket: Ticket, asOf: number): Ticket | undefined {
  if (ticket.createdAt > asOf) return undefined;
  const before = (at: number | undefined) => (at !== undefined && at <= asOf ? at : undefined);
  const resolvedAt = before(ticket.resolvedAt);
  const firstResponseAt = before(ticket.firstResponseAt);
  return {
    ...ticket,
    firstResponseAt,
    firstResponseBy: firstResponseAt === undefined ? undefined : ticket.firstResponseBy,
    resolvedAt,
    valueAt: before(ticket.valueAt),
    handleSeconds: resolvedAt === undefined ? undefined : ticket.handleSeconds,
    reopenedAt: ticket.reopenedAt.filter((at) => at <= asOf),
    followUpAt: ticket.followUpAt.filter((at) => at <= asOf),
  };
}
