import { z } from 'zod';
import { fieldErrors } from './field-errors';
import {
  lowScoreFields,
  mttaFields,
  reminderFields,
  settingsFields,
  targetFields,
  weightFields,
} from './fields';
import { npsSettingsFields } from '../nps/nps-settings';
import type { SettingsParse } from './parse-settings';
import { parseSettings } from './parse-settings';
import type { SurveySettings } from './survey-settings';

/** One message for a misspelt field, another for a value that is not an object at all. */
const objectErrors = (unknown: string, notObject: string) => (issue: z.core.$ZodRawIssue) =>
  issue.code === 'unrecognized_keys' ? `${unknown}: ${(issue.keys as string[]).join(', ')}.` : notObject;

const partialGroup = <Shape extends z.core.$ZodLooseShape>(shape: Shape, name: string) =>
  z
    .strictObject(shape, {
      error: objectErrors(`Unknown ${name} setting`, `The ${name} settings must be an object.`),
    })
    .partial()
    .optional();

/**
 * A partial update from the admin page: every field optional, nested groups partial too, and
 * unknown fields refused (a misspelt setting would otherwise be silently lost). `wording`, when
 * present, replaces the whole wording map, because the admin page edits it as one form.
 */
export const settingsPatchSchema = z.strictObject(
  {
    ...Object.fromEntries(Object.entries(settingsFields).map(([key, schema]) => [key, schema.optional()])),
    reminder: partialGroup(reminderFields, 'reminder'),
    lowScore: partialGroup(lowScoreFields, 'low-score'),
    targets: partialGroup(targetFields, 'target'),
    mtta: partialGroup(mttaFields, 'MTTA'),
    weights: partialGroup(weightFields, 'weight'),
    nps: partialGroup(npsSettingsFields, 'NPS'),
  } as {
    [Key in keyof typeof settingsFields]: z.ZodOptional<(typeof settingsFields)[Key]>;
  } & {
    reminder: ReturnType<typeof partialGroup<typeof reminderFields>>;
    lowScore: ReturnType<typeof partialGroup<typeof lowScoreFields>>;
    targets: ReturnType<typeof partialGroup<typeof targetFields>>;
    mtta: ReturnType<typeof partialGroup<typeof mttaFields>>;
    weights: ReturnType<typeof partialGroup<typeof weightFields>>;
    nps: ReturnType<typeof partialGroup<typeof npsSettingsFields>>;
  },
  { error: objectErrors('Unknown setting', 'Settings must be an object.') },
);

export type SettingsPatch = z.output<typeof settingsPatchSchema>;

/**
 * Applies a partial update to the current settings and validates the result as a whole, so rules
 * that span fields (a reminder before expiry) hold after every save.
 *
 * @returns the new settings, or the patch's field errors (nothing is applied if any field is wrong).
 * @example
 *   applySettingsPatch(defaultSettings(), { reminder: { enabled: true } })
 *   //=> { ok: true, settings: { ..., reminder: { enabled: true, afterDays: 7 } } }
 */
export function applySettingsPatch(current: SurveySettings, patch: unknown): SettingsParse {
  const parsed = settingsPatchSchema.safeParse(patch);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const { reminder, lowScore, targets, mtta, weights, nps, ...top } = parsed.data;
  return parseSettings({
    ...current,
    ...top,
    reminder: { ...current.reminder, ...reminder },
    lowScore: { ...current.lowScore, ...lowScore },
    targets: { ...current.targets, ...targets },
    mtta: { ...current.mtta, ...mtta },
    weights: { ...current.weights, ...weights },
    nps: { ...current.nps, ...nps },
  });
}
