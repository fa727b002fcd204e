import { acknowledgementReader, type Acknowledgement } from '../metrics/mtta';
import { handleMs } from '../metrics/aht';
import { recordFcr } from '../metrics/fcr';
import { recordSelfService } from '../metrics/self-service';
import { isEffectivelyUp } from '../metrics/availability';
import { valueDeliveredAt } from '../metrics/ttv';
import type { MetricSettings } from '../metrics/settings';
import { JSM_FEEDBACK_SOURCE } from '../capture/jsm-feedback';
import type { CanonicalRecord } from '../records/canonical';
import type { SurveyResponse } from '../records/response';
import { ICE_QUESTIONS, type IceQuestion, type SurveyKind } from '../records/survey-kind';
import { ticketAsOf, type Ticket } from '../records/ticket';
import { AnswerColumns } from './answer-columns';
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

/**
 * Anonymous answers have negative respondent ids: they are never taken for a second answer of
 * anyone, but for the ICE response rate the answers of one moment (one source, one cycle) are told
 * apart as one person's, since a person answers the three questions together.
 */
const isAnonymous = (respondent: number) => respondent < 0;
/** Keys of anonymous ICE answerers, below every other key (answer indices stay above −2³¹). */
const ANONYMOUS_ICE_KEYS = -1e12;
const CODES: ReadonlyArray<readonly [SurveyKind, IceQuestion | undefined]> = [
  ['csat', undefined],
  ['ces', undefined],
  ['nps', undefined],
  ...ICE_QUESTIONS.map((question) => ['ice', question] as const),
];
const ICE_FIRST_CODE = 3;
/** Up to this many answers to one ticket are deduplicated pairwise; more go through maps. */
const SMALL_GROUP = 16;

const SURVEY_CODES: Readonly<Record<Exclude<SurveyKind, 'ice'>, number>> = { csat: 0, ces: 1, nps: 2 };
const QUESTION_CODES: Readonly<Record<IceQuestion, number>> = { clarity: 3, timeliness: 4, usefulness: 5 };

function responseCode(response: SurveyResponse): number {
  return response.survey === 'ice'
    ? QUESTION_CODES[response.question as IceQuestion]
    : SURVEY_CODES[response.survey];
}

/**
 * Folds canonical records, in any order, into buckets named by `keyOf`.
 *
 * Records that stand alone (tickets, invitations, availability samples) are folded as they come.
 * Two rules need records seen together, so the collector keeps just enough for them: survey
 * answers (a few numbers each, in typed columns) so that a respondent's second answer to the same
 * survey for the same ticket, in the same survey cycle and from the same source, is dropped in
 * favour of the first by `answeredAt` (the app's facts never hold such a second answer, so a day
 * folded alone and the whole file agree); and ticket creation
 * times per reporter with self-service sessions, to tell whether a session was followed by a
 * ticket. Everything else is reduced at once, so memory grows with answers, not with lines.
 */
export class Collector {
  private readonly builders = new Map<string, BucketBuilder>();
  private readonly answers = new AnswerColumns();
  private readonly ticketIds = new Interner();
  private readonly respondentIds = new Interner();
  private readonly anonymousIds = new Interner();
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
    // What happened after asOf has not happened yet, as of then.
    const { asOf } = this.options;
    switch (record.type) {
      case 'ticket': {
        const seen = ticketAsOf(record, asOf);
        if (seen !== undefined) this.addTicket(seen);
        return;
      }
      case 'response':
        if (record.answeredAt <= asOf) this.addResponse(record);
        return;
      case 'invitation': {
        if (record.sentAt > asOf) return;
        const bucket = this.bucketAt(record.sentAt);
        if (bucket !== undefined) bucket.invitations[record.survey] += 1;
        return;
      }
      case 'selfservice':
        if (record.startedAt > asOf) return;
        this.sessionUsers.push(record.user);
        this.sessionStarts.push(record.startedAt);
        this.sessionCompleted.push(record.completed);
        return;
      case 'availability':
        if (record.at > asOf) return;
        this.bucketAt(record.at)?.addAvailability(record.service, record.up, isEffectivelyUp(record));
        return;
    }
  }

  /**
   * A request `user` raised at `at`, known without its ticket record (a session's fact carries
   * it): it decides the user's sessions as a ticket record would, and counts nothing else.
   */
  noteRequest(user: string, at: number): void {
    if (at > this.options.asOf) return;
    const times = this.ticketTimesByReporter.get(user);
    if (times === undefined) this.ticketTimesByReporter.set(user, [at]);
    else if (!times.includes(at)) times.push(at);
  }

  /** Settles the rules that need all records and returns the buckets by key. */
  finish(): Map<string, Bucket> {
    this.foldAnswers();
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
    // Who answered, in which survey cycle, through which source: answers that share all three
    // (and the ticket and question) are one answer given twice, the first of which stands.
    const respondent =
      response.respondent === undefined
        ? -1 - this.anonymousIds.id(answererKey(String(response.answeredAt), response.source, response.cycle))
        : this.respondentIds.id(answererKey(response.respondent, response.source, response.cycle));
    const ticket = this.ticketIds.id(response.ticketId);
    this.answers.push(
      ticket,
      respondent,
      response.answeredAt,
      responseCode(response),
      response.score,
      response.source !== JSM_FEEDBACK_SOURCE,
    );
  }

  /**
   * Folds the answers, ticket by ticket: the first answer (by answeredAt, then by arrival) of
   * each respondent to each survey question in each cycle and source stands; anonymous answers
   * cannot be matched, so each stands. The response rate counts people: an ICE response is one
   * respondent's answers to one ticket, placed by the first of them (anonymous answers of one
   * moment are one respondent's), and a JSM rating answers no invitation of the records, so it
   * is a score but not a response.
   */
  private foldAnswers(): void {
    const { order, starts } = this.answers.byTicket(this.ticketIds.size);
    const { code, respondent, solicited } = this.answers;
    for (let t = 0; t < this.ticketIds.size; t += 1) {
      const start = starts[t] as number;
      const end = starts[t + 1] as number;
      // Most tickets have a handful of answers: comparing them pairwise beats building maps.
      const isFirst =
        end - start <= SMALL_GROUP
          ? (i: number, key: (j: number) => number) => this.isFirstAmong(order, start, end, i, key)
          : this.firstByKey(order.subarray(start, end));
      for (let k = start; k < end; k += 1) {
        const i = order[k] as number;
        const ice = (code[i] as number) >= ICE_FIRST_CODE;
        const response = solicited[i] === 1;
        if (isAnonymous(respondent[i] as number) || isFirst(i, this.answerKey))
          this.foldAnswer(i, response && !ice);
        if (ice && response && isFirst(i, this.iceKey)) {
          const bucket = this.bucketAt(this.answers.answeredAt[i] as number);
          if (bucket !== undefined) bucket.responses.ice += 1;
        }
      }
    }
  }

  /** Whether no answer in `order[start…end)` with the same key precedes answer `i`. */
  private isFirstAmong(
    order: Int32Array,
    start: number,
    end: number,
    i: number,
    key: (j: number) => number,
  ): boolean {
    const own = key(i);
    for (let k = start; k < end; k += 1) {
      const j = order[k] as number;
      if (j !== i && key(j) === own && this.precedes(j, i)) return false;
    }
    return true;
  }

  /** Answers by one respondent to one question share this key; anonymous ones never match. */
  private readonly answerKey = (i: number): number =>
    isAnonymous(this.answers.respondent[i] as number)
      ? -1 - i
      : (this.answers.respondent[i] as number) * CODES.length + (this.answers.code[i] as number);

  /** One respondent's ICE answers share this key (an anonymous respondent's: those of one moment). */
  private readonly iceKey = (i: number): number => {
    const respondent = this.answers.respondent[i] as number;
    if ((this.answers.code[i] as number) < ICE_FIRST_CODE) return -1 - i;
    if (isAnonymous(respondent)) return ANONYMOUS_ICE_KEYS + respondent;
    return respondent * CODES.length;
  };

  /** Answer order: earlier answeredAt first, then earlier arrival. */
  private precedes(j: number, i: number): boolean {
    const { answeredAt } = this.answers;
    return (
      (answeredAt[j] as number) < (answeredAt[i] as number) || (answeredAt[j] === answeredAt[i] && j < i)
    );
  }

  /** For a large group: the first answer of every key, found in one pass per key function. */
  private firstByKey(group: Int32Array): (i: number, key: (j: number) => number) => boolean {
    const firsts = new Map<(j: number) => number, Map<number, number>>();
    return (i, key) => {
      let first = firsts.get(key);
      if (first === undefined) {
        first = new Map();
        for (const j of group) {
          const current = first.get(key(j));
          if (current === undefined || this.precedes(j, current)) first.set(key(j), j);
        }
        firsts.set(key, first);
      }
      return first.get(key(i)) === i;
    };
  }

  /** Adds one standing answer's score, and counts it as a response when it is one on its own. */
  private foldAnswer(i: number, countsAsResponse: boolean): void {
    const bucket = this.bucketAt(this.answers.answeredAt[i] as number);
    if (bucket === undefined) return;
    const [survey, question] = CODES[this.answers.code[i] as number] as (typeof CODES)[number];
    bucket.addScore(survey, question, this.answers.score[i] as number);
    if (countsAsResponse) bucket.responses[survey] += 1;
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
 * One answerer of one survey cycle through one source. Records without a cycle (imports, older
 * exports) are all one cycle, and those without a source one source, so they read as before.
 */
function answererKey(
  respondent: string,
  source: string | null | undefined,
  cycle: number | undefined,
): string {
  return `${respondent}\u0000${source ?? ''}\u0000${cycle ?? 0}`;
}

/**
 * Numbers standing for strings, so the collector keeps numbers, not strings. A prototype-less
 * object rather than a Map: V8 keeps integer-like keys such as Jira issue ids in a number
 * dictionary, several times faster to probe than a Map's string hashing.
 */
class Interner {
  size = 0;
  private readonly ids: Record<string, number> = Object.create(null) as Record<string, number>;

  id(text: string): number {
    let id = this.ids[text];
    if (id === undefined) {
      id = this.size;
      this.ids[text] = id;
      this.size += 1;
    }
    return id;
  }
}
