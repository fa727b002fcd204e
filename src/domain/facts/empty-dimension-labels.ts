import type { DimensionName } from './dimension-names';
import { NONE_KEY } from './dimensions';

/**
 * How a breakdown row reads for the tickets Jira gave no value for, as people would say it: a
 * ticket without a team belongs to "No team", not to a team called "None". The stored aggregates
 * keep their own label; readers name the row.
 */
export const EMPTY_DIMENSION_LABELS: Readonly<Record<DimensionName, string>> = {
  agent: 'Unassigned',
  team: 'No team',
  requestType: 'No request type',
  priority: 'No priority',
  organization: 'No organisation',
};

/**
 * A breakdown row's label: its stored name, or the words for "none" on the row of tickets
 * without a value.
 *
 * @example rowLabel('team', '-', 'None') //=> 'No team'
 */
export function rowLabel(dimension: DimensionName, key: string, stored: string): string {
  return key === NONE_KEY ? EMPTY_DIMENSION_LABELS[dimension] : stored;
}
