import { kvs } from '@forge/kvs';
import type { Envelope } from '../../src/contract/envelope';
import { keys as storedKeys } from '../../src/adapters/forge/keys';
import { parseSettings } from '../../src/domain/settings/parse-settings';
import type { KvsStats } from '../../src/local/kvs/stats';
import type { LocalSite } from '../../src/local/server/compose';

type Counters = Pick<KvsStats, 'operations'>;

export interface NpsBenchTools {
  measure: (local: LocalSite, work: () => Promise<void>) => Promise<Counters>;
  line: (label: string, value: string, rest?: string) => void;
  fmt: (n: number, digits?: number) => string;
  goal: number;
}

const requestsOf = (stats: Counters) => Object.values(stats.operations).reduce((sum, n) => sum + n, 0);

/**
 * KVS requests of the NPS prompt in the portal, for customers whose requests were just resolved:
 * the first showing of a cycle (it opens the cycle), a later page view while it is open (the
 * common case: one read), and the one-click answer (a detractor's, which also opens a follow-up).
 */
export async function benchNps(
  local: LocalSite,
  accountIds: readonly string[],
  tools: NpsBenchTools,
): Promise<void> {
  const { measure, line, fmt, goal } = tools;
  const current = parseSettings(await kvs.get(storedKeys.settings));
  if (!current.ok) throw new Error('the bench settings do not parse');
  // NPS on everywhere; no quiet period, since these customers were surveyed at their resolution.
  await kvs.set(storedKeys.settings, {
    ...current.settings,
    nps: { ...current.settings.nps, enabledProjects: 'all', quietDays: 0 },
  });
  const call = (accountId: string, key: string, payload: unknown = {}) =>
    local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-portal-nps',
        accountId,
        accountType: 'customer',
        localId: 'nps',
        extension: { type: 'jiraServiceManagement:portalSubheader' },
      },
      key,
      payload,
    ) as Promise<Envelope<{ ask?: boolean }>>;
  let shown = 0;
  const first = await measure(local, async () => {
    for (const accountId of accountIds) {
      const prompt = await call(accountId, 'getNpsPrompt');
      if (prompt.ok && prompt.data.ask) shown += 1;
    }
  });
  const again = await measure(local, async () => {
    for (const accountId of accountIds) await call(accountId, 'getNpsPrompt');
  });
  let answered = 0;
  const answers = await measure(local, async () => {
    for (const accountId of accountIds)
      if ((await call(accountId, 'answerNps', { score: 3 })).ok) answered += 1;
  });
  const verdict = (perItem: number) => `goal ≤ ${goal}: ${perItem <= goal ? 'met' : 'NOT met'}`;
  const per = (stats: Counters, n: number) => requestsOf(stats) / Math.max(1, n);
  const detail = (stats: Counters, n: number) =>
    Object.entries(stats.operations)
      .map(([op, count]) => `${op} ${fmt(count / Math.max(1, n))}`)
      .join(', ');
  console.log(`\n3. KVS per NPS prompt and answer (n = ${shown} prompts shown, ${answered} answers)`);
  line('KVS requests per prompt shown (opens a cycle)', fmt(per(first, shown)), verdict(per(first, shown)));
  line('  by request', '', detail(first, shown));
  line(
    'KVS requests per page view, prompt open',
    fmt(per(again, accountIds.length)),
    'the eligibility check: one read',
  );
  line('KVS requests per answer (detractor)', fmt(per(answers, answered)), verdict(per(answers, answered)));
  line('  by request', '', detail(answers, answered));
}
