import type { Bucket } from '../buckets/bucket';
import { Collector } from '../buckets/collector';
import { dailyKey } from '../buckets/placement';
import { mergeBuckets } from '../buckets/merge';
import { DEFAULT_SETTINGS, type MttaRule } from '../metrics/settings';
import { parseRecord } from '../records/canonical';
import type { DimensionName } from '../facts/dimension-names';
import { NONE_KEY, type Dimensions } from '../facts/dimensions';
import type { Fact } from '../facts/ticket-facts';
import { mergeQuality, qualityOfDay, type QualityCounts } from '../quality/quality-counts';

/** The breakdowns kept inside each request type's slice (request type itself is the slice). */
export const SLICE_DIMENSIONS = ['agent', 'team', 'priority', 'organization'] as const;
type SliceDimension = (typeof SLICE_DIMENSIONS)[number];

export interface LabelledBucket {
  label: string;
  bucket: Bucket;
}

/** One request type's share of a period: its bucket, and its buckets per agent, team, … */
export interface TypeSlice {
  label: string;
  total: Bucket;
  by: Record<SliceDimension, Record<string, LabelledBucket>>;
  /**
   * How complete the slice's data is (see quality-counts). Absent on values stored before it was
   * counted: a rebuild of the figures adds it.
   */
  quality?: QualityCounts;
}

/**
 * The aggregate of one project over one period (a day, or a month of days): a slice per request
 * type, so a gadget filtered to some request types merges just those, and any breakdown is a merge
 * of stored buckets. Built only from facts, so rebuilding it from the same facts gives the same
 * aggregate — which is what makes concurrent and repeated rebuilds harmless.
 */
export interface PeriodAggregate {
  version: 1;
  projectKey: string;
  /** `YYYY-MM-DD` for a day, `YYYY-MM` for a month. */
  period: string;
  types: Record<string, TypeSlice>;
  /**
   * Only on site-wide values (the merge of every project's): the projects whose data it holds, so
   * a reader can tell whether it may use it in place of the projects' own values.
   */
  projects?: string[];
}

const keyOfDimension = (dimensions: Dimensions, name: DimensionName) => dimensions[name]?.id ?? NONE_KEY;
const labelOfDimension = (dimensions: Dimensions, name: DimensionName) => dimensions[name]?.name ?? 'None';

/**
 * Builds a day's aggregate from the facts placed on it. `asOf` fixes what is still pending
 * (FCR cases); records of other days in the facts are ignored.
 * MTTA target attainment is judged by `mttaRule` (the administrator's; metrics.md's default when
 * not given), which the aggregate's buckets record.
 *
 * Empty input: no facts gives an aggregate with no slices, whose metrics are all "no data".
 */
export function buildDayAggregate(
  projectKey: string,
  day: string,
  facts: readonly Fact[],
  options: { asOf: number; timeZone: string; mttaRule?: MttaRule },
): PeriodAggregate {
  const settings = options.mttaRule ? { ...DEFAULT_SETTINGS, mtta: options.mttaRule } : DEFAULT_SETTINGS;
  const inDay = dailyKey(options.timeZone);
  const keyOf = (at: number) => (inDay(at) === day ? 'day' : undefined);
  const collect = (group: readonly Fact[]): Bucket => {
    const collector = new Collector({ asOf: options.asOf, settings, keyOf });
    for (const facts of group) {
      for (const record of facts.records) {
        const parsed = parseRecord(record);
        if (parsed.ok) {
          collector.add(parsed.record);
          if (parsed.record.type === 'selfservice')
            for (const at of facts.requestsRaisedAt ?? [])
              collector.noteRequest(parsed.record.user, Date.parse(at));
        }
      }
    }
    return collector.finish().get('day') ?? mergeBuckets([], settings);
  };
  const types: Record<string, TypeSlice> = {};
  for (const [typeKey, group] of groupBy(facts, (f) => keyOfDimension(f.dimensions, 'requestType'))) {
    const by = Object.fromEntries(
      SLICE_DIMENSIONS.map((dimension) => [
        dimension,
        Object.fromEntries(
          [...groupBy(group, (f) => keyOfDimension(f.dimensions, dimension))].map(([key, members]) => [
            key,
            { label: labelOfDimension(members[0]!.dimensions, dimension), bucket: collect(members) },
          ]),
        ),
      ]),
    ) as TypeSlice['by'];
    types[typeKey] = {
      label: labelOfDimension(group[0]!.dimensions, 'requestType'),
      total: collect(group),
      by,
      quality: qualityOfDay(day, group, options),
    };
  }
  return { version: 1, projectKey, period: day, types };
}

/**
 * Merges aggregates of any periods and projects into one (the union of their facts). The result's
 * `projectKey` and `period` name the caller's choice.
 */
export function mergeAggregates(
  aggregates: readonly PeriodAggregate[],
  name: { projectKey: string; period: string },
): PeriodAggregate {
  const slices = new Map<string, TypeSlice[]>();
  for (const aggregate of aggregates) {
    for (const [key, slice] of Object.entries(aggregate.types))
      slices.set(key, [...(slices.get(key) ?? []), slice]);
  }
  const types: Record<string, TypeSlice> = {};
  for (const [key, group] of slices) {
    types[key] = {
      label: group.at(-1)!.label,
      total: mergeBuckets(group.map((slice) => slice.total)),
      by: Object.fromEntries(
        SLICE_DIMENSIONS.map((dimension) => [
          dimension,
          mergeLabelled(group.map((slice) => slice.by[dimension])),
        ]),
      ) as TypeSlice['by'],
      ...qualityOf(group),
    };
  }
  const merged: PeriodAggregate = { version: 1, ...name, types };
  if (aggregates.some((aggregate) => aggregate.projects !== undefined)) {
    merged.projects = [...new Set(aggregates.flatMap((aggregate) => aggregate.projects ?? []))].sort();
  }
  return merged;
}

/** The key under which site-wide values are named (never a Jira project key: those are letters). */
export const SITE = 'site';
/** The one slice of a site-wide value: every request type of every project, merged. */
export const ALL_TYPES = '*';

/**
 * The site-wide value of one day: every project's totals merged into one slice (a slice per
 * request type of fifty projects would outgrow a stored value), naming the projects that had any
 * data in it. So only a reader of every one of those projects, unfiltered by request type, uses it.
 */
export function siteDay(day: string, projectDays: readonly PeriodAggregate[]): PeriodAggregate {
  const present = projectDays.filter((aggregate) => Object.keys(aggregate.types).length > 0);
  const slices = present.flatMap((aggregate) => Object.values(aggregate.types));
  return {
    version: 1,
    projectKey: SITE,
    period: day,
    types:
      slices.length === 0
        ? {}
        : {
            [ALL_TYPES]: {
              label: 'All request types',
              total: mergeBuckets(slices.map((slice) => slice.total)),
              by: { agent: {}, team: {}, priority: {}, organization: {} },
              ...qualityOf(slices),
            },
          },
    projects: [...new Set(present.map((aggregate) => aggregate.projectKey))].sort(),
  };
}

/** The merged quality of slices, only when every one of them was counted (else it would undercount). */
function qualityOf(slices: readonly TypeSlice[]): { quality?: QualityCounts } {
  const tallies = slices.map((slice) => slice.quality);
  return tallies.every((tally) => tally !== undefined) ? { quality: mergeQuality(tallies) } : {};
}

/**
 * The data quality of an aggregate restricted to some request types (all when the list is
 * empty), or `null` when some slice was stored before quality was counted.
 */
export function selectQuality(
  aggregate: PeriodAggregate,
  requestTypes: readonly string[],
): QualityCounts | null {
  const merged = qualityOf(slicesOf(aggregate, requestTypes)).quality;
  return merged ?? null;
}

function mergeLabelled(maps: ReadonlyArray<Record<string, LabelledBucket>>): Record<string, LabelledBucket> {
  const grouped = new Map<string, LabelledBucket[]>();
  for (const map of maps) {
    for (const [key, value] of Object.entries(map)) grouped.set(key, [...(grouped.get(key) ?? []), value]);
  }
  return Object.fromEntries(
    [...grouped].map(([key, values]) => [
      key,
      { label: values.at(-1)!.label, bucket: mergeBuckets(values.map((value) => value.bucket)) },
    ]),
  );
}

/**
 * Reads an aggregate restricted to some request types (all when the list is empty): the total
 * bucket, or one bucket per value of a dimension.
 */
export function selectTotal(aggregate: PeriodAggregate, requestTypes: readonly string[]): Bucket {
  return mergeBuckets(slicesOf(aggregate, requestTypes).map((slice) => slice.total));
}

export function selectBreakdown(
  aggregate: PeriodAggregate,
  requestTypes: readonly string[],
  dimension: DimensionName,
): Record<string, LabelledBucket> {
  if (dimension === 'requestType') {
    return Object.fromEntries(
      Object.entries(aggregate.types)
        .filter(([key]) => requestTypes.length === 0 || requestTypes.includes(key))
        .map(([key, slice]) => [key, { label: slice.label, bucket: slice.total }]),
    );
  }
  return mergeLabelled(slicesOf(aggregate, requestTypes).map((slice) => slice.by[dimension]));
}

function slicesOf(aggregate: PeriodAggregate, requestTypes: readonly string[]): TypeSlice[] {
  return Object.entries(aggregate.types)
    .filter(([key]) => requestTypes.length === 0 || requestTypes.includes(key))
    .map(([, slice]) => slice);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
