import { z } from 'zod';
import { BUILT_IN_LOCALES, type BuiltInLocale } from '../i18n/locale';
import { ICE_QUESTIONS, type IceQuestion } from '../records/survey-kind';
import { boundedNumber } from '../settings/bounded-number';
import { fieldErrors, type FieldError } from '../settings/field-errors';
import { plainText } from '../settings/plain-text';
import { DEFAULT_ICE_DELAY_HOURS } from './ice-survey';
import { DEFAULT_INCIDENT_LINK_TYPES } from './issue-links';
import { DEFAULT_MAJOR_INCIDENT_RULE } from './major-rule';
import { DEFAULT_FOLLOW_UP_HOURS } from './status-inquiry';

/** The wording of the three ICE questions in the languages the app ships. */
export const DEFAULT_ICE_QUESTIONS: Readonly<Record<BuiltInLocale, Record<IceQuestion, string>>> = {
  en: {
    clarity: 'How clear were our updates about the incident?',
    timeliness: 'How timely were our updates?',
    usefulness: 'How useful were our updates for planning your work?',
  },
  de: {
    clarity: 'Wie klar waren unsere Informationen zur Störung?',
    timeliness: 'Wie zeitnah kamen unsere Informationen?',
    usefulness: 'Wie nützlich waren unsere Informationen für die Planung Ihrer Arbeit?',
  },
  fr: {
    clarity: "Nos informations sur l'incident étaient-elles claires ?",
    timeliness: 'Nos informations sont-elles arrivées à temps ?',
    usefulness: 'Nos informations vous ont-elles été utiles pour organiser votre travail ?',
  },
  es: {
    clarity: '¿Qué tan claras fueron nuestras actualizaciones sobre la incidencia?',
    timeliness: '¿Qué tan oportunas fueron nuestras actualizaciones?',
    usefulness: '¿Qué tan útiles fueron nuestras actualizaciones para planificar su trabajo?',
  },
  ja: {
    clarity: '障害に関するお知らせは分かりやすかったですか？',
    timeliness: 'お知らせのタイミングは適切でしたか？',
    usefulness: 'お知らせは業務の計画に役立ちましたか？',
  },
};

const QUESTION_MAX_LENGTH = 200;
const NAME_MAX = 64;
const LIST_MAX = 50;

const nameList = (label: string) =>
  z
    .array(
      plainText(label, NAME_MAX).refine((name) => name !== '', { error: `${label} cannot be empty.` }),
      {
        error: `${label} must be a list of names.`,
      },
    )
    .max(LIST_MAX, { error: `${label} can name at most ${LIST_MAX}.` });

const fieldId = z
  .string({ error: 'The field must be a Jira field id such as customfield_10080.' })
  .regex(/^customfield_\d{1,9}$/, { error: 'The field must be a Jira field id such as customfield_10080.' });

const wording = z.partialRecord(
  z.enum(BUILT_IN_LOCALES, { error: `Wording is given for the languages ${BUILT_IN_LOCALES.join(', ')}.` }),
  z.partialRecord(
    z.enum(ICE_QUESTIONS),
    plainText('A question', QUESTION_MAX_LENGTH).refine((text) => text !== '', {
      error: 'A question cannot be empty.',
    }),
  ),
);

/**
 * What the administrator sets for major incidents and their survey. Unknown fields are refused;
 * the wording overrides the shipped questions per language and question.
 */
export const iceSettingsSchema = z.strictObject({
  enabled: z.boolean({ error: 'Whether the ICE survey is on must be true or false.' }),
  majorField: fieldId.nullable(),
  majorPriorities: nameList('The major priorities'),
  majorLabels: nameList('The major labels'),
  linkTypes: nameList('The link types').min(1, { error: 'Name at least one link type.' }),
  statusField: fieldId.nullable(),
  includeOrganizations: z.boolean({ error: 'Whether organisations count must be true or false.' }),
  delayHours: boundedNumber({ label: 'The delay after resolution', min: 0, max: 72, unit: 'hours' }),
  followUpHours: boundedNumber({
    label: 'The follow-up window',
    min: 0,
    max: 168,
    unit: 'hours',
    integer: true,
  }),
  statusInquiryRequestTypes: nameList('The status inquiry request types'),
  questions: wording,
});
export type IceSettings = z.output<typeof iceSettingsSchema>;

export const DEFAULT_ICE_SETTINGS: IceSettings = {
  enabled: true,
  majorField: DEFAULT_MAJOR_INCIDENT_RULE.fieldId,
  majorPriorities: [...DEFAULT_MAJOR_INCIDENT_RULE.priorities],
  majorLabels: [...DEFAULT_MAJOR_INCIDENT_RULE.labels],
  linkTypes: [...DEFAULT_INCIDENT_LINK_TYPES],
  statusField: null,
  includeOrganizations: false,
  delayHours: DEFAULT_ICE_DELAY_HOURS,
  followUpHours: DEFAULT_FOLLOW_UP_HOURS,
  statusInquiryRequestTypes: [],
  questions: {},
};

export type IceSettingsParse = { ok: true; settings: IceSettings } | { ok: false; errors: FieldError[] };

/** Applies a change to the settings; every error names its field and nothing changes. */
export function changeIceSettings(current: IceSettings, change: unknown): IceSettingsParse {
  if (typeof change !== 'object' || change === null || Array.isArray(change))
    return { ok: false, errors: [{ field: '', message: 'The change must be an object of settings.' }] };
  const parsed = iceSettingsSchema.safeParse({ ...current, ...change });
  return parsed.success
    ? { ok: true, settings: parsed.data }
    : { ok: false, errors: fieldErrors(parsed.error) };
}

/** The three questions in `locale` (a built-in language, else English), with the admin's wording first. */
export function iceQuestionsIn(settings: IceSettings, locale: string): Record<IceQuestion, string> {
  const language = (BUILT_IN_LOCALES as readonly string[]).includes(locale.slice(0, 2))
    ? (locale.slice(0, 2) as BuiltInLocale)
    : 'en';
  return { ...DEFAULT_ICE_QUESTIONS[language], ...settings.questions[language] };
}
