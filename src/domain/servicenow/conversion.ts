/**
 * The outcome of converting one row: a record (with notes on what could not be carried over), or
 * the reason there is none. `excluded` marks rows the mapping leaves out on purpose (a canceled
 * incident), told apart from rows that are wrong.
 */
export type Conversion<T> =
  { ok: true; record: T; notes: string[] } | { ok: false; reason: string; excluded?: boolean };

/** Absent fields and empty lists are left out of NDJSON; readers default them. */
export function dropUndefined<T extends object>(record: T): T {
  const present = ([, value]: [string, unknown]) =>
    value !== undefined && !(Array.isArray(value) && value.length === 0);
  return Object.fromEntries(Object.entries(record).filter(present)) as T;
}

/** The first issue of a failed canonical-schema check, as one line. */
export function firstIssue(
  kind: string,
  error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> },
): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` ${issue.path.map(String).join('.')}` : '';
  return `${kind}${where}: ${issue?.message ?? 'invalid'}`;
}
