import { incidentSummary, type IncidentSummary } from '../../domain/incident/incident-summary';
import type { IncidentDeps } from './ports';

/**
 * What the incident's issue panel shows: the communication timeline, the ICE answers by question
 * and the status follow-ups; `null` for an incident never major.
 */
export async function readIncidentPanel(
  deps: Pick<IncidentDeps, 'incidents' | 'now'>,
  incidentId: string,
): Promise<IncidentSummary | null> {
  const { value } = await deps.incidents.load(incidentId);
  if (value === null) return null;
  // Organisation members are asked only when invited, so the survey's invitees already hold them;
  // the share of people who had to ask is over the incident's named people and linked reporters.
  return incidentSummary(value.log, value.survey, value.inquiries, {
    asOf: deps.now(),
    includeOrganizations: false,
  });
}
