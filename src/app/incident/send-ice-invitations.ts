import { affectedPeople } from '../../domain/incident/affected-people';
import { inviteAffected, type IceInvitee } from '../../domain/incident/ice-survey';
import { iceQuestionsIn, type IceSettings } from '../../domain/incident/ice-settings';
import type { IncidentLog } from '../../domain/incident/incident-log';
import { writeIceFacts, type IncidentDeps } from './ports';

export interface IceSweepReport {
  invited: number;
  skipped: number;
  /** Invitations Jira did not take; the person stays invited and can answer in the portal. */
  failed: number;
}

/** The invitation comment: it names the person, so Jira notifies them, and points to the portal. */
export function iceInvitationComment(log: IncidentLog, invitee: IceInvitee, settings: IceSettings): string {
  const questions = iceQuestionsIn(settings, 'en');
  return [
    `[~accountid:${invitee.accountId}] ${log.key ?? 'The incident'} is resolved. How did we keep you informed?`,
    `Please answer three short questions in the portal (${questions.clarity} / ${questions.timeliness} / ${questions.usefulness}).`,
  ].join('\n');
}

/**
 * Sends the due ICE surveys: invites each affected person once (a comment on their linked
 * request, or on the incident) and records one invitation per person. The survey is committed as
 * sent before any comment goes out, so overlapping sweeps never post twice; another sweep's
 * commit wins and this one moves on.
 */
export async function sendDueIceSurveys(deps: IncidentDeps): Promise<IceSweepReport> {
  const report: IceSweepReport = { invited: 0, skipped: 0, failed: 0 };
  const settings = await deps.settings();
  const now = deps.now();
  for (const incidentId of await deps.incidents.dueSurveys(now)) {
    const stored = await deps.incidents.load(incidentId);
    const record = stored.value;
    if (record === null || record.survey === null) continue;
    const members: Record<string, string[]> = {};
    if (settings.includeOrganizations)
      for (const name of record.log.organizations) members[name] = await deps.desk.organizationMembers(name);
    const people = affectedPeople(record.log, {
      includeOrganizations: settings.includeOrganizations,
      organizationMembers: members,
    });
    const survey = inviteAffected({
      survey: record.survey,
      log: record.log,
      settings: {
        throttleDays: await deps.throttleDays(),
        includeOrganizations: settings.includeOrganizations,
      },
      now,
      lastSurveyedAt: await deps.history.lastSurveyedAt(people.map((person) => person.accountId)),
      organizationMembers: members,
    });
    if (survey === record.survey) continue;
    if ((await deps.incidents.commit(incidentId, { ...record, survey }, stored.version)) !== 'committed')
      continue;
    report.skipped += survey.skipped.length;
    for (const invitee of survey.invitees) {
      const target = record.log.linked.find((request) => request.id === invitee.ticketId);
      try {
        await deps.desk.addComment(
          target?.key ?? target?.id ?? record.log.key ?? incidentId,
          iceInvitationComment(record.log, invitee, settings),
          {
            public: true,
          },
        );
        report.invited += 1;
      } catch {
        report.failed += 1;
      }
      await deps.history.noteSurveyed(invitee.accountId, now);
    }
    await writeIceFacts(deps, { ...record, survey }, now);
  }
  return report;
}
