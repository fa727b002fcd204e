import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { Clock } from '../platform/clock';
import type { LocalForge } from '../platform/runtime';
import { DEMO_ACCOUNTS, DEMO_CLIENT } from './demo-accounts';
import { ServiceNowInstance } from './instance';
import type { SeedSummary } from './seed/seed-instance';

/** The demo instance's host: a `*.service-now.com` name, so the manifest's egress lets the app reach it. */
export const DEMO_INSTANCE_HOST = 'cxdemo.service-now.com';
export const DEMO_INSTANCE_URL = `https://${DEMO_INSTANCE_HOST}`;

/** The demo's survey questions, mapped as an admin would (CES is 1 = very easy: an inverted scale). */
export const DEMO_SURVEY_MAPPING = {
  questions: [
    { metric: 'Overall satisfaction', survey: 'csat' as const },
    { metric: 'How likely are you to recommend us?', survey: 'nps' as const },
    { metric: 'How easy was it to get your issue resolved?', survey: 'ces' as const, inverted: true },
  ],
  comments: [{ metric: 'Anything else you would like to tell us?', survey: 'csat' as const }],
};

/** What the admin page is given to connect the demo instance (the password grant of its OAuth client). */
export const DEMO_CONNECTION = {
  instanceUrl: DEMO_INSTANCE_URL,
  authKind: 'oauth-password',
  credentials: {
    kind: 'oauth-password',
    clientId: DEMO_CLIENT.clientId,
    clientSecret: DEMO_CLIENT.clientSecret,
    userName: 'cx.metrics',
    password: 'cx-metrics-demo',
  },
  mapping: { surveys: DEMO_SURVEY_MAPPING },
  firstSyncMonths: 6,
  enabled: true,
} as const;

const seededSchema = z.object({ seed: z.number().int(), seededAt: z.string(), days: z.number().int() });

/**
 * The simulated ServiceNow instance of the local site, reached by the app at
 * https://cxdemo.service-now.com through the runtime's egress (what Forge would let through). Its
 * data is seeded from a seed and a moment kept in `dataFile`, so a restart serves the same records.
 */
export function mountServiceNow(
  runtime: LocalForge,
  clock: Clock,
  options: { dataFile: string; reseed: boolean; seed: number; days: number },
): { instance: ServiceNowInstance; summary: SeedSummary } {
  const instance = new ServiceNowInstance({
    now: () => clock.date(),
    accounts: DEMO_ACCOUNTS,
    clients: [DEMO_CLIENT],
  });
  const kept = existsSync(options.dataFile)
    ? seededSchema.safeParse(JSON.parse(readFileSync(options.dataFile, 'utf8')))
    : undefined;
  const plan =
    !options.reseed && kept?.success
      ? kept.data
      : { seed: options.seed, seededAt: clock.date().toISOString(), days: options.days };
  writeFileSync(options.dataFile, JSON.stringify(plan));
  const summary = instance.seed({ seed: plan.seed, now: new Date(plan.seededAt), days: plan.days });
  runtime.outbound.play(DEMO_INSTANCE_HOST, (request) => instance.fetch(request));
  return { instance, summary };
}

/**
 * Connects the demo instance as an admin would on the admin page (the same resolver, tested
 * table by table); the first sync then runs as a chain of queue events, on the runtime clock.
 */
export async function connectDemoServiceNow(runtime: LocalForge, adminAccountId: string): Promise<string> {
  const answer = (await runtime.invokeResolver(
    'resolver',
    {
      moduleKey: 'cx-admin',
      accountId: adminAccountId,
      accountType: 'licensed',
      localId: 'servicenow-demo',
      extension: { type: 'jira:adminPage' },
    },
    'saveServiceNow',
    DEMO_CONNECTION,
  )) as { ok: boolean; data?: { saved: boolean; check: { problem?: string } }; error?: { message: string } };
  if (!answer.ok || !answer.data?.saved) {
    return `The demo ServiceNow instance did not connect: ${answer.error?.message ?? answer.data?.check.problem ?? 'a table failed its test'}`;
  }
  return `Connected the demo ServiceNow instance (${DEMO_INSTANCE_URL}); its first sync runs in the background.`;
}
