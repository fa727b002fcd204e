import {
  ICE_QUESTIONS,
  SCALES,
  SURVEY_KINDS,
  type IceQuestion,
  type SurveyKind,
} from '../records/survey-kind';
import type { MttaRule } from '../metrics/settings';
import type { AvailabilityCounts, Bucket } from './bucket';
import { DurationBuilder } from './duration-summary';
import { OutcomesBuilder } from './outcomes';
import { addScoreCounts, emptyScoreCounts, type ScoreCounts } from './score-counts';

/** Which acknowledgement group a first response belongs to, beside `overall`. */
export type AckGroup = 'human' | 'automated' | undefined;

class AckBuilder {
  readonly durations: DurationBuilder;
  withinTarget = 0;
  constructor(exactLimit: number) {
    this.durations = new DurationBuilder(exactLimit);
  }
}

function perSurvey(): Record<SurveyKind, number> {
  return { csat: 0, ces: 0, nps: 0, ice: 0 };
}

/**
 * The mutable side of a {@link Bucket}: records are folded in (by the collector, which applies the
 * metric rules) or whole buckets absorbed (merging), then `toBucket()` freezes the result.
 */
export class BucketBuilder {
  readonly surveys: Record<Exclude<SurveyKind, 'ice'>, ScoreCounts> & {
    ice: Record<IceQuestion, ScoreCounts>;
  } = {
    csat: emptyScoreCounts('csat'),
    ces: emptyScoreCounts('ces'),
    nps: emptyScoreCounts('nps'),
    ice: {
      clarity: emptyScoreCounts('ice'),
      timeliness: emptyScoreCounts('ice'),
      usefulness: emptyScoreCounts('ice'),
    },
  };
  readonly responses = perSurvey();
  readonly invitations = perSurvey();
  statusFollowUps = 0;
  readonly fcr = new OutcomesBuilder();
  readonly ack: { overall: AckBuilder; human: AckBuilder; automated: AckBuilder };
  unacknowledged = 0;
  readonly ttv: DurationBuilder;
  readonly aht = { n: 0, sumMs: 0 };
  readonly selfService = new OutcomesBuilder();
  abandoned = 0;
  private readonly availability = new Map<string, AvailabilityCounts>();

  constructor(
    readonly mttaRule: MttaRule,
    exactLimit: number,
  ) {
    this.ack = {
      overall: new AckBuilder(exactLimit),
      human: new AckBuilder(exactLimit),
      automated: new AckBuilder(exactLimit),
    };
    this.ttv = new DurationBuilder(exactLimit);
  }

  addScore(survey: SurveyKind, question: IceQuestion | undefined, score: number): void {
    const counts = survey === 'ice' ? this.surveys.ice[question ?? 'clarity'] : this.surveys[survey];
    counts[score - SCALES[survey].min]! += 1;
  }

  addAck(ms: number, group: AckGroup, withinTarget: boolean): void {
    this.addAckTo(this.ack.overall, ms, withinTarget);
    if (group !== undefined) this.addAckTo(this.ack[group], ms, withinTarget);
  }

  addAvailability(service: string, up: boolean, effective: boolean): void {
    const counts = this.serviceCounts(service);
    counts.n += 1;
    if (up) counts.up += 1;
    if (effective) counts.effective += 1;
  }

  absorb(bucket: Bucket): void {
    addScoreCounts(this.surveys.csat, bucket.surveys.csat);
    addScoreCounts(this.surveys.ces, bucket.surveys.ces);
    addScoreCounts(this.surveys.nps, bucket.surveys.nps);
    for (const question of ICE_QUESTIONS)
      addScoreCounts(this.surveys.ice[question], bucket.surveys.ice[question]);
    for (const survey of SURVEY_KINDS) {
      this.responses[survey] += bucket.responses[survey];
      this.invitations[survey] += bucket.invitations[survey];
    }
    this.statusFollowUps += bucket.statusFollowUps;
    this.fcr.absorb(bucket.fcr);
    for (const group of ['overall', 'human', 'automated'] as const) {
      this.ack[group].durations.absorb(bucket.mtta[group].durations);
      this.ack[group].withinTarget += bucket.mtta[group].withinTarget;
    }
    this.unacknowledged += bucket.mtta.unacknowledged;
    this.ttv.absorb(bucket.ttv);
    this.aht.n += bucket.aht.n;
    this.aht.sumMs += bucket.aht.sumMs;
    this.selfService.absorb(bucket.selfService);
    this.abandoned += bucket.selfService.abandoned;
    for (const [service, counts] of Object.entries(bucket.availability)) {
      const into = this.serviceCounts(service);
      into.n += counts.n;
      into.up += counts.up;
      into.effective += counts.effective;
    }
  }

  toBucket(): Bucket {
    const ack = (group: AckBuilder) => ({
      durations: group.durations.toSummary(),
      withinTarget: group.withinTarget,
    });
    // Services in name order, so equal contents serialise equally whatever the merge order.
    const services = [...this.availability.keys()].sort();
    return {
      version: 1,
      mttaRule: this.mttaRule,
      surveys: {
        csat: [...this.surveys.csat],
        ces: [...this.surveys.ces],
        nps: [...this.surveys.nps],
        ice: {
          clarity: [...this.surveys.ice.clarity],
          timeliness: [...this.surveys.ice.timeliness],
          usefulness: [...this.surveys.ice.usefulness],
        },
      },
      responses: { ...this.responses },
      invitations: { ...this.invitations },
      statusFollowUps: this.statusFollowUps,
      fcr: this.fcr.toOutcomes(),
      mtta: {
        overall: ack(this.ack.overall),
        human: ack(this.ack.human),
        automated: ack(this.ack.automated),
        unacknowledged: this.unacknowledged,
      },
      ttv: this.ttv.toSummary(),
      aht: { ...this.aht },
      selfService: { ...this.selfService.toOutcomes(), abandoned: this.abandoned },
      availability: Object.fromEntries(
        services.map((service) => [service, { ...this.serviceCounts(service) }]),
      ),
    };
  }

  private addAckTo(group: AckBuilder, ms: number, withinTarget: boolean): void {
    group.durations.add(ms);
    if (withinTarget) group.withinTarget += 1;
  }

  private serviceCounts(service: string): AvailabilityCounts {
    let counts = this.availability.get(service);
    if (counts === undefined) {
      counts = { n: 0, up: 0, effective: 0 };
      this.availability.set(service, counts);
    }
    return counts;
  }
}
