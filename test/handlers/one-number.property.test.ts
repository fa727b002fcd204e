import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import fc from 'fast-check';
import { KvsAggregateStore } from '../../src/adapters/forge/kvs-aggregate-store';
import { KvsAnswerCache } from '../../src/adapters/forge/kvs-answer-cache';
import { KvsSettingsStore } from '../../src/adapters/forge/kvs-settings-store';
import { KvsTicketStore } from '../../src/adapters/forge/kvs-ticket-store';
import { rollupDays, rollupSiteDays } from '../../src/app/aggregates/rollup-day';
import { recordObservation } from '../../src/app/capture/record-observation';
import { AppError } from '../../src/app/errors';
import { exportRecords } from '../../src/app/export/export-records';
import { gadgetAnswer, type GadgetDeps } from '../../src/app/gadgets/gadget-answers';
import type { ProjectDay } from '../../src/app/ports/aggregate-store';
import type { RollupQueue } from '../../src/app/ports/rollup-queue';
import { handleResolutionChange } from '../../src/app/survey/handle-resolution-change';
import { readTicketResult } from '../../src/app/survey/read-ticket-result';
import { submitSurvey } from '../../src/app/survey/submit-survey';
import { sweepDueSurveys } from '../../src/app/survey/sweep-due-surveys';
import { computeReport } from '../../src/cli/report-command';
import { defaultGadgetConfiguration } from '../../src/contract/gadget-configuration';
import type { Breakdown, GadgetConfiguration, Scorecard, Trend } from '../../src/contract/gadgets';
import { previousWindow } from '../../src/domain/aggregates/window';
import { emptyObservation } from '../../src/domain/capture/observation';
import { DIMENSION_NAMES, type DimensionName } from '../../src/domain/facts/dimension-names';
import { NONE_KEY, type Dimensions } from '../../src/domain/facts/dimensions';
import { FIGURE_METRICS, figureOf, type FigureMetric } from '../../src/domain/report/figures';
import type { Metrics } from '../../src/domain/report/metrics';
import { StreamingReport } from '../../src/domain/report/report';
import { parseRecord } from '../../src/domain/records/canonical';
import { defaultSettings } from '../../src/domain/settings';
import { loadManifest } from '../../src/local/platform/manifest';
import { connect } from '../local/kvs/harness';
import { DeskDouble, type DeskRequest } from '../support/desk-double';
import { APP_DIR } from '../support/local-site';

/**
 * One number everywhere, as a property of the production path: random requests (resolutions,
 * reopens, repeated and late answers, JSM's own ratings, first responses by people and by
 * automation, worklogs, customer follow-ups) are played in time order through the app's use cases
 * on the local store — resolution changes, the sweeper, the portal's answer, the history import's
 * rating — so the app makes its facts, the rollup builds the day aggregates (at random moments, as
 * the queue would), and the gadgets' use case answers. Each gadget figure, for random windows in a
 * random reporting time zone, every metric and every breakdown, must equal what `cx-metrics
 * report` computes over the app's own records export for the same window and the same tickets,
 * and each ticket's agent panel shows the answer the export holds for its latest survey cycle.
 *
 * The scenario count and the base seed can be set with CX_PROPERTY_RUNS and CX_PROPERTY_SEED; a
 * failure names the seed and the scenario to replay.
 */
const RUNS = Number(process.env.CX_PROPERTY_RUNS ?? 500);
const SEED = Number(process.env.CX_PROPERTY_SEED ?? 20_261_206);

const ENTITIES = loadManifest(APP_DIR).app.storage?.entities ?? [];
const PROJECTS = [
  { key: 'IT', name: 'IT desk' },
  { key: 'SD', name: 'Service desk' },
];
const TYPES = [
  { id: '7', name: 'Get IT help', projectKey: 'SD' },
  { id: '8', name: 'Request access', projectKey: 'SD' },
  { id: '20', name: 'Report an outage', projectKey: 'IT' },
];
const ZONES = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham'];
const AGENTS = ['agent-a', 'agent-b', 'agent-c'];
const AUTOMATION = 'automation-for-jira';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = Date.parse('2026-03-02T00:00:00Z');

/** mulberry32: small, fast and the same everywhere. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
type Random = ReturnType<typeof prng>;

/** A step of the scenario, run at its moment on the test's clock. */
type Step = { at: number; order: number; run: () => Promise<void> };

interface World {
  now: number;
  desk: DeskDouble;
  deps: GadgetDeps & { rollups: RollupQueue };
  pendingDays: ProjectDay[];
  pendingSiteDays: string[];
  requests: DeskRequest[];
}

/** Accepts the refusals the portal shows a customer (a survey already answered, closed, or none yet). */
async function asCustomer(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (error instanceof AppError && ['CONFLICT', 'SURVEY_CLOSED'].includes(error.code)) return;
    throw error;
  }
}

function dimensionsOf(random: Random, type: (typeof TYPES)[number], agent: string): Dimensions {
  const team = random.pick([null, 'Desk A', 'Desk B']);
  const priority = random.pick([null, 'High', 'Low']);
  const organization = random.pick([null, 'Finance', 'Sales']);
  return {
    agent: { id: agent, name: agent.toUpperCase() },
    team: team === null ? null : { id: team.toLowerCase().replace(' ', '-'), name: team },
    requestType: { id: type.id, name: type.name },
    priority: priority === null ? null : { id: priority, name: priority },
    organization: organization === null ? null : { id: organization, name: organization },
  };
}

/** Plans one request's life and the steps that play it through the app. */
function planRequest(random: Random, world: World, index: number, steps: Step[]): void {
  const type = random.pick(TYPES);
  const agent = random.pick(AGENTS);
  const issueId = String(10_000 + index);
  const key = `${type.projectKey}-${index + 1}`;
  // A few customers share requests, so the throttle and one person's answers on two tickets occur.
  const reporter = `customer-${random.int(1, 3)}`;
  const participant = random.chance(0.3) ? `participant-${index}` : null;
  const createdAt = START + random.int(0, 2 * DAY);
  const request: DeskRequest = {
    issueId,
    key,
    projectKey: type.projectKey,
    reporter,
    participants: participant ? [participant] : [],
    requestTypeId: type.id,
    requestTypeName: type.name,
    dimensions: dimensionsOf(random, type, agent),
    createdAt,
    comments: [],
    histories: [],
    worklogs: [],
  };
  world.desk.add(request);
  world.requests.push(request);
  const ticket = { issueId, issueKey: key, projectKey: type.projectKey };
  const step = (at: number, run: () => Promise<void>) => steps.push({ at, order: steps.length, run });

  if (random.chance(0.8)) {
    const human = random.chance(0.6);
    request.comments.push({
      id: `${issueId}-first`,
      at: createdAt + random.int(1, 10 * 60) * MINUTE,
      author: human ? agent : AUTOMATION,
      accountType: human ? 'atlassian' : 'app',
    });
  }
  for (let w = random.int(0, 2); w > 0; w -= 1) {
    request.worklogs.push({
      id: `${issueId}-w${w}`,
      at: createdAt + random.int(5, 600) * MINUTE,
      seconds: random.int(1, 7200),
    });
  }

  let resolvedAt = createdAt + random.int(10, 24 * 60) * MINUTE;
  const cycles = random.int(1, 3);
  for (let cycle = 1; cycle <= cycles; cycle += 1) {
    const at = resolvedAt;
    const changelogId = `${issueId}-r${cycle}`;
    request.histories.push({ id: changelogId, at, resolved: true });
    step(at, async () => {
      await handleResolutionChange(
        world.deps,
        {
          kind: 'resolved',
          issueId,
          issueKey: key,
          projectKey: type.projectKey,
          changelogId,
          at: new Date(at).toISOString(),
          by: agent,
          resolution: 'Done',
        },
        { reporter },
      );
    });
    // The sweeper runs when the survey falls due, or a day or two late (an outage).
    const sweepAt =
      at + HOUR + random.int(0, 59) * MINUTE + (random.chance(0.2) ? random.int(1, 2) * DAY : 0);
    step(sweepAt, async () => {
      await sweepDueSurveys(world.deps, new Date(world.now + 20_000));
    });
    // Answers: on time or days later, sometimes twice, sometimes by a participant.
    for (let attempt = random.pick([0, 1, 1, 1, 2]); attempt > 0; attempt -= 1) {
      const answerAt = sweepAt + random.int(1, random.chance(0.3) ? 3 * 24 * 60 : 180) * MINUTE;
      const who = participant && random.chance(0.3) ? participant : reporter;
      const payload = random.chance(0.2)
        ? { csat: random.int(1, 5) }
        : { ces: random.int(1, 7), csat: random.int(1, 5) };
      step(answerAt, () =>
        asCustomer(submitSurvey(world.deps, { requestKey: key, accountId: who }, payload)),
      );
    }
    if (random.chance(0.25)) {
      request.comments.push({
        id: `${issueId}-c${cycle}`,
        at: at + random.int(1, 8 * 24 * 60) * MINUTE,
        author: reporter,
        accountType: 'customer',
      });
    }
    if (cycle === cycles && random.chance(0.6)) break;
    // Mostly within FCR's 7 days, sometimes after them.
    const reopenAt = at + random.int(30, random.chance(0.2) ? 8 * 24 * 60 : 36 * 60) * MINUTE;
    const reopenId = `${issueId}-o${cycle}`;
    request.histories.push({ id: reopenId, at: reopenAt, resolved: false });
    step(reopenAt, async () => {
      await handleResolutionChange(
        world.deps,
        {
          kind: 'reopened',
          issueId,
          issueKey: key,
          projectKey: type.projectKey,
          changelogId: reopenId,
          at: new Date(reopenAt).toISOString(),
          by: reporter,
          resolution: null,
        },
        { reporter },
      );
    });
    resolvedAt = reopenAt + random.int(10, 12 * 60) * MINUTE;
    if (cycle === cycles) break;
  }
  // JSM's own rating, as the history import brings it: the reporter's, on a day of its own.
  if (random.chance(0.35)) {
    const ratedAt = createdAt + random.int(1, 3 * 24 * 60) * MINUTE;
    const score = random.int(1, 5);
    step(ratedAt + random.int(0, 2 * 24 * 60) * MINUTE, async () => {
      await recordObservation(world.deps, ticket, {
        observation: emptyObservation(issueId),
        jsmFeedback: {
          score,
          comment: null,
          answeredAt: new Date(ratedAt).toISOString(),
          respondent: reporter,
        },
      });
    });
  }
}

/** Runs the rollups the queue was asked for, as its consumer would. */
async function drainRollups(world: World): Promise<void> {
  while (world.pendingDays.length > 0 || world.pendingSiteDays.length > 0) {
    const days = world.pendingDays.splice(0);
    const byProject = new Map<string, Set<string>>();
    for (const { projectKey, day } of days)
      byProject.set(projectKey, (byProject.get(projectKey) ?? new Set()).add(day));
    for (const [projectKey, set] of byProject) await rollupDays(world.deps, projectKey, [...set].sort());
    const siteDays = [...new Set(world.pendingSiteDays.splice(0))].sort();
    if (siteDays.length > 0) await rollupSiteDays(world.deps, siteDays);
  }
}

async function exportedLines(world: World): Promise<string[]> {
  const lines: string[] = [];
  let cursor: string | undefined;
  do {
    const part = await exportRecords(world.deps, cursor);
    lines.push(...part.ndjson.split('\n').filter((line) => line !== ''));
    cursor = part.cursor;
  } while (cursor);
  return lines;
}

/** The start of a calendar day of the zone, and the start of the day after another: a window. */
function instantsOf(zone: string, from: string, to: string): { from: number; to: number } {
  const startOf = (day: string) => {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    return new TZDate(year, month - 1, date, zone).getTime();
  };
  return { from: startOf(from), to: startOf(format(addDays(new Date(`${to}T12:00:00Z`), 1), 'yyyy-MM-dd')) };
}

/** What the CLI's calculator says over some of the exported lines (the tickets `keep` names). */
function reportOver(
  lines: string[],
  window: { from: number; to: number },
  asOf: number,
  keep?: Set<string>,
): Metrics {
  const report = new StreamingReport({ asOf, from: window.from, to: window.to });
  for (const line of lines) {
    const parsed = parseRecord(JSON.parse(line));
    if (!parsed.ok) throw new Error(`the export wrote a line the CLI refuses: ${parsed.reason}`);
    const id =
      parsed.record.type === 'ticket'
        ? parsed.record.id
        : 'ticketId' in parsed.record
          ? parsed.record.ticketId
          : '';
    if (keep === undefined || keep.has(id)) report.add(parsed.record);
  }
  return report.finish({ read: lines.length, skipped: 0 }).metrics;
}

/** Equal numbers, allowing for float sums added in another order. */
function same(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))) return;
  } else if (Array.isArray(expected) && Array.isArray(actual) && actual.length === expected.length) {
    expected.forEach((value, index) => same(actual[index], value, `${path}[${index}]`));
    return;
  } else if (actual === expected) return;
  throw new Error(
    `${path}: the app shows ${JSON.stringify(actual)}, the export and cx-metrics report ${JSON.stringify(expected)}`,
  );
}

function sameFigure(
  gadget: { value: number | null; n: number; ci95: [number, number] | null; lowSample: boolean },
  metrics: Metrics,
  metric: FigureMetric,
  path: string,
): void {
  const want = figureOf(metrics, metric);
  same(gadget.value, want.value, `${path} ${metric} value`);
  same(gadget.n, want.n, `${path} ${metric} n`);
  same(gadget.ci95, want.ci95, `${path} ${metric} ci95`);
  same(gadget.lowSample, want.lowSample, `${path} ${metric} lowSample`);
}

/** What the scenarios produced, so the property is known not to hold vacuously. */
const SEEN = {
  appAnswers: 0,
  laterCycleAnswers: 0,
  jsmRatings: 0,
  reopenedTickets: 0,
  automatedFirstResponses: 0,
  handleTimes: 0,
};

async function scenario(seed: number, dir: string): Promise<void> {
  const random = prng(seed);
  connect({ entities: ENTITIES });
  const world = { now: START, pendingDays: [], pendingSiteDays: [], requests: [] } as unknown as World;
  const rollups: RollupQueue = {
    schedule: async (days) => {
      world.pendingDays.push(...days);
      return { pushes: 1, events: days.length };
    },
    scheduleSite: async (days) => {
      world.pendingSiteDays.push(...days);
      return { pushes: 1, events: days.length };
    },
  };
  world.desk = new DeskDouble(() => world.now, PROJECTS);
  world.deps = {
    tickets: new KvsTicketStore(),
    settings: new KvsSettingsStore(),
    aggregates: new KvsAggregateStore(),
    cache: new KvsAnswerCache(),
    desk: world.desk,
    rollups,
    now: () => new Date(world.now),
  };
  const zone = random.pick(ZONES);
  await world.deps.settings.save({
    ...defaultSettings(),
    reportingTimeZone: zone,
    throttleDays: random.pick([0, 0, 30]),
    samplingPercent: random.pick([100, 100, 50]),
    reminder: { enabled: random.chance(0.3), afterDays: 2 },
  });

  const steps: Step[] = [];
  const count = random.int(1, 3);
  for (let index = 0; index < count; index += 1) planRequest(random, world, index, steps);
  steps.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const step of steps) {
    world.now = Math.max(world.now, step.at);
    await step.run();
    if (random.chance(0.1)) await drainRollups(world);
  }
  // A last sweep expires what is left open; the gadgets are read a while after everything.
  world.now += random.int(0, 20) * DAY + random.int(0, 1439) * MINUTE;
  await sweepDueSurveys(world.deps, new Date(world.now + 20_000));
  await drainRollups(world);
  const asOf = world.now;

  const lines = await exportedLines(world);
  for (const line of lines) {
    const record = JSON.parse(line) as Record<string, unknown>;
    if (record.type === 'response' && record.source === 'app') SEEN.appAnswers += 1;
    if (record.type === 'response' && Number(record.cycle) >= 2) SEEN.laterCycleAnswers += 1;
    if (record.type === 'response' && record.source === 'jsm-feedback') SEEN.jsmRatings += 1;
    if (record.type === 'ticket' && Array.isArray(record.reopenedAt) && record.reopenedAt.length > 0)
      SEEN.reopenedTickets += 1;
    if (record.type === 'ticket' && record.firstResponseBy === 'automation')
      SEEN.automatedFirstResponses += 1;
    if (record.type === 'ticket' && record.handleSeconds != null) SEEN.handleTimes += 1;
  }
  const file = join(dir, 'export.ndjson');
  writeFileSync(file, lines.length > 0 ? `${lines.join('\n')}\n` : '');
  const sink = () => new PassThrough().resume();
  const cli = (window: { from: number; to: number }) =>
    computeReport(
      { file, asOf, from: window.from, to: window.to, format: 'json' },
      { stdout: sink(), stderr: sink(), stderrIsTTY: false, now: () => new Date(asOf) },
    );

  // The agent panel shows the answer of the ticket's latest survey cycle: the export's, exactly.
  for (const request of world.requests) {
    const panel = await readTicketResult(world.deps, { id: request.issueId, key: request.key });
    const exported = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter(
        (record) =>
          record.type === 'response' &&
          record.source === 'app' &&
          record.ticketId === request.issueId &&
          record.cycle === panel.survey?.cycle,
      );
    const scoreOf = (survey: string) => exported.find((record) => record.survey === survey)?.score ?? null;
    same(
      panel.answer && [panel.answer.ces, panel.answer.csat, panel.answer.answeredAt],
      exported.length === 0 ? null : [scoreOf('ces'), scoreOf('csat'), exported[0]!.answeredAt],
      `agent panel of ${request.key}`,
    );
  }

  const call = async <T>(kind: 'scorecard' | 'trend' | 'breakdown', config: Partial<GadgetConfiguration>) =>
    (await gadgetAnswer(world.deps, kind, {
      moduleKey: `cx-${kind}`,
      config: { ...defaultGadgetConfiguration(), ...config },
    })) as T;
  const dayOf = (ms: number) => format(new TZDate(ms, zone), 'yyyy-MM-dd');
  const firstDay = dayOf(START - DAY);
  const lastDay = dayOf(asOf + DAY);
  const days: string[] = [];
  for (
    let day = firstDay;
    day <= lastDay;
    day = format(addDays(new Date(`${day}T12:00:00Z`), 1), 'yyyy-MM-dd')
  )
    days.push(day);
  const windows = [{ from: firstDay, to: lastDay }];
  const [a, b] = [random.pick(days), random.pick(days)];
  windows.push(a <= b ? { from: a, to: b } : { from: b, to: a });
  const trendIn = random.int(0, windows.length - 1);
  const ticketsWhere = (test: (request: DeskRequest) => boolean) =>
    new Set(world.requests.filter(test).map((request) => request.issueId));
  const keyOf = (request: DeskRequest, dimension: DimensionName) =>
    request.dimensions[dimension]?.id ?? NONE_KEY;

  for (const [w, period] of windows.entries()) {
    const window = instantsOf(zone, period.from, period.to);
    const where = `${zone} ${period.from}…${period.to}`;
    // Every metric, site-wide (the CLI's own contract, through its file reader) and for one project.
    const card = await call<Scorecard>('scorecard', { period, metrics: [...FIGURE_METRICS] });
    const whole = (await cli(window)).metrics;
    const before = previousWindow(period.from, period.to);
    const wholeBefore = reportOver(lines, instantsOf(zone, before.from, before.to), asOf);
    for (const tile of card.tiles) {
      sameFigure(tile, whole, tile.metric, `scorecard ${where}`);
      const previous = figureOf(wholeBefore, tile.metric);
      same(tile.previous?.value ?? null, previous.value, `scorecard ${where} ${tile.metric} previous value`);
      same(tile.previous?.n ?? 0, previous.n, `scorecard ${where} ${tile.metric} previous n`);
    }
    const project = random.pick(PROJECTS).key;
    const projectCard = await call<Scorecard>('scorecard', {
      period,
      projects: [project],
      metrics: [...FIGURE_METRICS],
    });
    const inProject = reportOver(
      lines,
      window,
      asOf,
      ticketsWhere((request) => request.projectKey === project),
    );
    for (const tile of projectCard.tiles)
      sameFigure(tile, inProject, tile.metric, `scorecard ${project} ${where}`);
    const type = random.pick(TYPES);
    const typeCard = await call<Scorecard>('scorecard', {
      period,
      requestTypes: [type.id],
      metrics: [...FIGURE_METRICS],
    });
    const ofType = reportOver(
      lines,
      window,
      asOf,
      ticketsWhere((request) => request.requestTypeId === type.id),
    );
    for (const tile of typeCard.tiles)
      sameFigure(tile, ofType, tile.metric, `scorecard type ${type.id} ${where}`);

    // Every breakdown, each row against the report over that row's tickets.
    for (const dimension of w === 0 ? DIMENSION_NAMES : [random.pick(DIMENSION_NAMES)]) {
      const metric = random.pick(FIGURE_METRICS);
      const result = await call<Breakdown>('breakdown', { period, dimension, metric });
      sameFigure(result.total, whole, metric, `breakdown total ${where}`);
      const rows = new Map(result.rows.map((row) => [row.key, row]));
      for (const key of new Set(world.requests.map((request) => keyOf(request, dimension)))) {
        const want = reportOver(
          lines,
          window,
          asOf,
          ticketsWhere((request) => keyOf(request, dimension) === key),
        );
        const row = rows.get(key);
        if (row) sameFigure(row, want, metric, `breakdown by ${dimension} ${key} ${where}`);
        else
          same(0, figureOf(want, metric).n, `breakdown by ${dimension} ${key} ${where} ${metric} n (no row)`);
      }
    }

    // A trend: each point against the report over the point's days.
    if (w !== trendIn) continue;
    const metric = random.pick(FIGURE_METRICS);
    const interval = random.pick(['day', 'week', 'month'] as const);
    const trend = await call<Trend>('trend', { period, metric, interval });
    let pointFrom = period.from;
    for (const [index, point] of trend.points.entries()) {
      const next = trend.points[index + 1];
      const pointTo = next
        ? format(addDays(new Date(`${next.start}T12:00:00Z`), -1), 'yyyy-MM-dd')
        : period.to;
      const want = reportOver(lines, instantsOf(zone, pointFrom, pointTo), asOf);
      sameFigure(point, want, metric, `trend ${interval} point ${point.start} ${where}`);
      if (next) pointFrom = next.start;
    }
  }
}

describe('gadget figures equal cx-metrics report over the app’s own export', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cx-one-number-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`for ${RUNS} random scenarios played through the app`, async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (scenarioSeed) => {
        try {
          await scenario(scenarioSeed, dir);
        } catch (error) {
          throw new Error(
            `scenario ${scenarioSeed} (base seed ${SEED}): ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    if (RUNS >= 100)
      for (const [what, count] of Object.entries(SEEN))
        expect([what, count > RUNS / 20]).toEqual([what, true]);
    console.log(
      `${RUNS} scenarios in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED}): ${JSON.stringify(SEEN)}`,
    );
  }, 600_000);
});
