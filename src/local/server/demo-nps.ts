import type { Envelope } from '../../contract/envelope';
import type { NpsFollowUpList, NpsPrompt, NpsScored } from '../../contract/nps-survey';
import type { JsmSite } from '../jsm';
import { Random } from '../jsm/seed/prng';
import type { LocalKvs } from '../kvs';
import { Clock } from '../platform/clock';
import { uiModules } from '../platform/manifest';
import { LocalForge } from '../platform/runtime';

const DAY_MS = 86_400_000;
const FIVE_MINUTES_MS = 300_000;
/** Seconds a wave's visits are spread over, then the rollups' 30 s debounce: inside five minutes. */
const VISITS_S = 200;
const ROLLUP_S = 60;

/**
 * Four waves about a quarter apart, the last 20 days ago: a year's trend, people asked this month, and
 * the latest wave inside a dashboard's default 30-day period, so the scorecard shows NPS from the first start.
 */
export const NPS_WAVE_DAYS_AGO = [300, 210, 120, 20] as const;

/** How the demo's customers meet the prompt: most visit the portal in a wave, some say "not now". */
export const DEMO_NPS_PLAN = {
  visitShare: 0.6,
  dismissShare: 0.12,
  explainShare: 0.6,
  /** Score 0–10 and its weight: about 45 % promoters, 30 % passives, 25 % detractors. */
  scoreWeights: [
    [10, 24],
    [9, 21],
    [8, 17],
    [7, 13],
    [6, 8],
    [5, 6],
    [4, 4],
    [3, 3],
    [2, 2],
    [1, 1],
    [0, 1],
  ] as const,
  comments: {
    detractor: ['Took a week to get a reply.', 'I had to explain it three times.', 'Still not fixed.'],
    passive: ['Fine, but slow at times.', 'OK overall.'],
    promoter: ['Always quick and friendly.', 'Great help, thanks!'],
  } as Record<string, string[]>,
};

export interface NpsWavesReport {
  shown: number;
  answered: number;
  dismissed: number;
  followUps: number;
  closed: number;
}

export interface NpsWavesOptions {
  appDir: string;
  kvs: LocalKvs;
  site: JsmSite;
  seed: number;
  /** The demo's present (ms): the waves are dated back from it. */
  now: number;
  useClock: (clock: Clock) => void;
}

/**
 * Plays a year of quarterly NPS waves through the app, as production would have seen them: NPS is
 * switched on for every desk through the admin page's resolver, then at each wave the customers
 * who visit the portal meet the subheader's prompt and answer, dismiss or explain through its
 * resolvers; a team lead closes the follow-ups of all but the last wave through the follow-ups
 * resolver. Each wave runs on a clock of its own set to its moment, so answers, facts and
 * follow-ups carry their real dates. The replayed history records each customer's latest
 * resolution only, so an early wave anchors an answer to that latest request.
 */
export async function playNpsWaves(options: NpsWavesOptions): Promise<NpsWavesReport> {
  const { site, kvs } = options;
  const random = new Random(options.seed * 31 + 7);
  const report: NpsWavesReport = { shown: 0, answered: 0, dismissed: 0, followUps: 0, closed: 0 };
  const customers = site.customers();
  const lead = site.agents().find((agent) => agent.admin) ?? site.agents()[0];
  for (const [index, daysAgo] of NPS_WAVE_DAYS_AGO.entries()) {
    // Just after a five-minute boundary, and done within five minutes: the wave's runtime runs
    // no scheduled job, so the survey sweep and the other jobs keep to the demo's own timeline.
    const start = Math.floor((options.now - daysAgo * DAY_MS) / FIVE_MINUTES_MS) * FIVE_MINUTES_MS + 5_000;
    const clock = new Clock('manual', new Date(start));
    options.useClock(clock);
    const runtime = new LocalForge({ appDir: options.appDir, clock, kvs, site }).start();
    try {
      const modules = uiModules(runtime.manifest);
      const nps = modules.find((module) => module.type === 'jiraServiceManagement:portalSubheader');
      const admin = modules.find((module) => module.type === 'jira:adminPage');
      if (!nps?.resolverFunction || !admin?.resolverFunction)
        throw new Error('manifest.yml has no NPS subheader or admin page with a resolver');
      const invoke = <T>(
        module: typeof nps,
        accountId: string,
        accountType: string,
        key: string,
        payload: unknown = {},
      ) =>
        runtime.invokeResolver(
          module.resolverFunction!,
          {
            moduleKey: module.key,
            accountId,
            accountType,
            localId: module.key,
            extension: { type: module.type },
          },
          key,
          payload,
        ) as Promise<Envelope<T>>;
      if (index === 0 && lead) {
        const saved = await invoke(admin, lead.accountId, 'licensed', 'saveSettings', {
          nps: { enabledProjects: 'all' },
        });
        if (!saved.ok) throw new Error(`NPS could not be switched on: ${saved.error.message}`);
      }
      // A team lead has worked through the previous wave's follow-ups; the last wave's stay open.
      if (lead && index > 0) {
        const list = await invoke<NpsFollowUpList>(nps, lead.accountId, 'licensed', 'getNpsFollowUps');
        for (const item of list.ok ? list.data.items.filter((entry) => entry.state === 'open') : []) {
          const changed = await invoke(nps, lead.accountId, 'licensed', 'changeNpsFollowUp', {
            id: item.id,
            state: random.chance(0.8) ? 'closed' : 'contacted',
          });
          if (changed.ok) report.closed += 1;
        }
      }
      for (const customer of customers) {
        if (!random.chance(DEMO_NPS_PLAN.visitShare)) continue;
        await clock.advance(VISITS_S / customers.length);
        const prompt = await invoke<NpsPrompt>(nps, customer.accountId, 'customer', 'getNpsPrompt');
        if (!prompt.ok || !prompt.data.ask) continue;
        report.shown += 1;
        if (random.chance(DEMO_NPS_PLAN.dismissShare)) {
          const dismissed = await invoke(nps, customer.accountId, 'customer', 'dismissNps');
          if (dismissed.ok) report.dismissed += 1;
          continue;
        }
        const score = random.weighted(DEMO_NPS_PLAN.scoreWeights);
        const scored = await invoke<NpsScored>(nps, customer.accountId, 'customer', 'answerNps', { score });
        if (!scored.ok) continue;
        report.answered += 1;
        if (scored.data.band === 'detractor') report.followUps += 1;
        if (random.chance(DEMO_NPS_PLAN.explainShare)) {
          const comments = DEMO_NPS_PLAN.comments[scored.data.band] ?? [];
          await invoke(nps, customer.accountId, 'customer', 'explainNps', {
            reason: random.pick(scored.data.reasons),
            ...(random.chance(0.5) && comments.length > 0 ? { comment: random.pick(comments) } : {}),
          });
        }
      }
      await clock.advance(ROLLUP_S); // the rollups of the wave's days (30 s debounce)
      await runtime.idle();
    } finally {
      await runtime.stop();
      clock.stop();
    }
  }
  return report;
}
