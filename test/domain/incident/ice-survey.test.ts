import { acceptIceAnswer } from '../../../src/domain/incident/ice-answer';
import { inviteAffected, scheduleIceSurvey, type IceSurvey } from '../../../src/domain/incident/ice-survey';
import { responseSchema } from '../../../src/domain/records/response';
import { addReopen, addResolution, HOUR, incidentLog, markMajor, T0 } from './fixture';

const settings = { delayHours: 2, projectEnabled: true, throttleDays: 14, includeOrganizations: false };
const resolvedAt = T0 + 3 * HOUR;

function invited(lastSurveyedAt: Record<string, number> = {}): IceSurvey {
  const log = incidentLog();
  const survey = scheduleIceSurvey(log, settings, null);
  if (survey === null) throw new Error('expected a survey');
  return inviteAffected({ survey, log, settings, now: resolvedAt + 2 * HOUR, lastSurveyedAt });
}

describe('scheduling the ICE survey', () => {
  it('is due the delay after resolution', () => {
    expect(scheduleIceSurvey(incidentLog(), settings, null)).toMatchObject({
      state: 'scheduled',
      dueAt: resolvedAt + 2 * HOUR,
      reason: null,
    });
  });

  it('waits while the incident is open', () => {
    expect(scheduleIceSurvey({ ...incidentLog(), resolutionsAt: [] }, settings, null)).toBeNull();
  });

  it('skips an incident downgraded before resolution, with the reason', () => {
    const log = markMajor(incidentLog(), T0 + HOUR, false);
    expect(scheduleIceSurvey(log, settings, null)).toMatchObject({
      state: 'skipped',
      reason: 'downgraded',
      dueAt: null,
    });
  });

  it('skips a disabled project, with the reason', () => {
    expect(scheduleIceSurvey(incidentLog(), { ...settings, projectEnabled: false }, null)).toMatchObject({
      state: 'skipped',
      reason: 'project-disabled',
    });
  });

  it('does not survey a reopened incident twice: the first decision stands', () => {
    const first = invited();
    const log = addResolution(addReopen(incidentLog(), T0 + 5 * HOUR), T0 + 8 * HOUR);
    expect(scheduleIceSurvey(log, settings, first)).toBe(first);
    expect(inviteAffected({ survey: first, log, settings, now: T0 + 20 * HOUR, lastSurveyedAt: {} })).toBe(
      first,
    );
  });
});

describe('inviting the affected people', () => {
  it('does nothing before the survey is due', () => {
    const log = incidentLog();
    const survey = scheduleIceSurvey(log, settings, null)!;
    expect(inviteAffected({ survey, log, settings, now: resolvedAt + HOUR, lastSurveyedAt: {} })).toBe(
      survey,
    );
  });

  it('invites exactly the affected people, each where they are reached', () => {
    const survey = invited();
    expect(survey.state).toBe('invited');
    expect(survey.late).toBe(false);
    expect(survey.invitees.map((p) => [p.accountId, p.ticketId])).toEqual([
      ['carol', '30001'],
      ['dave', '30002'],
      ['alice', '20001'],
      ['bob', '20001'],
    ]);
  });

  it('skips people surveyed within the throttle, recording why', () => {
    const survey = invited({ dave: resolvedAt - 3 * 24 * HOUR, bob: resolvedAt - 30 * 24 * HOUR });
    expect(survey.invitees.map((p) => p.accountId)).toEqual(['carol', 'alice', 'bob']);
    expect(survey.skipped).toEqual([{ accountId: 'dave', reason: 'throttled' }]);
  });

  it('skips an incident that touched nobody', () => {
    const log = { ...incidentLog(), reporter: null, participants: [], linked: [] };
    const survey = scheduleIceSurvey(log, settings, null)!;
    expect(
      inviteAffected({ survey, log, settings, now: resolvedAt + 2 * HOUR, lastSurveyedAt: {} }),
    ).toMatchObject({
      state: 'skipped',
      reason: 'nobody-affected',
    });
  });

  it('marks an invitation sent more than 24 h after resolution as late', () => {
    const log = incidentLog();
    const survey = scheduleIceSurvey(log, settings, null)!;
    expect(
      inviteAffected({ survey, log, settings, now: resolvedAt + 25 * HOUR, lastSurveyedAt: {} }).late,
    ).toBe(true);
  });
});

describe('answering the ICE survey', () => {
  const now = resolvedAt + 5 * HOUR;
  const good = {
    incidentId: '20001',
    clarity: 4,
    timeliness: 2,
    usefulness: 5,
    comment: ' Updates came late ',
  };

  it('stores three answers on the incident for one respondent', () => {
    const result = acceptIceAnswer(invited(), 'carol', good, now);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.records.map((r) => [r.question, r.score, r.comment])).toEqual([
      ['clarity', 4, 'Updates came late'],
      ['timeliness', 2, null],
      ['usefulness', 5, null],
    ]);
    for (const record of result.records) expect(responseSchema.safeParse(record).success).toBe(true);
    expect(result.survey.invitees.find((p) => p.accountId === 'carol')?.answeredAt).toBe(now);
  });

  it.each([
    [
      { incidentId: '20001', clarity: 4, timeliness: 2 },
      'usefulness',
      'The usefulness score must be a whole number from 1 to 5.',
    ],
    [{ ...good, clarity: 6 }, 'clarity', 'The clarity score must be a whole number from 1 to 5.'],
    [{ ...good, timeliness: 0 }, 'timeliness', 'The timeliness score must be a whole number from 1 to 5.'],
    [{ ...good, clarity: '4' }, 'clarity', 'The clarity score must be a whole number from 1 to 5.'],
    [{ ...good, usefulness: 3.5 }, 'usefulness', 'The usefulness score must be a whole number from 1 to 5.'],
    [{ ...good, incidentId: 20001 }, 'incidentId', 'The incident must be named.'],
    [{ ...good, comment: 7 }, 'comment', expect.any(String)],
  ])('refuses %j, naming %s, and stores nothing', (value, field, message) => {
    const survey = invited();
    const result = acceptIceAnswer(survey, 'carol', value, now);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ field, message });
  });

  it('refuses an unexpected field', () => {
    const result = acceptIceAnswer(invited(), 'carol', { ...good, nps: 9 }, now);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: '',
          message:
            'Unexpected field: "nps". An answer has only "incidentId", "clarity", "timeliness", "usefulness" and "comment".',
        },
      ],
    });
  });

  it('refuses a person the incident did not affect, an answer for another incident, and a second answer', () => {
    const survey = invited();
    expect(acceptIceAnswer(survey, 'mallory', good, now)).toEqual({
      ok: false,
      errors: [
        {
          field: 'incidentId',
          message: 'Only people this incident affected and who were invited can answer its survey.',
        },
      ],
    });
    expect(acceptIceAnswer(survey, 'carol', { ...good, incidentId: '29999' }, now)).toEqual({
      ok: false,
      errors: [{ field: 'incidentId', message: 'This incident has no survey open for answers.' }],
    });
    const first = acceptIceAnswer(survey, 'carol', good, now);
    if (!first.ok) throw new Error('first answer refused');
    expect(acceptIceAnswer(first.survey, 'carol', good, now + 1)).toEqual({
      ok: false,
      errors: [{ field: 'incidentId', message: 'You have already answered this survey.' }],
    });
  });
});
