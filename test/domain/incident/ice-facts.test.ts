import { NO_DIMENSIONS } from '../../../src/domain/facts/dimensions';
import { acceptIceAnswer } from '../../../src/domain/incident/ice-answer';
import { iceFacts } from '../../../src/domain/incident/ice-facts';
import { inviteAffected, scheduleIceSurvey } from '../../../src/domain/incident/ice-survey';
import { HOUR, incidentLog, T0 } from './fixture';

const settings = { delayHours: 2, projectEnabled: true, throttleDays: 0, includeOrganizations: false };

describe('ICE facts', () => {
  const log = { ...incidentLog(), project: 'OPS', key: 'OPS-7' };
  const scheduled = scheduleIceSurvey(log, settings, null)!;
  // invited at 14:00 UTC on 2 March; answered at 23:30 UTC, which is 3 March in Berlin
  const invited = inviteAffected({
    survey: scheduled,
    log,
    settings,
    now: T0 + 5 * HOUR,
    lastSurveyedAt: {},
  });
  const answered = acceptIceAnswer(
    invited,
    'carol',
    { incidentId: '20001', clarity: 5, timeliness: 3, usefulness: 4 },
    Date.parse('2026-03-02T23:30:00Z'),
  );
  if (!answered.ok) throw new Error('answer refused');

  it('has none before invitations go out', () => {
    expect(iceFacts(log, scheduled, NO_DIMENSIONS, 'UTC')).toEqual([]);
  });

  it('places invitations and answers on their days in the reporting zone, under the incident', () => {
    const facts = iceFacts(log, answered.survey, NO_DIMENSIONS, 'Europe/Berlin');
    expect(facts.map((fact) => [fact.projectKey, fact.day, fact.issueId, fact.records.length])).toEqual([
      ['OPS', '2026-03-02', '20001.ice', 4],
      ['OPS', '2026-03-03', '20001.ice', 3],
    ]);
    expect(
      facts[1]!.records.map((record) => record.type === 'response' && [record.question, record.score]),
    ).toEqual([
      ['clarity', 5],
      ['timeliness', 3],
      ['usefulness', 4],
    ]);
    expect(iceFacts(log, answered.survey, NO_DIMENSIONS, 'UTC').map((fact) => fact.day)).toEqual([
      '2026-03-02',
    ]);
  });
});
