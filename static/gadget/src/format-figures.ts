/**
 * How figures read on screen. Values arrive unrounded from the backend (metrics.md: display
 * rounds); every formatter here is pure so the wording is pinned by tests.
 */
import type { FigureUnit } from '../../../src/contract/gadgets';
import { spokenDuration } from '../../shared/duration';
import { lowerIsBetter } from './labels';

export const MINUS = '\u2212';
export const NBSP = '\u00a0';

/** A duration's size as people say it ("45 s", "1 h 12 min"); the caller says which way it goes. */
export const spokenDurationSize = (seconds: number): string => spokenDuration(Math.abs(seconds));

/** A whole number with a real minus sign, and a plus sign when `signed`. */
function wholeNumber(value: number, signed: boolean): string {
  const rounded = Math.round(value);
  if (rounded < 0) return `${MINUS}${Math.abs(rounded)}`;
  return signed && rounded > 0 ? `+${rounded}` : String(rounded);
}

export interface FormatOptions {
  /** Write a plus sign on positive scores (NPS). */
  signed?: boolean;
}

/** "86 %", "+42", "1 h 12 min"; no data is a dash. */
export function formatValue(value: number | null, unit: FigureUnit, options: FormatOptions = {}): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'percent':
      return `${wholeNumber(value, false)}${NBSP}%`;
    case 'score':
      return wholeNumber(value, options.signed ?? false);
    case 'seconds':
      return value < 0 ? `${MINUS}${spokenDurationSize(value)}` : spokenDurationSize(value);
  }
}

/** A unit a duration axis counts in, with its size in seconds. */
export type DurationAxisUnit = 's' | 'min' | 'h' | 'd';
const AXIS_SECONDS: Record<DurationAxisUnit, number> = { s: 1, min: 60, h: 3600, d: 86400 };

/**
 * The one unit a duration axis counts in, chosen from the largest value it shows, so every tick
 * reads in it ("0 h, 0.5 h, 1 h, 1.5 h", never "50 min" under "1.3 h").
 */
export function durationAxisUnit(largest: number): DurationAxisUnit {
  const s = Math.abs(largest);
  if (s < 120) return 's';
  if (s < 2 * 3600) return 'min';
  if (s < 3 * 86400) return 'h';
  return 'd';
}

const NICE_STEPS = [0.25, 0.5, 1, 2, 2.5, 5, 10, 15, 20, 25, 30, 50, 100, 200, 250, 500, 1000];

/**
 * The ticks of a duration axis from zero past `largest` (seconds): about four round steps in the
 * axis's one unit, e.g. 0, 25, 50, 75, 100 min for a largest value of 1 h 40 min.
 */
export function durationTicks(largest: number): { axisUnit: DurationAxisUnit; ticks: number[] } {
  const axisUnit = durationAxisUnit(largest);
  const size = AXIS_SECONDS[axisUnit];
  const top = Math.max(Math.abs(largest) / size, 1);
  // Seconds and minutes step in whole numbers; hours and days may step in halves and quarters.
  const steps = axisUnit === 's' || axisUnit === 'min' ? NICE_STEPS.filter(Number.isInteger) : NICE_STEPS;
  const step = steps.find((candidate) => candidate >= top / 4) ?? Math.ceil(top / 4);
  const count = Math.ceil(top / step - 1e-9);
  return { axisUnit, ticks: Array.from({ length: count + 1 }, (_, i) => i * step * size) };
}

/**
 * A compact axis tick: "80 %", "+20", "2 h". A duration is counted in `axisUnit` when given (one
 * unit for the whole axis), else in the unit its own size suggests.
 */
export function formatTick(
  value: number,
  unit: FigureUnit,
  options: FormatOptions = {},
  axisUnit?: DurationAxisUnit,
): string {
  if (unit !== 'seconds') return formatValue(value, unit, options);
  const s = Math.abs(value);
  const sign = value < 0 ? MINUS : '';
  const counted = axisUnit ?? (s < 60 ? 's' : s < 3600 ? 'min' : s < 86400 ? 'h' : 'd');
  const size = s / AXIS_SECONDS[counted];
  const shown = counted === 's' || counted === 'min' ? Math.round(size) : Math.round(size * 100) / 100;
  return `${shown === 0 ? '' : sign}${shown}${NBSP}${counted}`;
}

export type ChangeDirection = 'up' | 'down' | 'flat';

/** The direction after rounding to what is displayed, so "+0 pts" never shows an arrow. */
export function changeDirection(change: number, unit: FigureUnit): ChangeDirection {
  void unit; // every unit displays whole numbers (seconds, points, score)
  const shown = Math.round(change);
  return shown > 0 ? 'up' : shown < 0 ? 'down' : 'flat';
}

/**
 * A change against the previous period, phrased without judging it (for time metrics lower is
 * better, so "up" is not "good"): "+3 pts", "−5", "+4 min", "no change".
 */
export function formatChange(change: number, unit: FigureUnit): string {
  const direction = changeDirection(change, unit);
  if (direction === 'flat') return 'no change';
  const sign = direction === 'up' ? '+' : MINUS;
  switch (unit) {
    case 'percent': {
      const points = Math.abs(Math.round(change));
      return `${sign}${points}${NBSP}${points === 1 ? 'pt' : 'pts'}`;
    }
    case 'score':
      return `${sign}${Math.abs(Math.round(change))}`;
    case 'seconds':
      return `${sign}${spokenDurationSize(change)}`;
  }
}

export const CHANGE_ARROWS: Record<ChangeDirection, string> = { up: '↑', down: '↓', flat: '→' };

export type ChangeVerdict = 'better' | 'worse' | 'same';

/**
 * Whether a change against the previous period is good news: a fall is better for time metrics
 * (a shorter MTTA, TTV or AHT), a rise for shares and scores. Judged on the displayed change.
 */
export function changeVerdict(change: number, unit: FigureUnit): ChangeVerdict {
  const direction = changeDirection(change, unit);
  if (direction === 'flat') return 'same';
  const rose = direction === 'up';
  return rose === !lowerIsBetter(unit) ? 'better' : 'worse';
}

export const VERDICT_WORDS: Record<ChangeVerdict, string> = {
  better: 'Better',
  worse: 'Worse',
  same: 'Same',
};

/** A 95 % interval: "78–92 %", "+12 to +40", "40 min – 1 h 5 min". */
export function formatInterval(
  ci: [number, number] | null,
  unit: FigureUnit,
  options: FormatOptions = {},
): string {
  if (!ci) return '—';
  const [low, high] = ci;
  if (unit === 'percent') return `${wholeNumber(low, false)}–${wholeNumber(high, false)}${NBSP}%`;
  if (unit === 'score')
    return `${wholeNumber(low, options.signed ?? false)} to ${wholeNumber(high, options.signed ?? false)}`;
  return `${formatValue(low, unit)} – ${formatValue(high, unit)}`;
}

/** "n = 1,204", and "n = 12 · indicative" below the sample size the design trusts. */
export function sampleLabel(n: number, lowSample: boolean, locale?: string): string {
  const count = new Intl.NumberFormat(locale).format(n);
  return lowSample ? `n${NBSP}=${NBSP}${count} · indicative` : `n${NBSP}=${NBSP}${count}`;
}

/** "Target ≥ 85 %"; for time metrics lower is better: "Target ≤ 15 min". */
export function formatTarget(
  target: number | null,
  unit: FigureUnit,
  options: FormatOptions = {},
): string | null {
  if (target === null) return null;
  return `Target ${unit === 'seconds' ? '≤' : '≥'}${NBSP}${formatValue(target, unit, options)}`;
}

/** A share of a total as a whole percentage; nothing out of nothing is 0 %. */
export function share(count: number, total: number): number {
  return total > 0 ? (100 * count) / total : 0;
}
