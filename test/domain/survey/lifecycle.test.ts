import {
  markAnswered,
  markExpired,
  markInvited,
  markReminded,
  onReopen,
  type Survey,
  type TransitionCode,
} from '../../../src/domain/survey';
import {
  daysAfter,
  decide,
  hoursAfter,
  invited,
  msBefore,
  RESOLVED_AT,
  settingsWith,
  unwrap,
} from './fixtures';

const withReminder = settingsWith({ reminder: { enabled: true, afterDays: 3 } });
const customer = { respondent: 'customer-1' };

const refusedWith = (code: TransitionCode) => expect.objectContaining({ ok: false, code });

describe('markInvited', () => {
  it('opens a 14-day answer window from the invitation, without a reminder by default', () => {
    const survey = invited();
    expect(survey).toMatchObject({
      state: 'invited',
      invitedAt: '2026-03-02T11:00:00.000Z',
      late: false,
      remindAt: null,
      expiresAt: '2026-03-16T11:00:00.000Z',
    });
    expect(survey.timeline.map((entry) => entry.event)).toEqual(['scheduled', 'invited']);
  });

  it('plans the single reminder when it is on', () => {
    expect(invited(withReminder).remindAt).toBe('2026-03-05T11:00:00.000Z');
  });

  it('refuses before the survey is due, and a second invitation', () => {
    const scheduled = decide();
    expect(markInvited(scheduled, msBefore(hoursAfter(1)), settingsWith())).toEqual(refusedWith('NOT_DUE'));
    expect(markInvited(invited(), hoursAfter(2), settingsWith())).toEqual(
      refusedWith('SURVEY_ALREADY_INVITED'),
    );
  });

  it('refuses skipped, cancelled and answered surveys', () => {
    const skipped = decide({ settings: settingsWith({ enabledProjects: [] }) });
    expect(markInvited(skipped, hoursAfter(1), settingsWith())).toEqual(refusedWith('SURVEY_SKIPPED'));
    expect(markInvited(onReopen(decide(), hoursAfter(0.5)), hoursAfter(1), settingsWith())).toEqual(
      refusedWith('SURVEY_CANCELLED'),
    );
    const answered = unwrap(markAnswered(decide(), { at: hoursAfter(0.5), ...customer }));
    expect(markInvited(answered, hoursAfter(1), settingsWith())).toEqual(refusedWith('SURVEY_ANSWERED'));
  });

  it('still invites late, flagged, when past resolution + 24 h', () => {
    const scheduled = decide();
    expect(unwrap(markInvited(scheduled, hoursAfter(24), settingsWith())).late).toBe(false);
    const late = unwrap(markInvited(scheduled, hoursAfter(26), settingsWith()));
    expect(late).toMatchObject({
      state: 'invited',
      late: true,
      expiresAt: daysAfter(14, hoursAfter(26)).toISOString(),
    });
    expect(unwrap(markInvited(scheduled, msBefore(hoursAfter(24), -1), settingsWith())).late).toBe(true);
  });

  it('plans no reminder that would fall on or after expiry, even from older stored settings', () => {
    const inconsistent = settingsWith({ expiryDays: 3, reminder: { enabled: true, afterDays: 3 } });
    expect(invited(inconsistent).remindAt).toBeNull();
  });
});

describe('markReminded', () => {
  const survey = invited(withReminder);
  const remindAt = new Date(survey.remindAt ?? '');

  it('records the reminder once it is due', () => {
    const reminded = unwrap(markReminded(survey, remindAt));
    expect(reminded).toMatchObject({ state: 'invited', remindedAt: survey.remindAt });
    expect(reminded.timeline.map((entry) => entry.event)).toEqual(['scheduled', 'invited', 'reminded']);
  });

  it('refuses early, twice, without a planned reminder, or after expiry', () => {
    expect(markReminded(survey, msBefore(remindAt))).toEqual(refusedWith('NOT_DUE'));
    expect(markReminded(unwrap(markReminded(survey, remindAt)), remindAt)).toEqual(
      refusedWith('REMINDER_ALREADY_SENT'),
    );
    expect(markReminded(invited(), daysAfter(5))).toEqual(refusedWith('REMINDER_NOT_SCHEDULED'));
    expect(markReminded(survey, new Date(survey.expiresAt ?? ''))).toEqual(refusedWith('SURVEY_EXPIRED'));
    expect(markReminded(decide(), daysAfter(5))).toEqual(refusedWith('SURVEY_NOT_INVITED'));
  });
});

describe('markExpired', () => {
  const survey = invited();
  const expiresAt = new Date(survey.expiresAt ?? '');

  it('closes the survey at the end of the answer window', () => {
    expect(unwrap(markExpired(survey, expiresAt))).toMatchObject({ state: 'expired' });
  });

  it('refuses before expiry, and for surveys that are not open', () => {
    expect(markExpired(survey, msBefore(expiresAt))).toEqual(refusedWith('NOT_DUE'));
    expect(markExpired(decide(), daysAfter(30))).toEqual(refusedWith('SURVEY_NOT_INVITED'));
    const answered = unwrap(markAnswered(survey, { at: hoursAfter(3), ...customer }));
    expect(markExpired(answered, expiresAt)).toEqual(refusedWith('SURVEY_ANSWERED'));
    expect(markExpired(unwrap(markExpired(survey, expiresAt)), expiresAt)).toEqual(
      refusedWith('SURVEY_EXPIRED'),
    );
  });
});

describe('markAnswered', () => {
  const survey = invited();
  const expiresAt = new Date(survey.expiresAt ?? '');

  it('records the answer, its time and who gave it', () => {
    const answered = unwrap(markAnswered(survey, { at: hoursAfter(5), respondent: 'participant-2' }));
    expect(answered).toMatchObject({
      state: 'answered',
      answeredAt: '2026-03-02T15:00:00.000Z',
      answeredBy: 'participant-2',
    });
    expect(answered.timeline.at(-1)).toEqual({ event: 'answered', at: '2026-03-02T15:00:00.000Z' });
  });

  it('accepts an answer until the last moment of the window, and an answer before the invitation', () => {
    expect(markAnswered(survey, { at: msBefore(expiresAt), ...customer }).ok).toBe(true);
    expect(markAnswered(decide(), { at: hoursAfter(0.5), ...customer }).ok).toBe(true);
  });

  it('keeps the first answer', () => {
    const answered = unwrap(markAnswered(survey, { at: hoursAfter(5), ...customer }));
    expect(markAnswered(answered, { at: hoursAfter(5), ...customer })).toEqual({
      ok: false,
      code: 'SURVEY_ANSWERED',
      message: 'This survey has already been answered.',
    });
  });

  it('refuses an expired survey, even before the sweeper marked it', () => {
    expect(markAnswered(survey, { at: expiresAt, ...customer })).toEqual({
      ok: false,
      code: 'SURVEY_EXPIRED',
      message: 'This survey has expired.',
    });
    expect(markAnswered(unwrap(markExpired(survey, expiresAt)), { at: expiresAt, ...customer })).toEqual(
      refusedWith('SURVEY_EXPIRED'),
    );
  });

  it('refuses cancelled and skipped surveys', () => {
    expect(markAnswered(onReopen(survey, hoursAfter(3)), { at: hoursAfter(4), ...customer })).toEqual({
      ok: false,
      code: 'SURVEY_CANCELLED',
      message: 'This survey was cancelled because the request was reopened.',
    });
    const skipped = decide({ settings: settingsWith({ samplingPercent: 0 }) });
    expect(markAnswered(skipped, { at: hoursAfter(4), ...customer })).toEqual(refusedWith('SURVEY_SKIPPED'));
  });

  it('never changes the survey it refuses', () => {
    const before = JSON.stringify(survey);
    markAnswered(survey, { at: expiresAt, ...customer });
    markInvited(survey, expiresAt, settingsWith());
    expect(JSON.stringify(survey)).toBe(before);
  });
});

describe('onReopen', () => {
  it('cancels a scheduled survey (reopened before the invitation)', () => {
    const cancelled = onReopen(decide(), hoursAfter(0.5));
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.timeline.at(-1)).toEqual({ event: 'cancelled', at: '2026-03-02T10:30:00.000Z' });
  });

  it('cancels an invited survey not yet answered', () => {
    expect(onReopen(invited(), daysAfter(2)).state).toBe('cancelled');
  });

  it.each<[string, () => Survey]>([
    ['answered', () => unwrap(markAnswered(invited(), { at: hoursAfter(3), ...customer }))],
    ['expired', () => unwrap(markExpired(invited(), daysAfter(20)))],
    ['cancelled', () => onReopen(decide(), hoursAfter(0.5))],
    ['skipped', () => decide({ settings: settingsWith({ samplingPercent: 0 }) })],
  ])('leaves an %s survey as it is', (_state, make) => {
    const survey = make();
    expect(onReopen(survey, daysAfter(25))).toBe(survey);
  });

  it('lets the next resolution start a new cycle', () => {
    const first = onReopen(decide(), hoursAfter(0.5));
    const second = decide({ changelogId: '80', cycle: 2, resolvedAt: daysAfter(1) });
    expect([first.id, first.state]).toEqual(['10001:55', 'cancelled']);
    expect(second).toMatchObject({ id: '10001:80', cycle: 2, state: 'scheduled' });
    expect(RESOLVED_AT.toISOString()).toBe(first.resolvedAt);
  });
});
