import { readIncidentPanel } from '../../../src/app/incident/incident-panel';
import { markStatusInquiry, observeIncident } from '../../../src/app/incident/observe-incident';
import type { IncidentDeps, IncidentRecord } from '../../../src/app/incident/ports';
import { sendDueIceSurveys } from '../../../src/app/incident/send-ice-invitations';
import { submitIceAnswer } from '../../../src/app/incident/submit-ice-answer';
import { DEFAULT_ICE_SETTINGS } from '../../../src/domain/incident/ice-settings';
import type { LinkedRequest } from '../../../src/domain/incident/incident-log';
import type { Fact } from '../../../src/domain/facts/ticket-facts';
import { metricsOf } from '../../domain/records.fixture';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.parse('2026-03-02T09:00:00Z');
const iso = (at: number) => new Date(at).toISOString();
const agent = { accountId: 'agent-1', accountType: 'atlassian' };

/** A small desk: one incident OPS-7 with what the test gives it, two linked requests, a clock. */
function world() {
  let now = T0;
  const comments: Array<{ id: string; author: typeof agent; created: string; jsdPublic: boolean }> = [];
  const histories: Array<{ id: string; created: string; items: Array<Record<string, string | null>> }> = [];
  const links: Array<{ type: { name: string }; outwardIssue: { id: string; key: string } }> = [];
  let major: boolean = false;
  const requests: Record<string, LinkedRequest> = {};
  const stored = new Map<string, { value: IncidentRecord; version: number }>();
  const posted: Array<{ key: string; body: string }> = [];
  const facts = new Map<string, Fact>();
  const records = () => [...facts.values()].flatMap((fact) => fact.records);
  const surveyed: Record<string, number> = {};

  const deps: IncidentDeps = {
    now: () => now,
    settings: async () => ({ ...DEFAULT_ICE_SETTINGS, majorField: 'customfield_10080' }),
    throttleDays: async () => 14,
    projectEnabled: async () => true,
    desk: {
      incident: async () => ({
        id: '20001',
        key: 'OPS-7',
        fields: {
          project: { key: 'OPS' },
          customfield_10080: major ? { value: 'Major incident' } : null,
          reporter: { accountId: 'alice' },
          customfield_10026: [{ accountId: 'bob' }],
          issuelinks: links,
          comment: { comments },
        },
        changelog: { histories },
      }),
      request: async (id) => requests[id] ?? null,
      organizationMembers: async () => [],
      addComment: async (key, body) => {
        posted.push({ key, body });
      },
    },
    history: {
      lastSurveyedAt: async (ids) =>
        Object.fromEntries(ids.flatMap((id) => (id in surveyed ? [[id, surveyed[id]!]] : []))),
      noteSurveyed: async (id, at) => {
        surveyed[id] = at;
      },
    },
    facts: {
      write: async (written) => {
        for (const fact of written) facts.set(`${fact.day}:${fact.issueId}`, fact);
      },
    },
    timeZone: async () => 'UTC',
    incidents: {
      load: async (id) => stored.get(id) ?? { value: null, version: 0 },
      commit: async (id, value, version) => {
        if ((stored.get(id)?.version ?? 0) !== version) return 'conflict';
        stored.set(id, { value: structuredClone(value), version: version + 1 });
        return 'committed';
      },
      dueSurveys: async (at) =>
        [...stored.values()]
          .filter(
            ({ value }) => value.survey?.state === 'scheduled' && (value.survey.dueAt ?? Infinity) <= at,
          )
          .map(({ value }) => value.log.id),
    },
  };
  const act = {
    at: (at: number) => {
      now = at;
    },
    declare: () => {
      major = true;
      histories.push({
        id: `h${histories.length}`,
        created: iso(now),
        items: [{ fieldId: 'customfield_10080', toString: 'Major incident' }],
      });
    },
    downgrade: () => {
      major = false;
      histories.push({
        id: `h${histories.length}`,
        created: iso(now),
        items: [{ fieldId: 'customfield_10080', toString: '' }],
      });
    },
    update: () =>
      comments.push({ id: `c${comments.length}`, author: agent, created: iso(now), jsdPublic: true }),
    link: (id: string, key: string, reporter: string) => {
      requests[id] = { id, key, reporter, createdAt: now };
      links.push({ type: { name: 'Causes' }, outwardIssue: { id, key } });
    },
    resolve: () =>
      histories.push({
        id: `h${histories.length}`,
        created: iso(now),
        items: [{ fieldId: 'resolution', to: '1', toString: 'Done' }],
      }),
    reopen: () =>
      histories.push({
        id: `h${histories.length}`,
        created: iso(now),
        items: [{ fieldId: 'resolution', to: null, toString: null }],
      }),
  };
  return { deps, act, posted, records, stored, surveyed };
}

/** Declared at T0, two linked requests, updates at +20 min and +80 min, resolved at +3 h. */
async function resolvedIncident() {
  const w = world();
  expect(await observeIncident(w.deps, 'OPS-7')).toEqual({ outcome: 'not-major' });
  const observe = async () => {
    const result = await observeIncident(w.deps, 'OPS-7');
    if (result.outcome !== 'recorded') throw new Error(JSON.stringify(result));
  };
  w.act.declare();
  w.act.at(T0 + 10 * MIN);
  w.act.link('30001', 'HELP-1', 'carol');
  w.act.at(T0 + 20 * MIN);
  w.act.update();
  w.act.at(T0 + 30 * MIN);
  w.act.link('30002', 'HELP-2', 'dave');
  w.act.at(T0 + 80 * MIN);
  w.act.update();
  await observe();
  w.act.at(T0 + 3 * HOUR);
  w.act.resolve();
  await observe();
  return w;
}

describe('a major incident from declaration to its ICE answers', () => {
  it('invites exactly the affected people after the delay, each on their own ticket', async () => {
    const w = await resolvedIncident();
    w.act.at(T0 + 4 * HOUR);
    expect(await sendDueIceSurveys(w.deps)).toEqual({ invited: 0, skipped: 0, failed: 0 });
    w.act.at(T0 + 5 * HOUR);
    expect(await sendDueIceSurveys(w.deps)).toEqual({ invited: 4, skipped: 0, failed: 0 });
    expect(w.posted.map((p) => [p.key, p.body.slice(0, 28)])).toEqual([
      ['HELP-1', '[~accountid:carol] OPS-7 is '],
      ['HELP-2', '[~accountid:dave] OPS-7 is r'],
      ['OPS-7', '[~accountid:alice] OPS-7 is '],
      ['OPS-7', '[~accountid:bob] OPS-7 is re'],
    ]);
    expect(w.records()).toHaveLength(4);
    // a second sweep sends nothing
    expect(await sendDueIceSurveys(w.deps)).toEqual({ invited: 0, skipped: 0, failed: 0 });
  });

  it('shows the answers in the panel, by question, with the response rate and the timeline', async () => {
    const w = await resolvedIncident();
    w.act.at(T0 + 5 * HOUR);
    await sendDueIceSurveys(w.deps);
    w.act.at(T0 + 6 * HOUR);
    expect(
      await submitIceAnswer(w.deps, 'carol', {
        incidentId: '20001',
        clarity: 5,
        timeliness: 2,
        usefulness: 4,
      }),
    ).toEqual({ ok: true });
    expect(
      await submitIceAnswer(w.deps, 'dave', {
        incidentId: '20001',
        clarity: 4,
        timeliness: 3,
        usefulness: 2,
      }),
    ).toEqual({ ok: true });
    const panel = await readIncidentPanel(w.deps, '20001');
    expect(panel?.timeline).toMatchObject({
      firstUpdateSeconds: 1200,
      gapsSeconds: [1200, 3600, 6000],
      longestGapSeconds: 6000,
    });
    expect(panel?.survey).toMatchObject({
      state: 'invited',
      invited: 4,
      answered: 2,
      responseRate: 50,
      byQuestion: {
        clarity: { n: 2, value: 100, mean: 4.5 },
        timeliness: { n: 2, value: 0, mean: 2.5 },
        usefulness: { n: 2, value: 50, mean: 3 },
      },
    });
    expect(w.records().filter((r) => r.type === 'response')).toHaveLength(6);
    // the records the gadgets and the report fold give the panel's figures
    const { ice, responseRate } = metricsOf(w.records(), { asOf: '2026-03-03T00:00:00Z' });
    expect(ice.n).toBe(6);
    expect(ice.value).toBeCloseTo((100 * 3) / 6, 10);
    expect([
      ice.byQuestion.clarity.value,
      ice.byQuestion.timeliness.value,
      ice.byQuestion.usefulness.value,
    ]).toEqual([100, 0, 50]);
    expect(responseRate.ice).toEqual({ value: 50, invitations: 4, responses: 2 });
  });

  it('refuses bad answers and answers from people not affected, storing nothing', async () => {
    const w = await resolvedIncident();
    w.act.at(T0 + 5 * HOUR);
    await sendDueIceSurveys(w.deps);
    const before = structuredClone(w.stored.get('20001'));
    const count = w.records().length;
    for (const [who, body] of [
      ['carol', { incidentId: '20001', clarity: 5, timeliness: 2 }],
      ['carol', { incidentId: '20001', clarity: 9, timeliness: 2, usefulness: 4 }],
      ['carol', { incidentId: '20001', clarity: '5', timeliness: 2, usefulness: 4 }],
      ['carol', 'five'],
      ['mallory', { incidentId: '20001', clarity: 5, timeliness: 2, usefulness: 4 }],
      ['carol', { incidentId: '29999', clarity: 5, timeliness: 2, usefulness: 4 }],
    ] as const) {
      expect(await submitIceAnswer(w.deps, who, body)).toMatchObject({ ok: false });
    }
    expect(w.stored.get('20001')).toEqual(before);
    expect(w.records()).toHaveLength(count);
  });

  it('does not survey a reopened incident twice', async () => {
    const w = await resolvedIncident();
    w.act.at(T0 + 5 * HOUR);
    await sendDueIceSurveys(w.deps);
    w.act.reopen();
    w.act.at(T0 + 6 * HOUR);
    w.act.resolve();
    await observeIncident(w.deps, 'OPS-7');
    w.act.at(T0 + 10 * HOUR);
    expect(await sendDueIceSurveys(w.deps)).toEqual({ invited: 0, skipped: 0, failed: 0 });
    expect(w.posted).toHaveLength(4);
  });

  it('does not survey an incident downgraded before resolution, and says why', async () => {
    const w = world();
    w.act.declare();
    w.act.link('30001', 'HELP-1', 'carol');
    await observeIncident(w.deps, 'OPS-7');
    w.act.at(T0 + HOUR);
    w.act.downgrade();
    w.act.at(T0 + 2 * HOUR);
    w.act.resolve();
    await observeIncident(w.deps, 'OPS-7');
    w.act.at(T0 + 9 * HOUR);
    expect(await sendDueIceSurveys(w.deps)).toEqual({ invited: 0, skipped: 0, failed: 0 });
    expect(w.stored.get('20001')?.value.survey).toMatchObject({ state: 'skipped', reason: 'downgraded' });
  });

  it('skips a person surveyed within the throttle, recording the reason', async () => {
    const w = await resolvedIncident();
    w.surveyed.dave = T0 - 2 * 24 * HOUR;
    w.act.at(T0 + 5 * HOUR);
    expect(await sendDueIceSurveys(w.deps)).toEqual({ invited: 3, skipped: 1, failed: 0 });
    expect(w.stored.get('20001')?.value.survey?.skipped).toEqual([
      { accountId: 'dave', reason: 'throttled' },
    ]);
  });

  it('counts the linked requests raised during the window as status follow-ups, and follows the agent', async () => {
    const w = await resolvedIncident();
    let panel = await readIncidentPanel(w.deps, '20001');
    expect(panel?.statusFollowUps).toEqual({ count: 2, askers: 2, affected: 4, askedShare: 50 });
    expect(await markStatusInquiry(w.deps, '20001', '30002', false)).toMatchObject({ ok: true });
    panel = await readIncidentPanel(w.deps, '20001');
    expect(panel?.statusFollowUps).toEqual({ count: 1, askers: 1, affected: 4, askedShare: 25 });
    expect(await markStatusInquiry(w.deps, '20001', '39999', true)).toEqual({
      ok: false,
      error: 'This request is not linked to the incident.',
    });
  });
});
