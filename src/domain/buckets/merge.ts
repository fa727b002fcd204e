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
 * Buckets built under different MTTA rules (priority classes or targets changed on the admin page
 * since some were built) still merge: every figure but MTTA target attainment stays right, and the
 * result is marked `mttaRuleMixed`, so attainment is not read until the buckets are rebuilt.
 *
 * Empty input: no buckets gives the empty bucket (under `settings.mtta`), whose metrics are all
 * "no data".
 */
export function mergeBuckets(
  buckets: readonly Bucket[],
  settings: MetricSettings = DEFAULT_SETTINGS,
  exactLimit: number = DEFAULT_EXACT_LIMIT,
): Bucket {
  const rule = buckets[0]?.mttaRule ?? settings.mtta;
  const builder = new BucketBuilder(rule, exactLimit);
  let mixed = false;
  for (const bucket of buckets) {
    if (bucket.mttaRuleMixed === true || !sameMttaRule(bucket.mttaRule, rule)) mixed = true;
    builder.absorb(bucket);
  }
  const merged = builder.toBucket();
  return mixed ? { ...merged, mttaRuleMixed: true } : merged;
}

/**
 * Whether a bucket's MTTA target attainment may be read under `settings`: it was built, in all its
 * parts, under the MTTA rule the settings name now.
 */
export function attainmentReadable(bucket: Bucket, settings: MetricSettings): boolean {
  return bucket.mttaRuleMixed !== true && sameMttaRule(bucket.mttaRule, settings.mtta);
}
