/**
 * A large desk for the gadget benchmark: projects of very different sizes, each with its own agents
 * (in teams), request types, priorities and customer organizations, and survey answers spread over
 * the days the way a service desk sees them (busy weekdays, quiet weekends, a holiday dip, slow
 * growth). Every answered ticket becomes the app's own `TicketState`, and its facts come from the
 * app's `ticketFacts`, so what the benchmark stores is what the app would have written.
 */
import { NO_DIMENSIONS, type Dimensions } from '../../src/domain/facts/dimensions';
import { ticketFacts, type Fact } from '../../src/domain/facts/ticket-facts';
import type { Survey } from '../../src/domain/survey/survey';
import { emptyTicket, type TicketState } from '../../src/domain/ticket/ticket-state';
import { seeded } from '../generate';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface Labelled {
  id: string;
  name: string;
}

export interface Project {
  key: string;
  name: string;
  /** Share of all responses (sums to 1 over the projects). */
  share: number;
  agents: Array<Labelled & { team: number; skill: number }>;
  teams: Labelled[];
  requestTypes: Labelled[];
  organizations: Labelled[];
  /** Answered tickets per day of the desk's history, oldest first. */
  perDay: number[];
}

export interface DeskShape {
  responses: number;
  projectCount: number;
  /** Days of history, ending with `today`. */
  days: number;
  /** The last day of the history, `YYYY-MM-DD` (UTC). */
  today: string;
  seed: number;
}

const FIRST_NAMES = [
  'Ana',
  'Ben',
  'Chen',
  'Dara',
  'Eli',
  'Femi',
  'Gita',
  'Hugo',
  'Ines',
  'Jon',
  'Kai',
  'Lena',
];
const LAST_NAMES = ['Moreau', 'Okafor', 'Patel', 'Quinn', 'Rossi', 'Sato', 'Tran', 'Ueda', 'Varga', 'Weber'];
const TEAM_NAMES = ['Tier 1', 'Tier 2', 'Escalations', 'Onboarding', 'Platform', 'Field'];
const TYPE_NAMES = [
  'Get IT help',
  'Request access',
  'Report a bug',
  'New hardware',
  'Password reset',
  'Change request',
  'Ask a question',
  'Onboard a hire',
  'Offboard a leaver',
  'Report an outage',
];
const ORG_WORDS = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Tyrell'];
const ORG_KINDS = ['Ltd', 'GmbH', 'Inc', 'SAS', 'BV'];
/** Jira's default priorities; the app keys a priority by its name. */
const PRIORITIES = ['Highest', 'High', 'Medium', 'Low', 'Lowest'];
const PRIORITY_WEIGHTS = [0.03, 0.12, 0.6, 0.18, 0.07];
const COMMENTS = [
  'Quick and friendly, thanks!',
  'Took a while to get a first reply.',
  'Solved on the first try.',
  'I had to explain the problem twice.',
  'Great support as always',
  'The fix did not last, had to reopen.',
];
/** Busier on Mondays, quiet at weekends (index 0 is Sunday). */
const WEEKDAY = [0.22, 1.2, 1.12, 1.05, 1.0, 0.86, 0.25];

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** An index drawn with the given weights (they need not sum to 1). */
function weighted(weights: readonly number[], random: () => number): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let left = random() * total;
  for (let index = 0; index < weights.length; index += 1) {
    left -= weights[index]!;
    if (left < 0) return index;
  }
  return weights.length - 1;
}

/** A Zipf-like list of weights: a few big values and a long tail. */
const zipf = (count: number, exponent: number) =>
  Array.from({ length: count }, (_, index) => 1 / (index + 1) ** exponent);

/** Project keys: the local site's two desks first, then 48 more. */
export function projectKeys(count: number): string[] {
  const extra = Array.from(
    { length: Math.max(0, count - 2) },
    (_, index) => `D${String(index + 3).padStart(2, '0')}`,
  );
  return ['SD', 'HR', ...extra].slice(0, count);
}

export function dayList(today: string, days: number): string[] {
  const last = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: days }, (_, index) =>
    new Date(last - (days - 1 - index) * DAY_MS).toISOString().slice(0, 10),
  );
}

/**
 * The desk's projects and how many tickets each had answered on each day. Counts add up to exactly
 * `shape.responses`.
 */
export function planDesk(shape: DeskShape): Project[] {
  const random = seeded(shape.seed);
  const days = dayList(shape.today, shape.days);
  const keys = projectKeys(shape.projectCount);
  // Sizes: Zipf over a shuffled order, so the big projects are not simply the first keys.
  const sizes = zipf(keys.length, 0.9);
  for (let index = sizes.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [sizes[index], sizes[other]] = [sizes[other]!, sizes[index]!];
  }
  const totalSize = sizes.reduce((sum, size) => sum + size, 0);
  const totals = largestRemainder(
    sizes.map((size) => (shape.responses * size) / totalSize),
    shape.responses,
  );
  const dayWeights = days.map((day, index) => {
    const date = new Date(`${day}T00:00:00Z`);
    const growth = 0.8 + (0.4 * index) / days.length;
    const holiday = date.getUTCMonth() === 11 && date.getUTCDate() >= 22 ? 0.45 : 1;
    return WEEKDAY[date.getUTCDay()]! * growth * holiday;
  });
  return keys.map((key, p) => {
    const scale = sizes[p]! / Math.max(...sizes);
    const teams = Array.from({ length: 1 + Math.round(3 * scale) + (p % 2) }, (_, t) => ({
      id: `team-${key.toLowerCase()}-${t + 1}`,
      name: `${key} ${TEAM_NAMES[t % TEAM_NAMES.length]}`,
    }));
    const agents = Array.from({ length: 3 + Math.round(22 * scale) }, (_, a) => ({
      id: `557058:${key.toLowerCase()}-agent-${a + 1}`,
      name: `${pick(FIRST_NAMES, random)} ${pick(LAST_NAMES, random)}`,
      team: a % teams.length,
      skill: random() * 2 - 1,
    }));
    const requestTypes = Array.from({ length: 4 + Math.round(6 * scale) }, (_, t) => ({
      id: String(100 + p * 20 + t),
      name: TYPE_NAMES[(t + p) % TYPE_NAMES.length]!,
    }));
    const organizations = Array.from({ length: 5 + Math.round(30 * scale) }, (_, o) => ({
      id: String(1000 + p * 100 + o),
      name: `${pick(ORG_WORDS, random)} ${ORG_KINDS[o % ORG_KINDS.length]} ${o + 1}`,
    }));
    // Each project has its own noise around the shared weekly shape.
    const weights = dayWeights.map((weight) => weight * (0.8 + 0.4 * random()));
    return {
      key,
      name: p < 2 ? (key === 'SD' ? 'Service Desk' : 'Human Resources') : `Desk ${key}`,
      share: totals[p]! / shape.responses,
      agents,
      teams,
      requestTypes,
      organizations,
      perDay: spread(totals[p]!, weights),
    };
  });
}

/** Integers proportional to `values`, summing exactly to `total`. */
function largestRemainder(values: number[], total: number): number[] {
  const floors = values.map(Math.floor);
  let left = total - floors.reduce((sum, value) => sum + value, 0);
  const order = values.map((value, index) => ({ index, rest: value - Math.floor(value) }));
  order.sort((a, b) => b.rest - a.rest);
  for (const { index } of order) {
    if (left <= 0) break;
    floors[index]! += 1;
    left -= 1;
  }
  return floors;
}

/** `total` spread over slots in proportion to `weights` (cumulative rounding: exact total). */
function spread(total: number, weights: number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  let running = 0;
  let placed = 0;
  return weights.map((weight, index) => {
    running += weight;
    const upTo = index === weights.length - 1 ? total : Math.floor((total * running) / sum);
    const count = upTo - placed;
    placed = upTo;
    return count;
  });
}

/** Minutes into the day an answer arrives: mostly office hours, some at any time. */
function timeOfDay(random: () => number): number {
  if (random() < 0.2) return random() * DAY_MS;
  const gauss = (random() + random() + random() + random() - 2) * 1.7; // ~N(0, 1)
  return Math.min(DAY_MS - 1, Math.max(0, (13.5 + 3 * gauss) * HOUR_MS));
}

/**
 * Every answered ticket of one project as the facts the app stores for it, grouped by day (a
 * ticket invited late one day and answered the next has facts on both). Each ticket has one
 * survey whose invitation went out for CES and CSAT, and one answer with both scores.
 */
export function projectFacts(
  project: Project,
  projectIndex: number,
  shape: DeskShape,
  firstIssueId: number,
): { byDay: Map<string, Fact[]>; tickets: number } {
  const random = seeded(shape.seed * 7919 + projectIndex + 1);
  const days = dayList(shape.today, shape.days);
  const typeWeights = zipf(project.requestTypes.length, 1.1);
  const agentWeights = project.agents.map((_, index) => 1 / (1 + 0.15 * index));
  const orgWeights = zipf(project.organizations.length, 1.2);
  const byDay = new Map<string, Fact[]>();
  let issue = 0;
  for (const [dayIndex, day] of days.entries()) {
    const dayStart = Date.parse(`${day}T00:00:00Z`);
    for (let n = 0; n < project.perDay[dayIndex]!; n += 1) {
      issue += 1;
      const issueId = String(firstIssueId + issue);
      const issueKey = `${project.key}-${issue}`;
      const answeredAt = dayStart + timeOfDay(random);
      // Customers answer a few hours after the invitation, some only days later.
      const delay = Math.min(5 * DAY_MS, 60_000 + 2.5 * HOUR_MS * Math.exp((random() + random() - 1) * 3));
      const invitedAt = answeredAt - delay;
      const resolvedAt = invitedAt - HOUR_MS;
      const agent = random() < 0.01 ? null : project.agents[weighted(agentWeights, random)]!;
      const priority = weighted(PRIORITY_WEIGHTS, random);
      const dimensions: Dimensions = {
        ...NO_DIMENSIONS,
        agent: agent ? { id: agent.id, name: agent.name } : null,
        team: agent ? project.teams[agent.team]! : null,
        requestType: project.requestTypes[weighted(typeWeights, random)]!,
        priority: { id: PRIORITIES[priority]!, name: PRIORITIES[priority]! },
        organization: random() < 0.06 ? null : project.organizations[weighted(orgWeights, random)]!,
      };
      // Happier with better agents and lower urgency; CES follows CSAT with its own noise.
      const mood = (agent?.skill ?? 0) * 0.35 + (priority <= 1 ? -0.25 : 0.05) + (random() - 0.5) * 2.6;
      const csat = Math.min(5, Math.max(1, Math.round(4.1 + mood)));
      const ces = Math.min(7, Math.max(1, Math.round(1.5 * csat - 1 + (random() - 0.5) * 2.4)));
      const comment = random() < 0.12 ? pick(COMMENTS, random) : null;
      const ticket = answeredTicket({
        issueId,
        issueKey,
        projectKey: project.key,
        requestTypeId: dimensions.requestType!.id,
        reporter: `customer:${project.key.toLowerCase()}-${Math.floor(random() * 20_000)}`,
        resolvedAt,
        invitedAt,
        answeredAt,
        ces,
        csat,
        comment,
        dimensions,
      });
      for (const facts of ticketFacts(ticket, dimensions, 'UTC')) {
        const list = byDay.get(facts.day);
        if (list) list.push(facts);
        else byDay.set(facts.day, [facts]);
      }
    }
  }
  return { byDay, tickets: issue };
}

function answeredTicket(t: {
  issueId: string;
  issueKey: string;
  projectKey: string;
  requestTypeId: string;
  reporter: string;
  resolvedAt: number;
  invitedAt: number;
  answeredAt: number;
  ces: number;
  csat: number;
  comment: string | null;
  dimensions: Dimensions;
}): TicketState {
  const iso = (ms: number) => new Date(Math.round(ms)).toISOString();
  const changelogId = `${Number(t.issueId) * 3}`;
  const survey: Survey = {
    id: `${t.issueId}:${changelogId}`,
    ticketId: t.issueId,
    ticketKey: t.issueKey,
    project: t.projectKey,
    requestTypeId: t.requestTypeId,
    reporter: t.reporter,
    changelogId,
    cycle: 1,
    state: 'answered',
    skipReason: null,
    resolvedAt: iso(t.resolvedAt),
    dueAt: iso(t.invitedAt),
    invitedAt: iso(t.invitedAt),
    late: false,
    remindAt: null,
    remindedAt: null,
    expiresAt: iso(t.invitedAt + 7 * DAY_MS),
    answeredAt: iso(t.answeredAt),
    answeredBy: t.reporter,
    timeline: [],
  };
  return {
    ...emptyTicket({ issueId: t.issueId, issueKey: t.issueKey, projectKey: t.projectKey }),
    processed: [changelogId],
    surveys: [survey],
    answers: [
      {
        surveyId: survey.id,
        ces: t.ces,
        csat: t.csat,
        comment: t.comment,
        answeredAt: iso(t.answeredAt),
        respondent: t.reporter,
      },
    ],
    dimensions: t.dimensions,
  };
}
