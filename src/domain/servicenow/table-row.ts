import { z } from 'zod';

/**
 * One Table API row as the connector reads it: field name → raw string value. Keys may be dotted
 * (`instance.trigger_id`, `metric.name`) when a field was dot-walked in `sysparm_fields`; the
 * response keeps those literal names (servicenow.md §1, [2]).
 */
export type TableRow = Readonly<Record<string, string>>;

/**
 * A value as the Table API answers it. Raw values are strings (`"3"`, `"true"`, `""`). Without
 * `sysparm_exclude_reference_link=true` a reference is `{link, value}`; with
 * `sysparm_display_value=all` every field is `{display_value, value}` (plus `link` for references).
 * Either object form is read as its raw `value`, so exports made with other settings still convert.
 */
const rawValue = z.union([
  z.string(),
  z
    .object({ value: z.string(), link: z.string().optional(), display_value: z.unknown().optional() })
    .transform((field) => field.value),
]);

/**
 * A row: every value a string (or one of the object forms above). A number, boolean or null is not
 * something ServiceNow sends, so it is refused with the field named rather than guessed at.
 */
export const tableRowSchema = z.record(z.string(), rawValue, {
  error: 'a row is an object of string values',
});

/** The v2 list envelope: `{"result": [...]}`. Rows are checked one by one (see {@link readRow}). */
export const tableResultSchema = z.object({ result: z.array(z.unknown()) });

/** A single-record GET answers `{"result": {...}}`. */
export const singleRecordSchema = z.object({ result: z.record(z.string(), z.unknown()) });

/** The failure envelope of every Table API error (servicenow.md §1, [12]); `detail` may be empty or null. */
export const failureBodySchema = z.object({
  error: z.object({ message: z.string(), detail: z.string().nullish() }),
  status: z.literal('failure'),
});
export type FailureBody = z.infer<typeof failureBodySchema>;

export type RowRead = { ok: true; row: TableRow } | { ok: false; reason: string };

/** Validates one row, naming the first field that is not a ServiceNow value. */
export function readRow(value: unknown): RowRead {
  const parsed = tableRowSchema.safeParse(value);
  if (parsed.success) return { ok: true, row: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path[0];
  if (field === undefined) return { ok: false, reason: 'not a row: expected an object of string values' };
  const bad = (value as Record<string, unknown>)[String(field)];
  return {
    ok: false,
    reason: `field "${String(field)}" holds ${JSON.stringify(bad)}; the Table API sends every value as a string`,
  };
}

/** A field's value: `undefined` when the key is absent (not requested, or hidden by a field ACL). */
export const fieldOf = (row: TableRow, name: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(row, name) ? row[name] : undefined;

/** The first of `names` present in the row with a non-empty value. */
export function firstFilled(row: TableRow, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = fieldOf(row, name);
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}
