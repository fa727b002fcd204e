import { kvs } from '@forge/kvs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgentTicketResult } from '../../../src/contract/survey';
import { createLocalSite, type LocalSite, type LocalSiteOptions } from '../../../src/local/server/compose';
import { planDemoAnswers, type DemoInvitation } from '../../../src/local/server/demo-answers';
import { DEMO_LEAD_MS } from '../../../src/local/server/demo-history';
import { APP_DIR } from '../../support/local-site';
import { exportedRecords, surfaces } from '../../support/resolvers';

const SEED = 7;
const START = new Date('2026-03-02T09:00:00Z');

/**
 * `npm start`'s demo answers: with `seedAnswers`, a seeded site's customers answer the app's
 * invitations through the portal's resolver, as the seeded plan says, and the figures are rebuilt
 * before the site is handed over; a restart on the same data answers nothing more; off unless asked.
 */
describe('demo answers on a seeded local site', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cx-demo-answers-'));
  const options: LocalSiteOptions = {
    appDir: APP_DIR,
    dataDir,
    clockMode: 'manual',
    start: START,
    seed: SEED,
    months: 1,
    seedAnswers: true,
  };
  let local: LocalSite;
  const { issuePanel } = surfaces(() => local);

  beforeAll(async () => {
    local = await createLocalSite({ ...options, reseed: true });
  }, 180_000);
  afterAll(async () => {
    await local?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The invitations as customers received them: the app's public comments during the demo. */
  const invitations = (): DemoInvitation[] => {
    const app = local.site.appAccountId();
    const since = START.getTime() - DEMO_LEAD_MS;
    return local.site.listRequests({ limit: 100_000, status: 'resolved' }).flatMap((request) => {
      const comment = request.comments.find(
        (candidate) =>
          candidate.authorId === app && candidate.public && Date.parse(candidate.created) > since,
      );
      return comment
        ? [
            {
              requestKey: request.key,
              reporterId: request.reporterId,
              participantIds: request.participantIds,
              invitedAt: Date.parse(comment.created),
            },
          ]
        : [];
    });
  };

  /** Every response record the app stored, read back with the admin page's records export. */
  const appResponses = async () => {
    const admin = local.site.agents().find((agent) => agent.admin)!.accountId;
    const records = (await exportedRecords(local, admin))
      .split('\n')
      .filter(Boolean)
      .map(
        (line) => JSON.parse(line) as { type: string; source?: string; survey?: string; ticketId?: string },
      );
    return records.filter((record) => record.type === 'response' && record.source === 'app');
  };

  it('answers exactly the surveys the seeded plan says, a good share of those invited', () => {
    const sent = invitations();
    const plan = planDemoAnswers(sent, SEED);
    const report = local.demoAnswers!;
    expect(sent.length).toBeGreaterThan(100);
    expect(report.invitations).toHaveLength(sent.length);
    expect(report.planned).toEqual(plan);
    expect(report.refused).toEqual([]);
    expect(report.answered).toBe(plan.length);
    const share = plan.length / sent.length;
    expect(share).toBeGreaterThanOrEqual(0.6);
    expect(share).toBeLessThanOrEqual(0.75);
    // The same seed gives the same plan, whatever order the invitations come in.
    expect(planDemoAnswers([...sent].reverse(), SEED)).toEqual(plan);
    expect(planDemoAnswers(sent, SEED + 1)).not.toEqual(plan);
  });

  it('mixes portal answers with one-click answers from the invitation email, both stored with their path', async () => {
    const plan = local.demoAnswers!.planned;
    const byLink = plan.filter((planned) => planned.via === 'link');
    expect(byLink.length).toBeGreaterThan(plan.length * 0.25);
    expect(byLink.length).toBeLessThan(plan.length * 0.6);
    for (const planned of byLink.slice(0, 5)) {
      const issueId = local.site.request(planned.requestKey)!.issueId;
      const stored = await kvs
        .entity<{ state: { answers: Array<{ via?: string; ces: number | null }> } }>('ticket')
        .get(issueId);
      expect(stored!.state.answers.at(-1)).toMatchObject({ via: 'link', ces: planned.answer.ces });
    }
  });

  it('plans answers skewed positive, with some low scores and a few short plain comments', () => {
    const plan = local.demoAnswers!.planned;
    const csat = plan.map((planned) => planned.answer.csat!);
    const mean = csat.reduce((sum, score) => sum + score, 0) / csat.length;
    expect(mean).toBeGreaterThan(3.8);
    expect(csat.filter((score) => score <= 2).length).toBeGreaterThan(0);
    const comments = plan.flatMap((planned) => (planned.answer.comment ? [planned.answer.comment] : []));
    expect(comments.length).toBeGreaterThan(plan.length * 0.1);
    expect(comments.length).toBeLessThan(plan.length * 0.5);
    for (const comment of comments) expect(comment).toMatch(/^[A-Za-z][A-Za-z ,.!']{5,60}$/);
  });

  it('stores each planned answer through the app, and nothing for those who did not answer', async () => {
    const plan = new Map(local.demoAnswers!.planned.map((planned) => [planned.requestKey, planned]));
    for (const { requestKey } of invitations()) {
      const view = await issuePanel<AgentTicketResult>(requestKey, 'getTicketResult');
      if (!view.ok) throw new Error(`${requestKey}: ${view.error.message}`);
      const planned = plan.get(requestKey);
      if (!planned) {
        expect({ requestKey, state: view.data.survey?.state, answer: view.data.answer }).toEqual({
          requestKey,
          state: 'invited',
          answer: null,
        });
        continue;
      }
      expect(view.data.survey?.state).toBe('answered');
      expect(view.data.answer).toMatchObject({
        ces: planned.answer.ces ?? null,
        csat: planned.answer.csat,
        comment: planned.answer.comment ?? null,
        respondent: { accountId: planned.accountId },
      });
    }
    const responses = await appResponses();
    const planned = local.demoAnswers!.planned;
    expect(responses.filter((record) => record.survey === 'csat')).toHaveLength(planned.length);
    expect(responses.filter((record) => record.survey === 'ces')).toHaveLength(
      planned.filter((answer) => answer.answer.ces !== undefined).length,
    );
  }, 120_000);

  it('hands over at the start time with every figure rebuilt', async () => {
    expect(local.clock.now()).toBe(START.getTime());
    expect(local.clock.pending()).toBe(local.runtime.manifest.modules.scheduledTrigger.length);
    // The five-minute catch-up finds no day still waiting for its rebuild.
    expect(await local.runtime.runScheduled('every-five-minutes')).toMatchObject({ catchUp: { rollups: 0 } });
  });

  it('answers nothing more when it starts again on the same data', async () => {
    const before = await appResponses();
    await local.close();
    local = await createLocalSite(options);
    expect(local.demoAnswers).toBeUndefined();
    expect(local.seedTruth).toBeUndefined();
    expect(await appResponses()).toHaveLength(before.length);
  }, 60_000);
});

describe('demo answers off', () => {
  it('is off unless asked: a site seeded and replayed without it invites no one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cx-demo-answers-off-'));
    const plain = await createLocalSite({
      appDir: APP_DIR,
      dataDir,
      clockMode: 'manual',
      start: START,
      reseed: true,
      seed: SEED,
      months: 1,
    });
    try {
      expect(plain.demoAnswers).toBeUndefined();
      expect(plain.clock.now()).toBe(START.getTime());
      const app = plain.site.appAccountId();
      const appComments = plain.site
        .listRequests({ limit: 100_000 })
        .flatMap((request) => request.comments.filter((comment) => comment.authorId === app));
      expect(appComments).toEqual([]);
    } finally {
      await plain.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
