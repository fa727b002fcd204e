import type { MetricSettings } from '../metrics/settings';
import type { CanonicalRecord } from '../records/canonical';
import type { Bucket } from './bucket';
import { Collector } from './collector';
import { dailyKey } from './placement';

/**
 * Folds records into daily buckets (`YYYY-MM-DD` in `timeZone`, default UTC), the unit the
 * backend stores: any window of whole days is then a merge of its days.
 *
 * Empty input: no records gives an empty map.
 */
export function dailyBuckets(
  records: Iterable<CanonicalRecord>,
  options: { asOf: number; settings: MetricSettings; timeZone?: string },
): Map<string, Bucket> {
  const collector = new Collector({
    asOf: options.asOf,
    settings: options.settings,
    keyOf: dailyKey(options.timeZone),
  });
  for (const record of records) collector.add(record);
  return collector.finish();
}
