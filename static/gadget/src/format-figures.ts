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

/** A compact axis tick: "80 %", "+20", "2 h". */
export function formatTick(value: number, unit: FigureUnit, options: FormatOptions = {}): string {
  if (unit !== 'seconds') return formatValue(value, unit, options);
  const s = Math.abs(value);
  const sign = value < 0 ? MINUS : '';
  if (s < 60) return `${sign}${Math.round(s)}${NBSP}s`;
  if (s < 3600) return `${sign}${Math.round(s / 60)}${NBSP}min`;
  if (s < 86400) return `${sign}${Math.round((s / 3600) * 10) / 10}${NBSP}h`;
  return `${sign}${Math.round((s / 86400) * 10) / 10}${NBSP}d`;
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
