import type { Bucket } from '../buckets/bucket';
import { attainmentReadable } from '../buckets/merge';
import { aht, type AhtResult } from '../metrics/aht';
import { availability, meanEffectiveAvailability, type AvailabilityResult } from '../metrics/availability';
import { ces, type CesResult } from '../metrics/ces';
import { csat, type CsatResult } from '../metrics/csat';
import type { DurationStats } from '../metrics/duration-stats';
import { experienceIndex, type ExperienceIndexResult } from '../metrics/experience-index';
import { fcr, type FcrResult } from '../metrics/fcr';
import { ice, type IceResult } from '../metrics/ice';
import { mtta, type MttaResult } from '../metrics/mtta';
import { nps, type NpsResult } from '../metrics/nps';
import { responseRate, type ResponseRateResult } from '../metrics/response-rate';
import { selfService, type SelfServiceResult } from '../metrics/self-service';
import type { MetricSettings } from '../metrics/settings';
import { ttv } from '../metrics/ttv';
import type { SurveyKind } from '../records/survey-kind';

/** Every metric of metrics.md, in the order and shape of the report contract. */
export interface Metrics {
  csat: CsatResult;
  ces: CesResult;
  nps: NpsResult;
  ice: IceResult;
  fcr: FcrResult;
  mtta: MttaResult;
  ttv: DurationStats;
  aht: AhtResult;
  selfService: SelfServiceResult;
  availability: Record<string, AvailabilityResult>;
  responseRate: Record<SurveyKind, ResponseRateResult>;
  experienceIndex: ExperienceIndexResult;
}

/**
 * Computes every metric from one bucket (a window's, or a merge of stored buckets) at `asOf`.
 *
 * A bucket built under another MTTA rule than `settings.mtta` reads with MTTA target attainment
 * left out (and so the Experience Index without it) until it is rebuilt; every other figure reads.
 *
 * Empty input: the empty bucket gives `value: null` / `n: 0` everywhere.
 */
export function computeMetrics(bucket: Bucket, options: { asOf: number; settings: MetricSettings }): Metrics {
  const { asOf, settings } = options;
  const { targets } = settings;
  const results = {
    csat: csat(bucket.surveys.csat, targets.csat),
    ces: ces(bucket.surveys.ces, settings.cesThreshold, targets.ces),
    nps: nps(bucket.surveys.nps, targets.nps),
    ice: ice(bucket.surveys.ice, bucket.statusFollowUps),
    fcr: fcr(bucket.fcr, asOf, targets.fcr),
    mtta: mtta(bucket.mtta, attainmentReadable(bucket, settings)),
    ttv: ttv(bucket.ttv),
    aht: aht(bucket.aht),
    selfService: selfService(bucket.selfService, asOf),
    availability: availability(bucket.availability),
    responseRate: responseRate(bucket.responses, bucket.invitations),
  };
  const services = Object.values(results.availability);
  const index = experienceIndex(
    {
      csat: results.csat,
      ces: results.ces,
      nps: results.nps,
      fcr: results.fcr,
      mtta: { value: results.mtta.overall.targetAttainment, n: results.mtta.overall.n },
      availability: {
        value: meanEffectiveAvailability(results.availability),
        n: services.reduce((sum, service) => sum + service.n, 0),
      },
      selfService: results.selfService,
    },
    settings.weights,
  );
  return { ...results, experienceIndex: index };
}
