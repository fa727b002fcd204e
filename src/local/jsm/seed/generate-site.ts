import { STATUSES } from '../catalog';
import { emptySite, type RequestRecord, type SiteData, type UserRecord } from '../model';
import {
  addComment,
  addWorklog,
  assign,
  createRequest,
  reopenRequest,
  resolveRequest,
  transition,
} from '../mutations';
import { SiteStore } from '../site-store';
import { arrivals } from './arrivals';
import {
  AUTOMATION_ACCOUNT_ID,
  DESKS,
  PRIORITY_MIX_BY_KIND,
  REQUEST_TYPES,
  type RequestTypeSpec,
} from './directory';
import { populate, type People } from './population';
import { Random } from './prng';
import type { ResponseTruth, SeedTruth, TicketTruth } from './truth';

/**
 * Fills a site with months of requests whose shape a service desk would recognise, and records
 * what happened to each as ground truth. Each ticket is planned as a list of timed steps that go
 * through the same mutations as live changes; steps after `now` are dropped, so recent tickets are
 * naturally still open, unanswered or unresolved.
 */

export interface SiteSeedOptions {
  seed: number;
  months: number;
  now: Date;
  /** Mean arrivals per day over the week (default 40). */
  perDay?: number;
}

/** Probabilities the generated site is built to show (tests check the outcome lands near them). */
export const SITE_SEED_RATES = {
  automatedFirstResponse: 0.25,
  reopen: 0.08,
  followUpWithoutReopen: 0.1,
  feedback: 0.35,
  worklogged: 0.85,
  participants: 0.12,
  customerReply: 0.3,
} as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const FIRST_RESPONSE_MEDIAN = { Highest: 8 * MINUTE, High: 15 * MINUTE, Medium: 60 * MINUTE, Low: 2 * HOUR };
const RESOLUTION_MEDIAN = { incident: 3 * HOUR, request: 20 * HOUR };
const DEMO_COUNT = 6;

interface Step {
  at: number;
  run: () => void;
}

export function generateSite(options: SiteSeedOptions): { data: SiteData; truth: SeedTruth } {
  const random = new Random(options.seed);
  const data = emptySite();
  const store = new SiteStore(data);
  const people = populate(store, random);
  const now = options.now.getTime();
  const from = new Date(options.now);
  from.setUTCMonth(from.getUTCMonth() - options.months);

  const tickets: TicketTruth[] = [];
  const responses: ResponseTruth[] = [];
  const context = { store, random, people, now, tickets, responses };
  for (const created of arrivals(random, from.getTime(), now, options.perDay ?? 40)) {
    simulateTicket(context, created, pickType(random), false);
  }
  const demoKeys: string[] = [];
  for (let index = 0; index < DEMO_COUNT; index++) {
    const created = now - (DEMO_COUNT - index) * 20 * MINUTE;
    demoKeys.push(
      simulateTicket(context, created, REQUEST_TYPES[index % REQUEST_TYPES.length] ?? pickType(random), true),
    );
  }
  return {
    data,
    truth: {
      seed: options.seed,
      from: from.toISOString(),
      to: options.now.toISOString(),
      tickets,
      responses,
      demoKeys,
      automationAccountId: AUTOMATION_ACCOUNT_ID,
    },
  };
}

function pickType(random: Random): RequestTypeSpec {
  const desk = random.weighted(DESKS.map((spec) => [spec.key, spec.share] as const));
  return random.weighted(
    REQUEST_TYPES.filter((type) => type.desk === desk).map((type) => [type, type.weight] as const),
  );
}

interface Context {
  store: SiteStore;
  random: Random;
  people: People;
  now: number;
  tickets: TicketTruth[];
  responses: ResponseTruth[];
}

/** Plans one ticket's life, applies the steps up to `now`, and records its truth. Returns its key. */
function simulateTicket(context: Context, created: number, spec: RequestTypeSpec, demo: boolean): string {
  const { store, random, people } = context;
  const reporter = random.pick(
    spec.desk === 'HR'
      ? people.customers.filter((customer) => customer.organizationId !== '7')
      : people.customers,
  );
  const priority = random.weighted(PRIORITY_MIX_BY_KIND[spec.kind]);
  const colleagues = (people.customersByOrg.get(reporter.organizationId ?? '') ?? []).filter(
    (customer) => customer.accountId !== reporter.accountId,
  );
  const participantIds =
    colleagues.length > 0 && random.chance(SITE_SEED_RATES.participants)
      ? [...new Set([random.pick(colleagues).accountId, random.pick(colleagues).accountId])]
      : [];
  const request = createRequest(store, {
    serviceDeskId: store.deskByProject(spec.desk)?.serviceDeskId ?? '',
    requestTypeId: spec.id,
    summary: random.pick(spec.summaries),
    reporterId: reporter.accountId,
    priority,
    created: new Date(created),
    participantIds,
  });
  const team = context.people.agentsByTeam.get(spec.team) ?? [];
  const agent = random.pick(team);
  const org = store.data.organizations.find((candidate) => candidate.id === reporter.organizationId);
  const truth: TicketTruth = {
    type: 'ticket',
    source: 'jsm',
    id: request.issueId,
    key: request.key,
    project: spec.desk,
    kind: spec.kind,
    priority,
    requestType: spec.name,
    reporter: reporter.accountId,
    ...(org ? { organization: org.name } : {}),
    createdAt: request.created,
    reopenedAt: [],
    followUpAt: [],
    majorIncident: false,
    statusInquiry: false,
  };
  context.tickets.push(truth);

  const steps = demo ? planDemo(context, request, agent, truth) : plan(context, request, spec, agent, truth);
  steps
    .filter((step) => step.at <= context.now)
    .sort((a, b) => a.at - b.at)
    .forEach((step) => step.run());
  return request.key;
}

function plan(
  context: Context,
  request: RequestRecord,
  spec: RequestTypeSpec,
  agent: UserRecord,
  truth: TicketTruth,
): Step[] {
  const { store, random } = context;
  const steps: Step[] = [];
  const created = new Date(request.created).getTime();
  const reporterId = request.reporterId;
  const respond = (at: number, authorId: string, by: 'human' | 'automation', body: string) => {
    addComment(store, request, { authorId, body, public: true, at: new Date(at) });
    if (truth.firstResponseAt === undefined) {
      truth.firstResponseAt = new Date(at).toISOString();
      truth.firstResponseBy = by;
    }
  };
  const customerComment = (at: number, body: string) => {
    addComment(store, request, { authorId: reporterId, body, public: true, at: new Date(at) });
    if (request.resolution !== null) truth.followUpAt.push(new Date(at).toISOString());
  };

  if (random.chance(SITE_SEED_RATES.automatedFirstResponse)) {
    const at = created + random.between(0.5, 3) * MINUTE;
    steps.push({
      at,
      run: () =>
        respond(
          at,
          AUTOMATION_ACCOUNT_ID,
          'automation',
          'Thanks, we have your request. An agent will reply soon.',
        ),
    });
  }
  const firstHuman =
    created + Math.max(MINUTE, random.logNormal(FIRST_RESPONSE_MEDIAN[request.priority], 0.9));
  steps.push({
    at: firstHuman,
    run: () => {
      const when = new Date(firstHuman);
      assign(store, request, agent.accountId, when, agent.accountId);
      truth.assignee = agent.accountId;
      if (agent.team) truth.team = agent.team;
      transition(store, request, STATUSES.inProgress, when, agent.accountId);
      respond(firstHuman, agent.accountId, 'human', 'Hi, I am looking into this now.');
    },
  });
  let cursor = firstHuman;
  if (random.chance(SITE_SEED_RATES.customerReply)) {
    const at = cursor + random.logNormal(40 * MINUTE, 0.8);
    steps.push({ at, run: () => customerComment(at, 'Thanks, here are the details you asked for.') });
    if (random.chance(0.4)) {
      const noteAt = at + random.between(5, 30) * MINUTE;
      steps.push({
        at: noteAt,
        run: () =>
          addComment(store, request, {
            authorId: agent.accountId,
            body: 'Internal: checked logs.',
            public: false,
            at: new Date(noteAt),
          }),
      });
      cursor = noteAt;
    } else cursor = at;
  }
  const resolvedAt = cursor + Math.max(5 * MINUTE, random.logNormal(RESOLUTION_MEDIAN[spec.kind], 1));
  if (random.chance(SITE_SEED_RATES.worklogged)) {
    const entries = random.int(1, 3);
    for (let index = 0; index < entries; index++) {
      const started = firstHuman + ((resolvedAt - firstHuman) * index) / entries;
      const seconds = Math.round(random.between(5, spec.kind === 'incident' ? 90 : 45)) * 60;
      // A worklog is recorded when it ends; it belongs to the ticket's life if that is before `now`.
      steps.push({
        at: started + seconds * 1000,
        run: () => {
          addWorklog(store, request, {
            authorId: agent.accountId,
            started: new Date(started),
            timeSpentSeconds: seconds,
            comment: 'Investigation',
          });
          truth.handleSeconds = (truth.handleSeconds ?? 0) + seconds;
        },
      });
    }
  }
  const resolution = random.weighted([
    ['Done', 92],
    ["Won't Do", 5],
    ['Duplicate', 3],
  ] as const);
  const resolve = (at: number) => ({
    at,
    run: () => {
      resolveRequest(store, request, new Date(at), agent.accountId, resolution);
      truth.resolvedAt ??= new Date(at).toISOString();
    },
  });
  steps.push(resolve(resolvedAt));
  let finalResolution = resolvedAt;
  const reopened = random.chance(SITE_SEED_RATES.reopen);
  if (reopened) {
    const complaint = resolvedAt + random.between(1 * HOUR, 6 * DAY);
    const reopenAt = complaint + MINUTE;
    steps.push({ at: complaint, run: () => customerComment(complaint, 'This is still not working, sorry.') });
    steps.push({
      at: reopenAt,
      run: () => {
        // JSM's automation reopens a resolved request when its customer comments.
        reopenRequest(store, request, new Date(reopenAt), AUTOMATION_ACCOUNT_ID);
        truth.reopenedAt.push(new Date(reopenAt).toISOString());
      },
    });
    finalResolution = reopenAt + Math.max(10 * MINUTE, random.logNormal(4 * HOUR, 0.8));
    steps.push(resolve(finalResolution));
  } else if (random.chance(SITE_SEED_RATES.followUpWithoutReopen)) {
    const at = resolvedAt + random.between(10 * MINUTE, 7 * DAY);
    steps.push({ at, run: () => customerComment(at, 'Thanks! One more question about this, though.') });
  }
  if (random.chance(SITE_SEED_RATES.feedback)) {
    const at = finalResolution + random.between(10 * MINUTE, 2 * DAY);
    const score = reopened
      ? random.weighted([
          [1, 20],
          [2, 25],
          [3, 25],
          [4, 20],
          [5, 10],
        ] as const)
      : random.weighted([
          [1, 4],
          [2, 5],
          [3, 10],
          [4, 26],
          [5, 55],
        ] as const);
    steps.push({
      at,
      run: () => {
        if (request.resolution === null) return;
        request.feedback = { rating: score, comment: null, created: new Date(at).toISOString() };
        context.responses.push({
          type: 'response',
          source: 'jsm',
          ticketId: request.issueId,
          survey: 'csat',
          score,
          answeredAt: new Date(at).toISOString(),
          respondent: request.reporterId,
        });
      },
    });
  }
  return steps;
}

/** Demo requests stay open: half untouched, half picked up by an agent. */
function planDemo(context: Context, request: RequestRecord, agent: UserRecord, truth: TicketTruth): Step[] {
  const { store } = context;
  const created = new Date(request.created).getTime();
  if (Number(request.issueId) % 2 === 0) return [];
  const at = created + 5 * MINUTE;
  return [
    {
      at,
      run: () => {
        assign(store, request, agent.accountId, new Date(at), agent.accountId);
        transition(store, request, STATUSES.inProgress, new Date(at), agent.accountId);
        addComment(store, request, {
          authorId: agent.accountId,
          body: 'Hi, I am on it.',
          public: true,
          at: new Date(at),
        });
        truth.assignee = agent.accountId;
        if (agent.team) truth.team = agent.team;
        truth.firstResponseAt = new Date(at).toISOString();
        truth.firstResponseBy = 'human';
      },
    },
  ];
}
