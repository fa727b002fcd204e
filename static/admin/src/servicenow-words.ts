import type { ServiceNowSyncView, ServiceNowTableCheckView } from '../../../src/contract/servicenow';

/** A table's test result in words an admin can act on (the backend's message carries the detail). */
export const CHECK_WORDS: Record<ServiceNowTableCheckView['status'], string> = {
  ok: 'OK',
  empty: 'OK, no records yet',
  'no-access': 'No access',
  'missing-fields': 'Missing field',
  failed: 'Failed',
};

/** "1,234 records read · watermark 2026-03-02 08:59:00 UTC" for one table. */
export function tableProgressText(table: ServiceNowSyncView['tables'][number], locale?: string): string {
  const read = `${new Intl.NumberFormat(locale).format(table.read)} records read`;
  const watermark = table.watermark ? ` · up to ${table.watermark} UTC` : '';
  return `${table.table}: ${read}${watermark}${table.lastError ? ` · ${table.lastError}` : ''}`;
}

/** The sync's state in one sentence. */
export function syncText(sync: ServiceNowSyncView, locale?: string): string {
  const when = (iso: string | null) =>
    iso ? new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }) : 'not yet';
  const read = new Intl.NumberFormat(locale).format(sync.recordsRead);
  if (sync.running) return `Syncing: ${read} records read so far.`;
  return `${read} records read. Last sync ${when(sync.lastRunAt)}; next ${when(sync.nextRunAt)}.`;
}
