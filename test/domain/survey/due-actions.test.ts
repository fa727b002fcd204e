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

    it('with a delay of 24 h is due 15 minutes before the promise runs out, so a sweep keeps it', () => {
      const slow = decide({ settings: settingsWith({ delayHours: 24 }) });
      expect(slow.dueAt).toBe(new Date(hoursAfter(24).getTime() - 15 * 60_000).toISOString());
      expect(dueActions(slow, msBefore(new Date(slow.dueAt!)))).toEqual({
        action: 'none',
        nextAt: slow.dueAt,
      });
      // The sweep after it falls due (every five minutes) is on time; so is one at exactly 24 h.
      expect(dueActions(slow, new Date(new Date(slow.dueAt!).getTime() + 5 * 60_000))).toEqual({
        action: 'invite',
        late: false,
      });
      expect(dueActions(slow, hoursAfter(24))).toEqual({ action: 'invite', late: false });
    });

    it('with a delay just inside the margin is due at resolution + delay', () => {
      const nearly = decide({ settings: settingsWith({ delayHours: 23.5 }) });
      expect(nearly.dueAt).toBe(hoursAfter(23.5).toISOString());
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
