import type { z } from 'zod';

/** One problem with one field, in plain English. `field` is a dotted path; `''` is the whole value. */
export interface FieldError {
  field: string;
  message: string;
}

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** A union branch that failed only on the value's own type never applied to it. */
function wrongShape(branch: readonly Issue[]): boolean {
  return branch.some(
    (issue) => issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value'),
  );
}

/**
 * The issues to report for one zod issue. When a value fails a union (`"all"` or a list) but has
 * the shape of exactly one branch, that branch's specific messages explain more than the
 * union's summary ("each entry must be a project key" rather than "must be all or a list").
 */
function explain(issue: Issue, prefix: Path): { path: Path; message: string }[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    const applicable = issue.errors.filter((branch) => !wrongShape(branch));
    const [only] = applicable;
    if (applicable.length === 1 && only !== undefined) return only.flatMap((inner) => explain(inner, path));
  }
  return [{ path, message: issue.message }];
}

/**
 * Turns a zod error into one message per field and problem, in the order zod found them.
 * Every schema in this domain words its own messages, so they are passed through as they are.
 */
export function fieldErrors(error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const { path, message } of error.issues.flatMap((issue) => explain(issue, []))) {
    const field = path.map(String).join('.');
    const key = `${field}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ field, message });
  }
  return errors;
}
