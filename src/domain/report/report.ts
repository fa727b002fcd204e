import type { Bucket } from '../buckets/bucket';
import { Collector } from '../buckets/collector';
import { mergeBuckets } from '../buckets/merge';
import { WINDOW_KEY, windowKey } from '../buckets/placement';
import { DEFAULT_SETTINGS, type MetricSettings } from '../metrics/settings';
import type { CanonicalRecord } from '../records/canonical';
import { computeMetrics, type Metrics } from './metrics';

export interface ReportOptions {
  /** The moment the report is computed (epoch ms); decides what is pending. */
  asOf: number;
  /** The half-open window [from, to) in epoch ms; `null` leaves a side open. */
  from: number | null;
  to: number | null;
  settings?: MetricSettings;
}

/** The `cx-metrics report` JSON contract (metrics.md). Values are unrounded. */
export interface Report {
  asOf: string;
  window: { from: string | null; to: string | null };
  /** Lines read (skipped ones included) and lines skipped as unusable. */
  records: { read: number; skipped: number };
  metrics: Metrics;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Wraps a window's bucket in the report contract. */
export function buildReport(
  bucket: Bucket,
  options: ReportOptions & { records: { read: number; skipped: number } },
): Report {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  return {
    asOf: iso(options.asOf) as string,
    window: { from: iso(options.from), to: iso(options.to) },
    records: options.records,
    metrics: computeMetrics(bucket, { asOf: options.asOf, settings }),
  };
}

/**
 * Builds a window's report from records fed one at a time, for streaming callers such as the CLI.
 * Durations are kept whole for the window, so medians and p90s are exact on this path.
 */
export class StreamingReport {
  private readonly collector: Collector;
  private readonly settings: MetricSettings;

  constructor(private readonly options: ReportOptions) {
    this.settings = options.settings ?? DEFAULT_SETTINGS;
    this.collector = new Collector({
      asOf: options.asOf,
      settings: this.settings,
      keyOf: windowKey(options.from, options.to),
      exactLimit: Infinity,
    });
  }

  add(record: CanonicalRecord): void {
    this.collector.add(record);
  }

  /** The report, given how many lines were read and skipped by the caller. */
  finish(records: { read: number; skipped: number }): Report {
    const bucket = this.collector.finish().get(WINDOW_KEY) ?? mergeBuckets([], this.settings);
    return buildReport(bucket, { ...this.options, settings: this.settings, records });
  }
}

/**
 * The report over raw records: exact medians and p90s; counts, means and shares are exact on
 * every path. `skipped` counts unusable input the caller dropped, for the contract's `records`.
 *
 * Empty input: no records gives every metric as "no data".
 *
 * @example
 * reportFromRecords(records, { asOf: Date.parse('2024-07-01T00:00:00Z'), from: null, to: null })
 */
export function reportFromRecords(
  records: Iterable<CanonicalRecord>,
  options: ReportOptions & { skipped?: number },
): Report {
  const report = new StreamingReport(options);
  let read = 0;
  for (const record of records) {
    report.add(record);
    read += 1;
  }
  const skipped = options.skipped ?? 0;
  return report.finish({ read: read + skipped, skipped });
}
