import { recordEvent, type Survey } from './survey';

/**
 * Applies a reopen of the ticket at `at` to its survey. A survey not yet answered (`scheduled` or
 * `invited`) is cancelled: the fix did not hold, so asking about it would be wrong, and the next
 * resolution starts a new survey. Any other survey is returned unchanged (the same object): an
 * answer already given stands, and expired, cancelled or skipped surveys stay as they are.
 */
export function onReopen(survey: Survey, at: Date): Survey {
  if (survey.state !== 'scheduled' && survey.state !== 'invited') return survey;
  return recordEvent(survey, 'cancelled', at, { state: 'cancelled' });
}
