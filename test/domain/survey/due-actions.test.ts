import { dueActions, markAnswered, markExpired, markReminded, onReopen } from '../../../src/domain/survey';
import { daysAfter, decide, hoursAfter, invited, msBefore, settingsWith, unwrap } from './fixtures';

describe('dueActions', () => {
  describe('a scheduled survey', () => {
    const survey = decide();

    it('waits until dueAt, and says when that is', () => {
      expect(dueActions(survey, msBefore(hoursAfter(1)))).toEqual({
        action: 'none',
        nextAt: '2026-03-02T11:00:00.000Z',
      });
    });

    it('is invited at dueAt exactly, and after', () => {
      expect(dueActions(survey, hoursAfter(1))).toEqual({ action: 'invite', late: false });
      expect(dueActions(survey, hoursAfter(23))).toEqual({ action: 'invite', late: false });
    });

    it('with a delay of 0 h is due at resolution', () => {
      expect(dueActions(decide({ settings: settingsWith({ delayHours: 0 }) }), hoursAfter(0))).toEqual({
        action: 'invite',
        late: false,
      });
    });

    it('with a delay of 24 h is due at resolution + 24 h, still on time then', () => {
      const slow = decide({ settings: settingsWith({ delayHours: 24 }) });
      expect(dueActions(slow, msBefore(hoursAfter(24)))).toEqual({ action: 'none', nextAt: slow.dueAt });
      expect(dueActions(slow, hoursAfter(24))).toEqual({ action: 'invite', late: false });
    });

    it('is still invited when Jira was down past the 24-hour promise, flagged late', () => {
      expect(dueActions(survey, msBefore(hoursAfter(24), -1))).toEqual({ action: 'invite', late: true });
      expect(dueActions(survey, daysAfter(5))).toEqual({ action: 'invite', late: true });
    });
  });

  describe('an invited survey', () => {
    const settings = settingsWith({ reminder: { enabled: true, afterDays: 3 } });
    const survey = invited(settings);
    const remindAt = new Date(survey.remindAt ?? '');
    const expiresAt = new Date(survey.expiresAt ?? '');

    it('waits for the reminder', () => {
      expect(dueActions(survey, msBefore(remindAt))).toEqual({ action: 'none', nextAt: survey.remindAt });
    });

    it('is reminded at remindAt exactly, once', () => {
      expect(dueActions(survey, remindAt)).toEqual({ action: 'remind' });
      const reminded = unwrap(markReminded(survey, remindAt));
      expect(dueActions(reminded, remindAt)).toEqual({ action: 'none', nextAt: survey.expiresAt });
    });

    it('expires at expiresAt exactly, even with the reminder still pending', () => {
      expect(dueActions(survey, msBefore(expiresAt))).toEqual({ action: 'remind' });
      expect(dueActions(survey, expiresAt)).toEqual({ action: 'expire' });
    });

    it('without a reminder waits for expiry', () => {
      const plain = invited();
      expect(dueActions(plain, daysAfter(10))).toEqual({ action: 'none', nextAt: plain.expiresAt });
      expect(dueActions(plain, new Date(plain.expiresAt ?? ''))).toEqual({ action: 'expire' });
    });
  });

  it('has nothing to do, ever, for answered, expired, cancelled and skipped surveys', () => {
    const answered = unwrap(markAnswered(invited(), { at: hoursAfter(2), respondent: 'customer-1' }));
    const expired = unwrap(markExpired(invited(), daysAfter(15)));
    const cancelled = onReopen(decide(), hoursAfter(0.5));
    const skipped = decide({ settings: settingsWith({ enabledProjects: [] }) });
    for (const survey of [answered, expired, cancelled, skipped]) {
      expect(dueActions(survey, daysAfter(100))).toEqual({ action: 'none', nextAt: null });
    }
  });
});
