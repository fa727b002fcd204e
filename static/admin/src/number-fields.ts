import type { NumberSpec } from '../../shared/fields/NumberField';

/**
 * The numeric settings the form edits, by dotted path (the same paths the backend names in its
 * field errors). Bounds mirror src/domain/settings/fields.ts; they only guide the input (the
 * backend's patch schema decides), and a test keeps the two in step.
 */
export const NUMBER_FIELDS = {
  delayHours: {
    label: 'Delay after resolution',
    min: 0,
    max: 24,
    step: 'any',
    unit: 'hours',
    hint: 'Fractions allowed: 0.5 is 30 minutes. From 23.75 up, surveys go out 15 minutes before the 24-hour promise ends.',
  },
  throttleDays: {
    label: 'Survey a customer at most once every',
    min: 0,
    max: 365,
    step: 1,
    unit: 'days',
    hint: '0 turns the throttle off.',
  },
  samplingPercent: {
    label: 'Sampling',
    min: 0,
    max: 100,
    step: 'any',
    unit: '%',
    hint: 'Share of eligible resolutions that are surveyed.',
  },
  expiryDays: { label: 'Answers accepted for', min: 1, max: 90, step: 1, unit: 'days' },
  'reminder.afterDays': {
    label: 'Remind after',
    min: 1,
    max: 89,
    step: 1,
    unit: 'days',
    hint: 'Must be before the survey expires.',
  },
  'lowScore.csatAtMost': { label: 'CSAT at most', min: 1, max: 4, step: 1 },
  'lowScore.cesAtMost': { label: 'CES at most', min: 1, max: 6, step: 1 },
  cesThreshold: {
    label: 'CES counts as positive from',
    min: 1,
    max: 7,
    step: 1,
    hint: 'A score at or above this is an easy experience.',
  },
  'targets.csat': { label: 'CSAT target', min: 0, max: 100, step: 'any', unit: '%' },
  'targets.ces': { label: 'CES target', min: 0, max: 100, step: 'any', unit: '%' },
  'targets.nps': { label: 'NPS target', min: -100, max: 100, step: 'any' },
  'targets.ice': {
    label: 'ICE target',
    min: 0,
    max: 100,
    step: 'any',
    unit: '%',
    hint: 'Incident communication effectiveness: answers rating incident updates 4 or 5 out of 5.',
  },
  'targets.fcr': { label: 'FCR target', min: 0, max: 100, step: 'any', unit: '%' },
  // The index is a score from 0 to 100, not a share: shown without "%" here as in the gadgets.
  'targets.experienceIndex': {
    label: 'Experience Index target',
    min: 0,
    max: 100,
    step: 'any',
    hint: 'The index is a score from 0 to 100.',
  },
  'mtta.highTargetMinutes': {
    label: 'MTTA target for high priorities',
    min: 1,
    max: 10080,
    step: 'any',
    unit: 'minutes',
    hint: 'A request of a high priority is acknowledged in time when its first public response comes within this.',
  },
  'mtta.standardTargetMinutes': {
    label: 'MTTA target for other priorities',
    min: 1,
    max: 10080,
    step: 'any',
    unit: 'minutes',
  },
  'weights.csat': { label: 'Customer satisfaction (CSAT)', min: 0, max: 10, step: 'any' },
  'weights.ces': { label: 'Customer effort (CES)', min: 0, max: 10, step: 'any' },
  'weights.nps': { label: 'Net Promoter Score', min: 0, max: 10, step: 'any' },
  'weights.fcr': { label: 'First contact resolution', min: 0, max: 10, step: 'any' },
  'weights.mtta': { label: 'Acknowledged within target', min: 0, max: 10, step: 'any' },
  'weights.availability': { label: 'Availability as users see it', min: 0, max: 10, step: 'any' },
  'weights.selfService': { label: 'Self-service success', min: 0, max: 10, step: 'any' },
  'nps.intervalDays': {
    label: 'Ask each person NPS at most once every',
    min: 30,
    max: 365,
    step: 1,
    unit: 'days',
  },
  'nps.recentDays': {
    label: 'Only people with a request resolved in the last',
    min: 1,
    max: 365,
    step: 1,
    unit: 'days',
  },
  'nps.samplingPercent': { label: 'NPS sampling', min: 0, max: 100, step: 'any', unit: '%' },
  'nps.quietDays': {
    label: 'No NPS within this many days of a CES/CSAT invitation',
    min: 0,
    max: 60,
    step: 1,
    unit: 'days',
  },
} as const satisfies Record<string, NumberSpec>;

export type NumberPath = keyof typeof NUMBER_FIELDS;
export const NUMBER_PATHS = Object.keys(NUMBER_FIELDS) as NumberPath[];

/** The on/off settings. */
export const FLAG_FIELDS = {
  'reminder.enabled': 'Send one reminder',
  'lowScore.internalComment': 'Add an internal comment to the ticket when a low score arrives',
  'nps.followUpPassives': 'Open a follow-up for passives (7–8) too, not only detractors',
  'nps.internalComment':
    "Add an internal comment on the customer's latest request when an NPS follow-up opens",
} as const;

export type FlagPath = keyof typeof FLAG_FIELDS;
export const FLAG_PATHS = Object.keys(FLAG_FIELDS) as FlagPath[];
