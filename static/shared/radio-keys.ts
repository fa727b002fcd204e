/**
 * Arrow-key movement inside a rating scale's radio group: Right/Down go to the next option and
 * Left/Up to the previous one; Home and End go to the first and last. Any other key is not the
 * group's business. The options are ordered scores, so movement stops at the ends: the WAI-ARIA
 * pattern's wrap-around would turn one key press too many on the best score into the worst.
 *
 * @param values the options in order.
 * @param from the option that has focus (or `null` when none has yet: movement starts at the ends).
 * @returns the option to focus and select, or `null` when the key does not move.
 * @example nextRadioValue([1, 2, 3], 3, 'ArrowRight') //=> 3
 */
export function nextRadioValue<T>(values: readonly T[], from: T | null, key: string): T | null {
  if (values.length === 0) return null;
  const last = values.length - 1;
  const index = from === null ? -1 : values.indexOf(from);
  let next: number;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      next = index < 0 ? 0 : Math.min(index + 1, last);
      break;
    case 'ArrowLeft':
    case 'ArrowUp':
      next = index < 0 ? last : Math.max(index - 1, 0);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = last;
      break;
    default:
      return null;
  }
  return values[next] ?? null;
}

/** The option that takes part in Tab order: the chosen one, else the first. */
export function tabStop<T>(values: readonly T[], chosen: T | null): T | null {
  return chosen !== null && values.includes(chosen) ? chosen : (values[0] ?? null);
}
