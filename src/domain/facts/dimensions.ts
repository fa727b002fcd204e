import { z } from 'zod';

const labelled = z.object({ id: z.string(), name: z.string() }).nullable();

/**
 * Who and what a ticket's facts are attributed to, captured when the ticket is resolved: the
 * assignee and their team at that moment, the request type, priority and the customer's
 * organization. `null` when Jira has none; breakdowns name those rows as people would ("No team",
 * "Unassigned": empty-dimension-labels.ts).
 */
export const dimensionsSchema = z.object({
  agent: labelled,
  team: labelled,
  requestType: labelled,
  priority: labelled,
  organization: labelled,
});

export type Dimensions = z.infer<typeof dimensionsSchema>;

export const NO_DIMENSIONS: Dimensions = {
  agent: null,
  team: null,
  requestType: null,
  priority: null,
  organization: null,
};

/** The value every ticket without one is grouped under. */
export const NONE_KEY = '-';
