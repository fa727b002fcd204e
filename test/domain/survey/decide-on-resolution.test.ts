import { surveySchema } from '../../../src/domain/survey';
import { daysAfter, decide, msBefore, RESOLVED_AT, settingsWith, ticket } from './fixtures';

describe('decideOnResolution', () => {
  it('schedules a survey due one hour after resolution by default', () => {
    expect(decide()).toEqual({
      id: '10001:55',
      ticketId: '10001',
      ticketKey: 'SD-1',
      project: 'SD',
      requestTypeId: '7',
      reporter: 'customer-1',
      changelogId: '55',
      cycle: 1,
      state: 'scheduled',
      skipReason: null,
      resolvedAt: '2026-03-02T10:00:00.000Z',
      dueAt: '2026-03-02T11:00:00.000Z',
      invitedAt: null,
      late: false,
      remindAt: null,
      remindedAt: null,
      expiresAt: null,
      answeredAt: null,
      answeredBy: null,
      timeline: [{ event: 'scheduled', at: '2026-03-02T10:00:00.000Z' }],
    });
  });

  it('gives a record the stored-survey schema accepts', () => {
    expect(surveySchema.parse(JSON.parse(JSON.stringify(decide())))).toEqual(decide());
  });

  it.each([
    [0, '2026-03-02T10:00:00.000Z'],
    [0.5, '2026-03-02T10:30:00.000Z'],
    [24, '2026-03-03T09:45:00.000Z'], // the sweep margin before the 24-hour promise
  ])('with a delay of %d h is due at %s', (delayHours, dueAt) => {
    expect(decide({ settings: settingsWith({ delayHours }) }).dueAt).toBe(dueAt);
  });

  it('names one survey per resolution: a redelivered event gives the same survey', () => {
    expect(decide({ samplingDraw: undefined })).toEqual(decide({ samplingDraw: undefined }));
    expect(decide({ changelogId: '77', cycle: 2 })).toMatchObject({ id: '10001:77', cycle: 2 });
  });

  describe('records why a resolution is skipped', () => {
    const skipped = (reason: string) => ({
      state: 'skipped',
      skipReason: reason,
      dueAt: null,
      timeline: [{ event: 'skipped', at: RESOLVED_AT.toISOString() }],
    });

    it('project-disabled: the project is not enabled', () => {
      expect(decide({ settings: settingsWith({ enabledProjects: ['IT'] }) })).toMatchObject(
        skipped('project-disabled'),
      );
      expect(decide({ settings: settingsWith({ enabledProjects: [] }) }).skipReason).toBe('project-disabled');
      expect(decide({ settings: settingsWith({ enabledProjects: ['SD'] }) }).state).toBe('scheduled');
    });

    it('request-type-excluded: the request type is excluded', () => {
      expect(decide({ settings: settingsWith({ excludedRequestTypes: ['3', '7'] }) })).toMatchObject(
        skipped('request-type-excluded'),
      );
      expect(
        decide({
          settings: settingsWith({ excludedRequestTypes: ['7'] }),
          ticket: { ...ticket, requestTypeId: null },
        }).state,
      ).toBe('scheduled');
    });

    it.each([null, undefined, ''])('no-reporter: the request has no reporter (%j)', (reporter) => {
      expect(decide({ ticket: { ...ticket, reporter } })).toMatchObject({
        ...skipped('no-reporter'),
        reporter: null,
      });
    });

    it('not-sampled: the draw falls outside the sampling share', () => {
      const tenPercent = settingsWith({ samplingPercent: 10 });
      expect(decide({ settings: tenPercent, samplingDraw: 0.1 })).toMatchObject(skipped('not-sampled'));
      expect(decide({ settings: tenPercent, samplingDraw: 0.0999 }).state).toBe('scheduled');
      expect(decide({ settings: settingsWith({ samplingPercent: 0 }), samplingDraw: 0 }).skipReason).toBe(
        'not-sampled',
      );
      expect(decide({ settings: settingsWith({ samplingPercent: 100 }), samplingDraw: 0.999999 }).state).toBe(
        'scheduled',
      );
    });

    it('throttled: the reporter was surveyed 29 days ago, but not 30', () => {
      expect(decide({ lastSurveyedAt: daysAfter(-29) })).toMatchObject(skipped('throttled'));
      expect(decide({ lastSurveyedAt: msBefore(daysAfter(-30), -1) }).skipReason).toBe('throttled');
      expect(decide({ lastSurveyedAt: daysAfter(-30) }).state).toBe('scheduled');
      expect(decide({ lastSurveyedAt: daysAfter(-31) }).state).toBe('scheduled');
    });

    it('throttled: follows the setting, and 0 days turns the throttle off', () => {
      expect(
        decide({ settings: settingsWith({ throttleDays: 7 }), lastSurveyedAt: daysAfter(-6) }).skipReason,
      ).toBe('throttled');
      expect(
        decide({ settings: settingsWith({ throttleDays: 7 }), lastSurveyedAt: daysAfter(-7) }).state,
      ).toBe('scheduled');
      expect(decide({ settings: settingsWith({ throttleDays: 0 }), lastSurveyedAt: RESOLVED_AT }).state).toBe(
        'scheduled',
      );
    });

    it('reports the broadest reason when several apply', () => {
      const everything = settingsWith({
        enabledProjects: ['IT'],
        excludedRequestTypes: ['7'],
        samplingPercent: 0,
      });
      expect(decide({ settings: everything, lastSurveyedAt: RESOLVED_AT }).skipReason).toBe(
        'project-disabled',
      );
      const excluded = settingsWith({ excludedRequestTypes: ['7'], samplingPercent: 0 });
      expect(decide({ settings: excluded, ticket: { ...ticket, reporter: null } }).skipReason).toBe(
        'request-type-excluded',
      );
      expect(
        decide({ settings: settingsWith({ samplingPercent: 0 }), lastSurveyedAt: daysAfter(-1) }).skipReason,
      ).toBe('throttled');
    });
  });
});
