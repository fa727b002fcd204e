import { z } from 'zod';

interface Bounds {
  /** How the field is named in the message, e.g. `'Delay after resolution'`. */
  label: string;
  min: number;
  max: number;
  /** Unit in the message, plural, e.g. `'hours'`; omitted for plain numbers. */
  unit?: string;
  /** Whole numbers only. */
  integer?: boolean;
}

/**
 * A number within `[min, max]`, with one plain-English message for every way it can be wrong
 * (not a number, NaN, infinite, a fraction where a whole number is needed, out of range), so the
 * admin page can show the rule rather than the symptom.
 *
 * @example
 *   boundedNumber({ label: 'Throttle', min: 0, max: 365, unit: 'days', integer: true })
 *   // rejects 400 with "Throttle must be a whole number of days from 0 to 365."
 */
export function boundedNumber({ label, min, max, unit, integer = false }: Bounds) {
  const kind = integer ? 'a whole number' : 'a number';
  const error = `${label} must be ${kind}${unit === undefined ? '' : ` of ${unit}`} from ${min} to ${max}.`;
  const number = z.number({ error }).min(min, { error }).max(max, { error });
  return integer ? number.int({ error }) : number;
}
