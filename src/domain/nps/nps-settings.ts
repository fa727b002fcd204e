import { z } from 'zod';
import { CANONICAL_LOCALE } from '../i18n/locale';
import { boundedNumber } from '../settings/bounded-number';
import { plainText } from '../settings/plain-text';
import type { NpsBand } from './nps-band';

/** At most this many reasons per band, each at most this long: the prompt stays one short list. */
export const NPS_REASONS_PER_BAND = 8;
export const NPS_REASON_MAX_LENGTH = 60;

/** The reasons offered when an administrator has written none for the customer's language. */
export const DEFAULT_NPS_REASONS: Readonly<Record<NpsBand, readonly string[]>> = {
  detractor: ['Too slow', 'Problem not solved', 'Hard to reach', 'Unfriendly', 'Too many steps'],
  passive: ['Could be faster', 'Needed several contacts', 'Unclear updates', 'Fine, nothing special'],
  promoter: ['Fast', 'Solved first time', 'Friendly and clear', 'Easy to ask'],
};

const reasonList = (band: NpsBand) =>
  z
    .array(plainText(`A ${band} reason`, NPS_REASON_MAX_LENGTH), {
      error: `The ${band} reasons must be a list of texts.`,
    })
    .max(NPS_REASONS_PER_BAND, { error: `At most ${NPS_REASONS_PER_BAND} ${band} reasons.` })
    .transform((reasons) => [...new Set(reasons.filter((reason) => reason !== ''))]);

/** One language's reasons, a list per band; a band left out offers the default reasons. */
const localeReasons = z.strictObject(
  {
    detractor: reasonList('detractor').optional(),
    passive: reasonList('passive').optional(),
    promoter: reasonList('promoter').optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown NPS band: ${issue.keys.join(', ')}. Bands are detractor, passive and promoter.`
        : 'The reasons of a language must be an object of lists.',
  },
);

/** The schema of each NPS setting without its default (the patch makes each optional). */
export const npsSettingsFields = {
  /** The service desks (project keys) whose customers are asked; none by default, `'all'` for every desk. */
  enabledProjects: z.union(
    [
      z.literal('all'),
      z
        .array(
          z.string().regex(/^[A-Z][A-Z0-9_]*$/, {
            error: 'NPS projects: each entry must be a Jira project key such as SD.',
          }),
          {
            error: 'NPS projects must be "all" or a list of project keys.',
          },
        )
        .max(250, { error: 'NPS projects may list at most 250 entries.' })
        .transform((keys) => [...new Set(keys)]),
    ],
    { error: 'NPS projects must be "all" or a list of project keys.' },
  ),
  /** Days between two NPS questions to one person: the cycle. */
  intervalDays: boundedNumber({ label: 'NPS interval', min: 30, max: 365, unit: 'days', integer: true }),
  /** Only people with a request resolved within this many days are asked. */
  recentDays: boundedNumber({
    label: 'NPS recent resolution',
    min: 1,
    max: 365,
    unit: 'days',
    integer: true,
  }),
  /** Share of due people who are asked, in percent. */
  samplingPercent: boundedNumber({ label: 'NPS sampling share', min: 0, max: 100, unit: 'percent' }),
  /** Days after a CES/CSAT invitation during which NPS is not asked. */
  quietDays: boundedNumber({ label: 'NPS quiet period', min: 0, max: 60, unit: 'days', integer: true }),
  /** Whether a passive answer opens a follow-up too (a detractor always does). */
  followUpPassives: z.boolean({ error: 'NPS follow-up of passives must be true or false.' }),
  /** Whether a follow-up adds an internal comment on the customer's most recent request. */
  internalComment: z.boolean({ error: 'NPS internal comment must be true or false.' }),
  /** Reasons per band, per language (canonical tag such as "en" or "pt-BR"). */
  reasons: z
    .record(z.string(), localeReasons, { error: 'NPS reasons must be an object keyed by language.' })
    .superRefine((reasons, ctx) => {
      const locales = Object.keys(reasons);
      if (locales.length > 10)
        ctx.addIssue({ code: 'custom', message: 'NPS reasons may be given for at most 10 languages.' });
      for (const locale of locales) {
        if (!CANONICAL_LOCALE.test(locale))
          ctx.addIssue({
            code: 'custom',
            path: [locale],
            message: `"${locale.slice(0, 20)}" is not a language; write it like "de" or "pt-BR".`,
          });
      }
    }),
};

/**
 * The NPS settings as stored, with the defaults of a fresh install: asked nowhere until an
 * administrator picks service desks, every 90 days per person, only people with a request
 * resolved in the last 180 days, everyone due sampled, never within 7 days of a CES/CSAT
 * invitation, follow-ups for detractors only, no internal comment, the built-in reasons.
 */
export const npsSettingsSchema = z.object(
  {
    enabledProjects: npsSettingsFields.enabledProjects.default([]),
    intervalDays: npsSettingsFields.intervalDays.default(90),
    recentDays: npsSettingsFields.recentDays.default(180),
    samplingPercent: npsSettingsFields.samplingPercent.default(100),
    quietDays: npsSettingsFields.quietDays.default(7),
    followUpPassives: npsSettingsFields.followUpPassives.default(false),
    internalComment: npsSettingsFields.internalComment.default(false),
    reasons: npsSettingsFields.reasons.default({}),
  },
  { error: 'NPS settings must be an object.' },
);

export type NpsSettings = z.output<typeof npsSettingsSchema>;

/** The reasons a customer of this language is offered for a band: the administrator's, else the defaults. */
export function npsReasonsFor(
  settings: NpsSettings,
  locale: string | null,
  band: NpsBand,
): readonly string[] {
  const language = locale?.split(/[-_]/)[0];
  const own =
    (locale && settings.reasons[locale]?.[band]) ?? (language && settings.reasons[language]?.[band]);
  return own && own.length > 0 ? own : DEFAULT_NPS_REASONS[band];
}

/** Whether customers of this service desk are asked. */
export function isNpsProject(settings: Pick<NpsSettings, 'enabledProjects'>, projectKey: string): boolean {
  return settings.enabledProjects === 'all' || settings.enabledProjects.includes(projectKey);
}
