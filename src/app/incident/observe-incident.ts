import { scheduleIceSurvey } from '../../domain/incident/ice-survey';
import { setLinked, type IncidentLog, type LinkedRequest } from '../../domain/incident/incident-log';
import { incidentWindow } from '../../domain/incident/incident-window';
import type { IceSettings } from '../../domain/incident/ice-settings';
import { readIncident, type IncidentReading } from '../../domain/incident/read-incident';
import { statusInquiryReason } from '../../domain/incident/status-inquiry';
import { emptyIncidentRecord, type IncidentDeps, type IncidentInquiry, type IncidentRecord } from './ports';

/** JSM's default "Request participants" and "Organizations" fields. */
const PARTICIPANTS_FIELD = 'customfield_10026';
const ORGANIZATIONS_FIELD = 'customfield_10002';
const ATTEMPTS = 3;

export function incidentReading(settings: IceSettings): IncidentReading {
  return {
    rule: {
      fieldId: settings.majorField,
      priorities: settings.majorPriorities,
      labels: settings.majorLabels,
    },
    linkTypes: settings.linkTypes,
    participantsFieldId: PARTICIPANTS_FIELD,
    organizationsFieldId: ORGANIZATIONS_FIELD,
    statusFieldId: settings.statusField,
  };
}

export type ObserveOutcome =
  | { outcome: 'not-major' }
  | { outcome: 'gone' }
  | { outcome: 'refused'; reason: string }
  | { outcome: 'recorded'; record: IncidentRecord };

/** The status inquiries among the linked requests, by the rules and the agent's marks. */
export function inquiriesOf(
  log: IncidentLog,
  agentMarks: Readonly<Record<string, boolean>>,
  settings: IceSettings,
): IncidentInquiry[] {
  const inquiries: IncidentInquiry[] = [];
  for (const request of log.linked) {
    const reason = statusInquiryReason({
      request,
      linkedIncidents: [log],
      statusInquiryRequestTypes: settings.statusInquiryRequestTypes,
      followUpHours: settings.followUpHours,
      agentMark: agentMarks[request.id] ?? null,
    });
    if (reason !== null) inquiries.push({ id: request.id, reporter: request.reporter, reason });
  }
  return inquiries;
}

/**
 * Reads an incident after an issue-updated or commented event (or a sweep) and records what it
 * says: its major window, public updates, people and linked requests, the status inquiries among
 * them, and, once resolved, its survey decision. An incident never major is not stored. A
 * concurrent change is retried on a fresh read.
 */
export async function observeIncident(deps: IncidentDeps, keyOrId: string): Promise<ObserveOutcome> {
  const settings = await deps.settings();
  const issue = await deps.desk.incident(keyOrId);
  if (issue === null) return { outcome: 'gone' };
  const id = (issue as { id?: unknown }).id;
  if (typeof id !== 'string' && typeof id !== 'number')
    return { outcome: 'refused', reason: 'issue.id: missing' };
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const stored = await deps.incidents.load(String(id));
    const known = stored.value;
    const read = readIncident(issue, incidentReading(settings), deps.now(), known?.log ?? null);
    if (!read.ok) return { outcome: 'refused', reason: read.reason };
    if (known === null && incidentWindow(read.log) === null) return { outcome: 'not-major' };
    const linked: LinkedRequest[] = [];
    for (const link of read.linked) {
      const request = await deps.desk.request(link.id);
      if (request !== null) linked.push(request);
    }
    const log = setLinked(read.log, linked);
    const base = known ?? emptyIncidentRecord(log);
    const survey = scheduleIceSurvey(
      log,
      {
        delayHours: settings.delayHours,
        projectEnabled: settings.enabled && (await deps.projectEnabled(log.project)),
      },
      base.survey,
    );
    const record: IncidentRecord = {
      ...base,
      log,
      survey,
      inquiries: inquiriesOf(log, base.agentMarks, settings),
    };
    if ((await deps.incidents.commit(log.id, record, stored.version)) === 'committed')
      return { outcome: 'recorded', record };
  }
  throw new Error(`The incident ${keyOrId} kept changing; it is read again on the next event.`);
}

/**
 * The agent's mark from the issue panel: the request is (or is not) a status inquiry about the
 * incident. Refused for a request not linked to a recorded incident.
 */
export async function markStatusInquiry(
  deps: IncidentDeps,
  incidentId: string,
  requestId: string,
  inquiry: boolean,
): Promise<{ ok: true; record: IncidentRecord } | { ok: false; error: string }> {
  if (typeof inquiry !== 'boolean') return { ok: false, error: 'The mark must be true or false.' };
  const settings = await deps.settings();
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const stored = await deps.incidents.load(incidentId);
    const known = stored.value;
    if (known === null) return { ok: false, error: 'This incident is not a recorded major incident.' };
    if (!known.log.linked.some((request) => request.id === requestId))
      return { ok: false, error: 'This request is not linked to the incident.' };
    const agentMarks = { ...known.agentMarks, [requestId]: inquiry };
    const record = { ...known, agentMarks, inquiries: inquiriesOf(known.log, agentMarks, settings) };
    if ((await deps.incidents.commit(incidentId, record, stored.version)) === 'committed')
      return { ok: true, record };
  }
  return { ok: false, error: 'The incident is being changed; please try again.' };
}
