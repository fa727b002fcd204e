import type { RecordsExport } from '../../contract/backfill';
import { dailyKey } from '../../domain/buckets/placement';
import { requireJiraAdmin } from '../require-jira-admin';
import type { AggregateStore } from '../ports/aggregate-store';
import type { ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';

/** Pages of stored facts per export part: a part stays far below a resolver answer's size limit. */
const PAGES_PER_PART = 10;

/**
 * The app's stored records as canonical NDJSON, in parts, for `cx-metrics report`: the same
 * records the gadgets' aggregates are built from, so the CLI and the app agree. A ticket record
 * stands on each day it is placed on; it is written once, from the day it was created.
 */
export async function exportRecords(
  deps: { aggregates: AggregateStore; settings: SettingsStore; desk: ServiceDesk },
  cursor: string | undefined,
): Promise<RecordsExport> {
  await requireJiraAdmin(deps.desk, 'export the data');
  const dayOf = dailyKey((await deps.settings.get()).reportingTimeZone);
  const lines: string[] = [];
  let next = cursor;
  for (let page = 0; page < PAGES_PER_PART; page += 1) {
    const { facts, cursor: after } = await deps.aggregates.factsPage(next);
    for (const day of facts) {
      for (const record of day.records) {
        if (record.type === 'ticket' && dayOf(Date.parse(String(record.createdAt))) !== day.day) continue;
        lines.push(JSON.stringify(record));
      }
    }
    next = after;
    if (!next) break;
  }
  return {
    ndjson: lines.length > 0 ? `${lines.join('\n')}\n` : '',
    records: lines.length,
    ...(next ? { cursor: next } : {}),
  };
}
