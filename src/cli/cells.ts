import { targetStatus } from '../domain';

/** How the table writes a figure for people: rounded, with its unit, a dash for "no data". */
export const DASH = '–';

export const pct = (value: number | null) => (value === null ? DASH : `${value.toFixed(1)} %`);

/** A signed score (NPS): "+12.5", "-3.0". */
export const points = (value: number | null) =>
  value === null ? DASH : `${value > 0 ? '+' : ''}${value.toFixed(1)}`;

export const ci = (interval: [number, number] | null) =>
  interval === null ? '' : `95 % CI ${interval[0].toFixed(1)}–${interval[1].toFixed(1)}`;

/** The footnote mark for a result from fewer than 30 answers (none when there are no answers). */
export const low = (lowSample: boolean, n: number) => (lowSample && n > 0 ? ' *' : '');

/** Seconds as the largest two units, e.g. "2h 05m"; a person reads durations, not seconds. */
export function compactDuration(seconds: number | null): string {
  if (seconds === null) return DASH;
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  return `${Math.floor(s / 86_400)}d ${String(Math.floor((s % 86_400) / 3600)).padStart(2, '0')}h`;
}

/** The target cell: the floor and whether it is met (✓), missed (✗) or unknown. */
export function target(
  value: number | null,
  floor: number,
  format: (v: number) => string = (v) => `${v}`,
): string {
  const mark = { met: '✓', missed: '✗', 'no-data': ' ' }[targetStatus(value, floor)];
  return `${mark} ${format(floor)}`;
}
