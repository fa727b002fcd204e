import { sameMttaRule } from '../metrics/mtta';
import { DEFAULT_SETTINGS, type MetricSettings } from '../metrics/settings';
import type { Bucket } from './bucket';
import { BucketBuilder } from './bucket-builder';
import { DEFAULT_EXACT_LIMIT } from './duration-summary';

/**
 * Merges buckets into the bucket of their union: counts and sums add, duration summaries merge
 * (see duration-summary), pending lists join. Associative and commutative, so buckets may be
 * merged in any grouping and order with the same result.
 *
 * Throws when a bucket was built under a different MTTA rule than `settings.mtta`: its target
 * attainment would mean something else, and it must be rebuilt.
 *
 * Empty input: no buckets gives the empty bucket, whose metrics are all "no data".
 */
export function mergeBuckets(
  buckets: readonly Bucket[],
  settings: MetricSettings = DEFAULT_SETTINGS,
  exactLimit: number = DEFAULT_EXACT_LIMIT,
): Bucket {
  const builder = new BucketBuilder(settings.mtta, exactLimit);
  for (const bucket of buckets) {
    assertSameRule(bucket, settings);
    builder.absorb(bucket);
  }
  return builder.toBucket();
}

/** Guards reading a bucket under settings it was not built for. */
export function assertSameRule(bucket: Bucket, settings: MetricSettings): void {
  if (!sameMttaRule(bucket.mttaRule, settings.mtta)) {
    throw new Error('bucket was built under a different MTTA rule (priority classes or targets); rebuild it');
  }
}
