import { acknowledgementReader, type Acknowledgement } from '../metrics/mtta';
import { handleMs } from '../metrics/aht';
import { recordFcr } from '../metrics/fcr';
import { recordSelfService } from '../metrics/self-service';
import { isEffectivelyUp } from '../metrics/availability';
import { valueDeliveredAt } from '../metrics/ttv';
import type { MetricSettings } from '../metrics/settings';
import type { CanonicalRecord } from '../records/canonical';
import type { SurveyResponse } from '../records/response';
import { ICE_QUESTIONS, type IceQuestion, type Survey } from '../records/survey';
import type { Ticket } from '../records/ticket';
import type { Bucket } from './bucket';
import { BucketBuilder } from './bucket-builder';
import { DEFAULT_EXACT_LIMIT } from './duration-summary';
import type { KeyOf } from './placement';

export interface CollectorOptions {
  /** The moment the data is seen at: what is pending or decided (FCR, self-service). */
  asOf: number;
  settings: MetricSettings;
  keyOf: KeyOf;
  /** Exact duration values kept per bucket before switching to bins (default 128). */
  exactLimit?: number;
}

/** Survey answers are held as four numbers each until every duplicate can be seen. */
const FIELDS = 4;
const ANONYMOUS = -1;
const CODES: ReadonlyArray<readonly [Survey, IceQuestion | undefined]> = [
  ['csat', undefined],
  ['ces', undefined],
  ['nps', undefined],
  ...ICE_QUESTIONS.map((question) => ['ice', question] as const),
];
const ICE_FIRST_CODE = 3;

function responseCode(response: SurveyResponse): number {
  if (response.survey !== 'ice') return CODES.findIndex(([survey]) => survey === response.survey);
  return ICE_FIRST_CODE + ICE_QUESTIONS.indexOf(response.question as IceQuestion);
}

/**
 * Folds canonical records, in any order, into buckets named by `keyOf`.
 *
 * Records that stand alone (tickets, invitations, availability samples) are folded as they come.
 * Two rules need records seen together, so the collector keeps just enough for them: survey
 * answers (four numbers each, grouped by ticket) so that a respondent's second answer to the same
 * survey for the same ticket is dropped in favour of the first by `answeredAt`; and ticket creation
 * times per reporter with self-service sessions, to tell whether a session was followed by a
 * ticket. Everything else is reduced at once, so memory grows with answers, not with lines.
 */
export class Collector {
  private readonly builders = new Map<string, BucketBuilder>();
  private readonly answersByTicket = new Map<string, number[]>();
  private readonly respondentIds = new Map<string, number>();
  private readonly ticketTimesByReporter = new Map<string, number[]>();
  private readonly sessionUsers: string[] = [];
  private readonly sessionStarts: number[] = [];
  private readonly sessionCompleted: boolean[] = [];
  private readonly acknowledge: (ticket: Ticket) => Acknowledgement | undefined;
  private readonly exactLimit: number;
  private lastKey: string | undefined;
  private lastBuilder: BucketBuilder | undefined;

  constructor(private readonly options: CollectorOptions) {
    this.acknowledge = acknowledgementReader(options.settings.mtta);
    this.exactLimit = options.exactLimit ?? DEFAULT_EXACT_LIMIT;
  }

  add(record: CanonicalRecord): void {
    switch (record.type) {
      case 'ticket':
        return this.addTicket(record);
      case 'response':
        return this.addResponse(record);
      case 'invitation': {
        const bucket = this.bucketAt(record.sentAt);
        if (bucket !== undefined) bucket.invitations[record.survey] += 1;
        return;
      }
      case 'selfservice':
        this.sessionUsers.push(record.user);
        this.sessionStarts.push(record.startedAt);
        this.sessionCompleted.push(record.completed);
        return;
      case 'availability':
        this.bucketAt(record.at)?.addAvailability(record.service, record.up, isEffectivelyUp(record));
        return;
    }
  }

  /** Settles the rules that need all records and returns the buckets by key. */
  finish(): Map<string, Bucket> {
    for (const answers of this.answersByTicket.values()) this.foldAnswers(answers);
    this.foldSessions();
    const buckets = new Map<string, Bucket>();
    for (const [key, builder] of this.builders) buckets.set(key, builder.toBucket());
    return buckets;
  }

  private addTicket(ticket: Ticket): void {
    const created = this.bucketAt(ticket.createdAt);
    if (created !== undefined) {
      if (ticket.statusInquiry === true) created.statusFollowUps += 1;
      const ack = this.acknowledge(ticket);
      if (ack === undefined) created.unacknowledged += 1;
      else created.addAck(ack.ms, ack.group, ack.withinTarget);
    }
    if (ticket.resolvedAt !== undefined) {
      const resolved = this.bucketAt(ticket.resolvedAt);
      if (resolved !== undefined) {
        recordFcr(resolved.fcr, ticket, ticket.resolvedAt, this.options.asOf);
        if (ticket.handleSeconds != null) {
          resolved.aht.n += 1;
          resolved.aht.sumMs += handleMs(ticket.handleSeconds);
        }
      }
    }
    const deliveredAt = valueDeliveredAt(ticket);
    if (deliveredAt !== undefined) this.bucketAt(deliveredAt)?.ttv.add(deliveredAt - ticket.createdAt);
    if (ticket.reporter !== undefined) {
      const times = this.ticketTimesByReporter.get(ticket.reporter);
      if (times === undefined) this.ticketTimesByReporter.set(ticket.reporter, [ticket.createdAt]);
      else times.push(ticket.createdAt);
    }
  }

  private addResponse(response: SurveyResponse): void {
    let respondent = ANONYMOUS;
    if (response.respondent !== undefined) {
      respondent = this.respondentIds.get(response.respondent) ?? this.respondentIds.size;
      if (respondent === this.respondentIds.size) this.respondentIds.set(response.respondent, respondent);
    }
    const code = responseCode(response);
    const answers = this.answersByTicket.get(response.ticketId);
    if (answers === undefined) {
      this.answersByTicket.set(response.ticketId, [code, respondent, response.answeredAt, response.score]);
    } else answers.push(code, respondent, response.answeredAt, response.score);
  }

  /**
   * Folds one ticket's answers: the first answer (by answeredAt, then by arrival) of each
   * respondent to each survey question stands. For the response rate an ICE response is one
   * respondent's answers to one ticket, placed by the first of them; anonymous answers cannot be
   * matched, so each counts on its own.
   */
  private foldAnswers(answers: number[]): void {
    const count = answers.length / FIELDS;
    const stands = count === 1 ? undefined : standingAnswers(answers, count);
    const firstIce = new Map<number, number>();
    for (let i = 0; i < count; i += 1) {
      if (stands !== undefined && !stands[i]) continue;
      const code = answers[i * FIELDS] as number;
      const respondent = answers[i * FIELDS + 1] as number;
      const answeredAt = answers[i * FIELDS + 2] as number;
      const [survey, question] = CODES[code] as (typeof CODES)[number];
      const bucket = this.bucketAt(answeredAt);
      bucket?.addScore(survey, question, answers[i * FIELDS + 3] as number);
      if (survey !== 'ice') {
        if (bucket !== undefined) bucket.responses[survey] += 1;
      } else if (respondent === ANONYMOUS) {
        if (bucket !== undefined) bucket.responses.ice += 1;
      } else {
        firstIce.set(respondent, Math.min(firstIce.get(respondent) ?? Infinity, answeredAt));
      }
    }
    for (const answeredAt of firstIce.values()) {
      const bucket = this.bucketAt(answeredAt);
      if (bucket !== undefined) bucket.responses.ice += 1;
    }
  }

  private foldSessions(): void {
    for (const times of this.ticketTimesByReporter.values()) times.sort((a, b) => a - b);
    for (let i = 0; i < this.sessionStarts.length; i += 1) {
      const startedAt = this.sessionStarts[i] as number;
      const bucket = this.bucketAt(startedAt);
      if (bucket === undefined) continue;
      const completed = this.sessionCompleted[i] as boolean;
      const times = this.ticketTimesByReporter.get(this.sessionUsers[i] as string) ?? [];
      recordSelfService(bucket, { startedAt, completed }, times, this.options.asOf);
    }
  }

  private bucketAt(at: number): BucketBuilder | undefined {
    const key = this.options.keyOf(at);
    if (key === undefined) return undefined;
    if (key === this.lastKey) return this.lastBuilder;
    let builder = this.builders.get(key);
    if (builder === undefined) {
      builder = new BucketBuilder(this.options.settings.mtta, this.exactLimit);
      this.builders.set(key, builder);
    }
    this.lastKey = key;
    this.lastBuilder = builder;
    return builder;
  }
}

/**
 * Which of one ticket's answers stand: per respondent and question, the earliest by answeredAt,
 * ties going to the one that arrived first. Anonymous answers always stand.
 */
function standingAnswers(answers: readonly number[], count: number): boolean[] {
  const best = new Map<string, number>();
  for (let i = 0; i < count; i += 1) {
    const respondent = answers[i * FIELDS + 1] as number;
    if (respondent === ANONYMOUS) continue;
    const key = `${answers[i * FIELDS]}:${respondent}`;
    const current = best.get(key);
    if (
      current === undefined ||
      (answers[i * FIELDS + 2] as number) < (answers[current * FIELDS + 2] as number)
    ) {
      best.set(key, i);
    }
  }
  const stands = Array.from({ length: count }, (_, i) => answers[i * FIELDS + 1] === ANONYMOUS);
  for (const i of best.values()) stands[i] = true;
  return stands;
}
