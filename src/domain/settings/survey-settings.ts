import { z } from 'zod';
import { DEFAULT_SETTINGS as METRIC_DEFAULTS } from '../metrics/settings';
import { npsSettingsSchema } from '../nps/nps-settings';
import {
  lowScoreFields,
  mttaFields,
  reminderFields,
  settingsFields as field,
  targetFields,
  weightFields,
} from './fields';

const targets = METRIC_DEFAULTS.targets;

/**
 * The app's settings as stored, with the defaults a fresh install runs on: every project, one
 * hour after resolution, one survey per customer per 30 days, everyone sampled, answers for 14
 * days, no reminder, built-in wording, low score at CSAT ≤ 2 or CES ≤ 3 with an internal comment,
 * UTC, and the metric defaults of metrics.md.
 *
 * Unknown fields are dropped rather than refused, so a value written by a newer version of the
 * app still reads; the admin page writes through the strict `settingsPatchSchema` instead.
 * A reminder that would go out on or after expiry is refused while the reminder is on.
 */
export const surveySettingsSchema = z
  .object(
    {
      enabledProjects: field.enabledProjects.default('all'),
      delayHours: field.delayHours.default(1),
      throttleDays: field.throttleDays.default(30),
      samplingPercent: field.samplingPercent.default(100),
      excludedRequestTypes: field.excludedRequestTypes.default([]),
      expiryDays: field.expiryDays.default(14),
      reminder: z
        .object(
          { enabled: reminderFields.enabled.default(false), afterDays: reminderFields.afterDays.default(7) },
          { error: 'Reminder must be an object with "enabled" and "afterDays".' },
        )
        .prefault({}),
      wording: field.wording.default({}),
      lowScore: z
        .object(
          {
            csatAtMost: lowScoreFields.csatAtMost.default(2),
            cesAtMost: lowScoreFields.cesAtMost.default(3),
            internalComment: lowScoreFields.internalComment.default(true),
          },
          { error: 'Low score must be an object with "csatAtMost", "cesAtMost" and "internalComment".' },
        )
        .prefault({}),
      jsmSurveyProjects: field.jsmSurveyProjects.default([]),
      /** The relationship survey asked in the portal (domain/nps/nps-settings.ts). */
      nps: npsSettingsSchema.prefault({}),
      reportingTimeZone: field.reportingTimeZone.default('UTC'),
      cesThreshold: field.cesThreshold.default(METRIC_DEFAULTS.cesThreshold),
      firstQuestion: field.firstQuestion.default('ces'),
      targets: z
        .object(
          {
            csat: targetFields.csat.default(targets.csat),
            ces: targetFields.ces.default(targets.ces),
            nps: targetFields.nps.default(targets.nps),
            ice: targetFields.ice.default(targets.ice),
            fcr: targetFields.fcr.default(targets.fcr),
            experienceIndex: targetFields.experienceIndex.default(targets.experienceIndex),
          },
          { error: 'Targets must be an object of numbers.' },
        )
        .prefault({}),
      // Added after the first release: settings stored before them read with these defaults.
      mtta: z
        .object(
          {
            highPriorities: mttaFields.highPriorities.default([...METRIC_DEFAULTS.mtta.highPriorities]),
            highTargetMinutes: mttaFields.highTargetMinutes.default(
              METRIC_DEFAULTS.mtta.highTargetSeconds / 60,
            ),
            standardTargetMinutes: mttaFields.standardTargetMinutes.default(
              METRIC_DEFAULTS.mtta.standardTargetSeconds / 60,
            ),
          },
          { error: 'MTTA settings must be an object with "highPriorities" and the two targets.' },
        )
        .prefault({}),
      weights: z
        .object(
          {
            csat: weightFields.csat.default(METRIC_DEFAULTS.weights.csat),
            ces: weightFields.ces.default(METRIC_DEFAULTS.weights.ces),
            nps: weightFields.nps.default(METRIC_DEFAULTS.weights.nps),
            fcr: weightFields.fcr.default(METRIC_DEFAULTS.weights.fcr),
            mtta: weightFields.mtta.default(METRIC_DEFAULTS.weights.mtta),
            availability: weightFields.availability.default(METRIC_DEFAULTS.weights.availability),
            selfService: weightFields.selfService.default(METRIC_DEFAULTS.weights.selfService),
          },
          { error: 'Experience Index weights must be an object of numbers.' },
        )
        .prefault({}),
    },
    { error: 'Settings must be an object.' },
  )
  .superRefine((settings, ctx) => {
    const { reminder, expiryDays } = settings;
    if (reminder.enabled && reminder.afterDays >= expiryDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['reminder', 'afterDays'],
        message: `The reminder must go out before the survey expires: choose fewer than ${expiryDays} days.`,
      });
    }
  });

/** Settings as stored and used. */
export type SurveySettings = z.output<typeof surveySettingsSchema>;
/** Settings as written: any field may be left out and takes its default. */
export type SurveySettingsInput = z.input<typeof surveySettingsSchema>;
