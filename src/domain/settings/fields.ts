import { z } from 'zod';
import { CANONICAL_LOCALE } from '../i18n/locale';
import { MESSAGE_KEYS, REQUIRED_PLACEHOLDERS, type MessageKey } from '../i18n/messages';
import { SCALES } from '../records/survey-kind';
import { boundedNumber } from './bounded-number';
import { MESSAGE_MAX_LENGTH, SETTINGS_LIMITS } from './limits';
import { plainText } from './plain-text';

/**
 * The schema of each setting without its default. The stored settings (`surveySettingsSchema`)
 * add defaults; a patch (`settingsPatchSchema`) makes every field optional. Keeping the rules
 * here once means a value the admin page accepts is a value the stored settings accept.
 */

/** A list of distinct ids or keys; duplicates are dropped, order is kept. */
function idList(label: string, max: number, pattern: RegExp, shape: string) {
  return z
    .array(
      z
        .string({ error: `${label} must be a list of text values.` })
        .max(SETTINGS_LIMITS.idLength, {
          error: `${label}: each entry must be at most ${SETTINGS_LIMITS.idLength} characters.`,
        })
        .regex(pattern, { error: `${label}: each entry must be ${shape}.` }),
      { error: `${label} must be a list.` },
    )
    .max(max, { error: `${label} may list at most ${max} entries.` })
    .transform((ids) => [...new Set(ids)]);
}

/** Jira project keys: an upper-case letter, then upper-case letters, digits or underscores. */
const PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;
const projectKeys = (label: string) =>
  idList(
    label,
    SETTINGS_LIMITS.projects,
    PROJECT_KEY,
    'a Jira project key such as SD (upper-case letters, digits, _)',
  );

const TIME_ZONE_ERROR = 'Reporting time zone must be an IANA time zone such as "UTC" or "Europe/Berlin".';

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** One message an administrator rewords; an empty text means "use the default" and is dropped. */
function wordingText(key: MessageKey) {
  const required = REQUIRED_PLACEHOLDERS[key] ?? [];
  return plainText(`The "${key}" wording`, MESSAGE_MAX_LENGTH[key])
    .refine((text) => text === '' || required.every((placeholder) => text.includes(placeholder)), {
      error: `The "${key}" wording must contain ${required.join(', ')} where the survey link goes.`,
    })
    .transform((text) => (text === '' ? undefined : text))
    .optional();
}

const wordingShape = Object.fromEntries(MESSAGE_KEYS.map((key) => [key, wordingText(key)])) as Record<
  MessageKey,
  ReturnType<typeof wordingText>
>;

/** Administrator wording for one locale; unknown message names are refused (a typo would be lost). */
const localeWording = z.strictObject(wordingShape, {
  error: (issue) =>
    issue.code === 'unrecognized_keys'
      ? `Unknown wording: ${issue.keys.join(', ')}. Known: ${MESSAGE_KEYS.join(', ')}.`
      : 'The wording of a locale must be an object of texts.',
});

const wholeScore = (label: string, scale: { min: number; max: number }) =>
  boundedNumber({ label, min: scale.min, max: scale.max, integer: true });

/** Top-level settings. */
export const settingsFields = {
  /** `'all'`, or the keys of the projects that send surveys (an empty list pauses surveys). */
  enabledProjects: z.union([z.literal('all'), projectKeys('Enabled projects')], {
    error: 'Enabled projects must be "all" or a list of project keys.',
  }),
  /** Hours between resolution and invitation; fractions allowed (0.5 = 30 minutes). */
  delayHours: boundedNumber({ label: 'Delay after resolution', min: 0, max: 24, unit: 'hours' }),
  /** Minimum days between two surveys of the same customer; 0 turns the throttle off. */
  throttleDays: boundedNumber({ label: 'Throttle', min: 0, max: 365, unit: 'days', integer: true }),
  /** Share of eligible resolutions that are surveyed, in percent. */
  samplingPercent: boundedNumber({ label: 'Sampling share', min: 0, max: 100, unit: 'percent' }),
  /** JSM request type ids that never send surveys. */
  excludedRequestTypes: idList(
    'Excluded request types',
    SETTINGS_LIMITS.requestTypes,
    /^[A-Za-z0-9_-]+$/,
    'a request type id (letters, digits, _ or -)',
  ),
  /** Days after the invitation during which the customer may answer. */
  expiryDays: boundedNumber({ label: 'Expiry', min: 1, max: 90, unit: 'days', integer: true }),
  /** Administrator wording per locale (canonical tag), layered over the built-in wording. */
  wording: z
    .record(z.string(), localeWording, { error: 'Wording must be an object keyed by locale.' })
    .superRefine((wording, ctx) => {
      const locales = Object.keys(wording);
      if (locales.length > SETTINGS_LIMITS.wordingLocales) {
        ctx.addIssue({
          code: 'custom',
          message: `Wording may be given for at most ${SETTINGS_LIMITS.wordingLocales} locales.`,
        });
      }
      for (const locale of locales) {
        if (!CANONICAL_LOCALE.test(locale)) {
          ctx.addIssue({
            code: 'custom',
            path: [locale],
            message: `"${locale.slice(0, 20)}" is not a locale; write it like "de" or "pt-BR".`,
          });
        }
      }
    }),
  /** Projects where JSM's own satisfaction survey is also on (shown as a warning). */
  jsmSurveyProjects: projectKeys('Projects with the JSM satisfaction survey'),
  /** IANA time zone for calendar buckets (metrics.md, Windows). */
  reportingTimeZone: z
    .string({ error: TIME_ZONE_ERROR })
    .max(SETTINGS_LIMITS.timeZoneLength, { error: TIME_ZONE_ERROR })
    .refine(isTimeZone, { error: TIME_ZONE_ERROR }),
  /** CES counts a score at or above this as positive (metrics.md). */
  cesThreshold: wholeScore('CES threshold', SCALES.ces),
  /** The question asked first: its scores are the one-click links of the invitation. */
  firstQuestion: z.enum(['ces', 'csat'], { error: 'The first question must be "ces" or "csat".' }),
};

/** The optional single reminder. */
export const reminderFields = {
  enabled: z.boolean({ error: 'Reminder on/off must be true or false.' }),
  /** Days after the invitation the reminder goes out; must fall before expiry when enabled. */
  afterDays: boundedNumber({ label: 'Reminder', min: 1, max: 89, unit: 'days', integer: true }),
};

/** What counts as a low score, and what happens then. */
export const lowScoreFields = {
  /** A CSAT score at or below this is low; 5 is excluded, or every answer would be low. */
  csatAtMost: wholeScore('Low CSAT threshold', { min: SCALES.csat.min, max: SCALES.csat.max - 1 }),
  /** A CES score at or below this is low. */
  cesAtMost: wholeScore('Low CES threshold', { min: SCALES.ces.min, max: SCALES.ces.max - 1 }),
  /** Post an internal comment on the ticket when a low score arrives. */
  internalComment: z.boolean({ error: 'Internal comment on low score must be true or false.' }),
};

const percentTarget = (label: string) => boundedNumber({ label: `${label} target`, min: 0, max: 100 });

/** Metric targets (metrics.md); all in percent except NPS, which is on −100…100. */
export const targetFields = {
  csat: percentTarget('CSAT'),
  ces: percentTarget('CES'),
  nps: boundedNumber({ label: 'NPS target', min: -100, max: 100 }),
  ice: percentTarget('ICE'),
  fcr: percentTarget('FCR'),
  experienceIndex: percentTarget('Experience Index'),
};

const PRIORITY_ERROR = 'High priorities must be a list of Jira priority names, such as "Highest" or "P1".';

/**
 * MTTA (metrics.md): which priorities form the `high` class and each class's target, in minutes
 * as the admin page shows them (the calculator works in seconds).
 */
export const mttaFields = {
  /** Priority names, compared without regard to case; duplicates (ignoring case) are dropped. */
  highPriorities: z
    .array(
      z
        .string({ error: PRIORITY_ERROR })
        .trim()
        .min(1, { error: 'High priorities: a priority name cannot be empty.' })
        .max(SETTINGS_LIMITS.idLength, {
          error: `High priorities: each name must be at most ${SETTINGS_LIMITS.idLength} characters.`,
        }),
      { error: PRIORITY_ERROR },
    )
    .max(SETTINGS_LIMITS.priorities, {
      error: `High priorities may list at most ${SETTINGS_LIMITS.priorities} names.`,
    })
    .transform((names) =>
      names.filter(
        (name, index) => names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === index,
      ),
    ),
  highTargetMinutes: boundedNumber({
    label: 'MTTA target for high priorities',
    min: 1,
    max: 10_080,
    unit: 'minutes',
  }),
  standardTargetMinutes: boundedNumber({
    label: 'MTTA target for other priorities',
    min: 1,
    max: 10_080,
    unit: 'minutes',
  }),
};

const weightField = (label: string) => boundedNumber({ label: `${label} weight`, min: 0, max: 10 });

/** Experience Index weights (metrics.md); 0 leaves a component out of the index. */
export const weightFields = {
  csat: weightField('CSAT'),
  ces: weightField('CES'),
  nps: weightField('NPS'),
  fcr: weightField('First contact resolution'),
  mtta: weightField('Acknowledged within target'),
  availability: weightField('Availability'),
  selfService: weightField('Self-service success'),
};
