/** Where a value stands against its target; every target in metrics.md is a floor. */
export type TargetStatus = 'met' | 'missed' | 'no-data';

/**
 * Whether a value reaches its target (value ≥ target).
 *
 * Empty input: a `null` value gives `'no-data'`.
 *
 * @example
 * targetStatus(85, 85) //=> 'met'
 */
export function targetStatus(value: number | null, target: number): TargetStatus {
  if (value === null) return 'no-data';
  return value >= target ? 'met' : 'missed';
}
