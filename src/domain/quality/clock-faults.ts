import type { TicketObservation } from '../capture/observation';

/**
 * A clock Jira recorded that contradicts the ticket's creation. The ticket record leaves such a
 * moment out (it would give a negative duration), so the metrics never see it; data quality
 * counts it so the desk can correct the ticket.
 */
export const CLOCK_FAULTS = ['resolved-before-created', 'responded-before-created'] as const;
export type ClockFault = (typeof CLOCK_FAULTS)[number];

/**
 * The contradictory clocks of an observed ticket: a resolution or a first response before it
 * was created.
 *
 * Empty input: an observation without `createdAt` has none (nothing to contradict yet).
 */
export function clockFaultsOf(observation: TicketObservation): ClockFault[] {
  const createdAt = observation.createdAt;
  if (createdAt === undefined) return [];
  const faults: ClockFault[] = [];
  if (observation.resolutionsAt.some((at) => at < createdAt)) faults.push('resolved-before-created');
  if (observation.firstResponse && observation.firstResponse.at < createdAt)
    faults.push('responded-before-created');
  return faults;
}
