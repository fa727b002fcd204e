import type { FieldError } from '../../../src/contract/envelope';
import { MESSAGE_KEYS, type MessageKey } from '../../../src/domain/i18n/messages';
import type { SurveySettings } from '../../../src/domain/settings/survey-settings';
import { FLAG_PATHS, NUMBER_PATHS, type FlagPath, type NumberPath } from './number-fields';

export type LocaleWording = Partial<Record<MessageKey, string>>;
export type WordingDraft = Record<string, LocaleWording>;

/**
 * The settings as the form holds them while the administrator types: numbers as the text in
 * their inputs (so "1." or "" can be typed on the way to a number), id lists as free text.
 */
export interface SettingsDraft {
  numbers: Record<NumberPath, string>;
  flags: Record<FlagPath, boolean>;
  enabledProjects: 'all' | string[];
  excludedRequestTypes: string;
  jsmSurveyProjects: string[];
  reportingTimeZone: string;
  /** The MTTA high-priority names as typed, separated by commas or line breaks. */
  highPriorities: string;
  /** The question whose scores are the invitation's one-click links. */
  firstQuestion: SurveySettings['firstQuestion'];
  wording: WordingDraft;
}

export type SettingsDraftAction =
  | { type: 'reset'; settings: SurveySettings }
  | { type: 'number'; path: NumberPath; text: string }
  | { type: 'flag'; path: FlagPath; value: boolean }
  | { type: 'enabledProjects'; value: 'all' | string[] }
  | { type: 'excludedRequestTypes'; text: string }
  | { type: 'jsmSurveyProjects'; value: string[] }
  | { type: 'reportingTimeZone'; text: string }
  | { type: 'highPriorities'; text: string }
  | { type: 'firstQuestion'; value: SurveySettings['firstQuestion'] }
  | { type: 'wording'; locale: string; key: MessageKey; text: string }
  | { type: 'addLocale'; locale: string };

/** The value at a dotted path of a nested object, or `undefined`. */
export function readPath(source: unknown, path: string): unknown {
  let value: unknown = source;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Sets a dotted path in a plain object, creating the groups on the way. */
function writePath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop();
  if (last === undefined) return;
  let group = target;
  for (const part of parts) {
    const next = group[part];
    if (typeof next === 'object' && next !== null) group = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      group[part] = created;
      group = created;
    }
  }
  group[last] = value;
}

function copyWording(wording: SurveySettings['wording']): WordingDraft {
  const draft: WordingDraft = {};
  for (const [locale, texts] of Object.entries(wording)) {
    const copy: LocaleWording = {};
    for (const key of MESSAGE_KEYS) {
      const text = texts?.[key];
      if (typeof text === 'string') copy[key] = text;
    }
    draft[locale] = copy;
  }
  return draft;
}

export function draftFromSettings(settings: SurveySettings): SettingsDraft {
  const numbers = Object.fromEntries(
    NUMBER_PATHS.map((path) => {
      const value = readPath(settings, path);
      return [path, typeof value === 'number' ? String(value) : ''];
    }),
  ) as Record<NumberPath, string>;
  const flags = Object.fromEntries(
    FLAG_PATHS.map((path) => [path, readPath(settings, path) === true]),
  ) as Record<FlagPath, boolean>;
  return {
    numbers,
    flags,
    enabledProjects: settings.enabledProjects === 'all' ? 'all' : [...settings.enabledProjects],
    excludedRequestTypes: settings.excludedRequestTypes.join(', '),
    jsmSurveyProjects: [...settings.jsmSurveyProjects],
    reportingTimeZone: settings.reportingTimeZone,
    highPriorities: settings.mtta.highPriorities.join(', '),
    firstQuestion: settings.firstQuestion,
    wording: copyWording(settings.wording),
  };
}

export function settingsDraftReducer(draft: SettingsDraft, action: SettingsDraftAction): SettingsDraft {
  switch (action.type) {
    case 'reset':
      return draftFromSettings(action.settings);
    case 'number':
      return { ...draft, numbers: { ...draft.numbers, [action.path]: action.text } };
    case 'flag':
      return { ...draft, flags: { ...draft.flags, [action.path]: action.value } };
    case 'enabledProjects':
      return { ...draft, enabledProjects: action.value };
    case 'excludedRequestTypes':
      return { ...draft, excludedRequestTypes: action.text };
    case 'jsmSurveyProjects':
      return { ...draft, jsmSurveyProjects: action.value };
    case 'reportingTimeZone':
      return { ...draft, reportingTimeZone: action.text };
    case 'highPriorities':
      return { ...draft, highPriorities: action.text };
    case 'firstQuestion':
      return { ...draft, firstQuestion: action.value };
    case 'wording':
      return {
        ...draft,
        wording: {
          ...draft.wording,
          [action.locale]: { ...draft.wording[action.locale], [action.key]: action.text },
        },
      };
    case 'addLocale':
      return action.locale in draft.wording
        ? draft
        : { ...draft, wording: { ...draft.wording, [action.locale]: {} } };
  }
}

/** A free-text list of ids: split on commas, spaces and line breaks; blanks and repeats dropped. */
export function parseIdList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter((id) => id !== ''))];
}

/**
 * A free-text list of names (priority names may hold spaces): split on commas and line breaks,
 * trimmed; blanks and repeats (ignoring case, as MTTA compares them) dropped.
 */
export function parseNameList(text: string): string[] {
  const names = text
    .split(/[,;\n]+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.filter(
    (name, index) => names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === index,
  );
}

/** A number typed in an input, or `null` when the text is not one. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/**
 * Wording as it is saved: blank texts mean "use the default" and are left out, and so is a
 * locale with nothing left. Locales and keys come out sorted, so two equal wordings compare equal.
 */
export function normalizeWording(wording: Readonly<Record<string, LocaleWording | undefined>>): WordingDraft {
  const result: WordingDraft = {};
  for (const locale of Object.keys(wording).sort()) {
    const texts: LocaleWording = {};
    for (const key of MESSAGE_KEYS) {
      const text = wording[locale]?.[key];
      if (typeof text === 'string' && text.trim() !== '') texts[key] = text;
    }
    if (Object.keys(texts).length > 0) result[locale] = texts;
  }
  return result;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);
const sorted = (list: readonly string[]) => [...list].sort();

export interface PatchResult {
  /** Only the settings that differ from `original`; nested groups hold only their changed fields. */
  patch: Record<string, unknown>;
  /** Inputs that are not values at all (an empty number); nothing can be saved until they are fixed. */
  errors: FieldError[];
}

/**
 * The patch that turns `original` into what the form shows. Unchanged settings are left out,
 * so a save never rewrites a value the administrator did not touch (and never fights a
 * concurrent change to another field). Range rules are the backend's: they come back as field
 * errors, worded once there.
 */
export function buildPatch(original: SurveySettings, draft: SettingsDraft): PatchResult {
  const patch: Record<string, unknown> = {};
  const errors: FieldError[] = [];

  for (const path of NUMBER_PATHS) {
    const value = parseNumber(draft.numbers[path]);
    if (value === null) {
      errors.push({ field: path, message: 'Enter a number.' });
      continue;
    }
    if (value !== readPath(original, path)) writePath(patch, path, value);
  }
  for (const path of FLAG_PATHS) {
    if (draft.flags[path] !== readPath(original, path)) writePath(patch, path, draft.flags[path]);
  }

  const { enabledProjects } = draft;
  if (enabledProjects === 'all' || original.enabledProjects === 'all') {
    if (enabledProjects !== original.enabledProjects) {
      patch.enabledProjects = enabledProjects === 'all' ? 'all' : sorted(enabledProjects);
    }
  } else if (!sameList(sorted(enabledProjects), sorted(original.enabledProjects))) {
    patch.enabledProjects = sorted(enabledProjects);
  }

  const excluded = parseIdList(draft.excludedRequestTypes);
  if (!sameList(excluded, original.excludedRequestTypes)) patch.excludedRequestTypes = excluded;

  if (!sameList(sorted(draft.jsmSurveyProjects), sorted(original.jsmSurveyProjects))) {
    patch.jsmSurveyProjects = sorted(draft.jsmSurveyProjects);
  }

  const highPriorities = parseNameList(draft.highPriorities);
  if (!sameList(highPriorities, original.mtta.highPriorities)) {
    writePath(patch, 'mtta.highPriorities', highPriorities);
  }

  if (draft.firstQuestion !== original.firstQuestion) patch.firstQuestion = draft.firstQuestion;

  const timeZone = draft.reportingTimeZone.trim();
  if (timeZone !== original.reportingTimeZone) patch.reportingTimeZone = timeZone;

  const wording = normalizeWording(draft.wording);
  if (JSON.stringify(wording) !== JSON.stringify(normalizeWording(original.wording))) patch.wording = wording;

  return { patch, errors };
}

/** Whether the form differs from the saved settings (an unparsable number counts as a change). */
export function isDirty(original: SurveySettings, draft: SettingsDraft): boolean {
  const { patch, errors } = buildPatch(original, draft);
  return errors.length > 0 || Object.keys(patch).length > 0;
}
