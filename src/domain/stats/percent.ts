/**
 * `100 × part / whole`, the form every share in metrics.md takes.
 *
 * Empty input: `whole = 0` gives `null` (no data), never 0.
 */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}
