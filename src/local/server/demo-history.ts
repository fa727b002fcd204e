import type { Envelope } from '../../contract/envelope';
import type { PortalSurvey } from '../../contract/survey';
import type { JsmSite, RequestRecord, SeedTruth } from '../jsm';
import type { LocalKvs } from '../kvs';
import { sendDemoProbes } from '../monitoring/demo-prober';
import { Clock } from '../platform/clock';
import { uiModules } from '../platform/manifest';
import { LocalForge } from '../platform/runtime';
import { playNpsWaves } from './demo-nps';
import { DEMO_ANSWERING_MS, planDemoAnswers, type DemoInvitation, type PlannedAnswer } from './demo-answers';

const MINUTE = 60_000;

/**
 * The seeded history ends this long before the server starts listening. The app's sweeper and
 * the customers use the time: the demo plays it on its own clock, so every invitation, answer and
 * rebuild happens at a moment of the past and the clock the server then runs on never jumps.
 */
export const DEMO_LEAD_MS = 120 * MINUTE;
/** The default delay (1 h) plus a sweep: every survey due in the window has been invited by then. */
export const DEMO_INVITING_MS = 65 * MINUTE;
/** Long enough for the rebuilds the replay asked for (due after the rollup queue's 30 s). */
const REBUILD_MS = MINUTE;
/** The customers start answering this long after the invitations are out. */
const ANSWERS_START_MS = MINUTE;
/** Room after the last answer for its rollup (30 s debounce) to run. */
const SETTLE_MS = 2 * MINUTE;

if (DEMO_INVITING_MS + ANSWERS_START_MS + DEMO_ANSWERING_MS + SETTLE_MS > DEMO_LEAD_MS)
  throw new Error('The demo answers do not fit in its lead time.');

export interface DemoHistoryOptions {
  appDir: string;
  kvs: LocalKvs;
  site: JsmSite;
  seed: number;
  months: number;
  /** When the demo must end (ms): the main clock's time, read when the demo starts and ends. */
  endsAt: () => number;
  /** Points the store and the site at the clock the demo runs on. */
  useClock: (clock: Clock) => void;
  progress?: (line: string) => void;
}

export interface DemoHistoryReport {
  /** Resolutions and reopens replayed to the app. */
  replayed: number;
  /** Invitations the app's sweeper posted (public comments by the app). */
  invitations: DemoInvitation[];
  /** What the customers were to answer, in order. */
  planned: PlannedAnswer[];
  /** Answers the app stored. */
  answered: number;
  /** Planned answers the app refused or found closed, with the reason (none expected). */
  refused: Array<{ requestKey: string; reason: string }>;
}

/**
 * Seeds the demo site and plays its last stretch through the app, as production would have:
 * the history's resolutions are replayed, the clock moves on so the survey sweeper posts the
 * invitations, about two in three customers answer through the portal's resolver (a seeded plan,
 * `demo-answers.ts`), and the clock moves on until every rebuild of the figures has run.
 *
 * Runs on its own manual clock and runtime, starting `DEMO_LEAD_MS` before `endsAt()` and ending
 * at it, so a server on a real clock starts right where the demo stopped. Writes nothing to the
 * app's storage itself.
 */
export async function playDemoHistory(
  options: DemoHistoryOptions,
): Promise<{ truth: SeedTruth; report: DemoHistoryReport }> {
  const { site, kvs, progress = () => undefined } = options;
  const clock = new Clock('manual', new Date(options.endsAt() - DEMO_LEAD_MS));
  options.useClock(clock);
  const runtime = new LocalForge({ appDir: options.appDir, clock, kvs, site }).start();
  const advanceTo = async (at: number) => {
    if (at > clock.now()) await clock.advance((at - clock.now()) / 1000);
    await runtime.idle();
  };
  let phase = performance.now();
  const took = () => {
    const seconds = (performance.now() - phase) / 1000;
    phase = performance.now();
    return `${seconds.toFixed(1)} s`;
  };
  try {
    const truth = site.seed({ seed: options.seed, months: options.months, now: clock.date() });
    const events = site.pastResolutionEvents();
    progress(
      `  seeded ${count(truth.tickets.length)} requests over ${options.months} months (seed ${options.seed}); ` +
        `replaying ${count(events.length)} resolutions and reopens to the app…`,
    );
    // Months of events at one instant: not held to Forge's events-per-minute (async-event-limits.ts).
    await runtime.asyncEvents.replayingThePast(async () => {
      for (const event of events) await runtime.deliverProductEvent(event);
    });
    progress(`  replayed (${took()}); customers meeting a year of quarterly NPS prompts in the portal…`);
    const nps = await playNpsWaves({
      appDir: options.appDir,
      kvs,
      site,
      seed: options.seed,
      now: clock.now(),
      useClock: options.useClock,
    });
    options.useClock(clock);
    progress(
      `  NPS: ${count(nps.answered)} answers and ${count(nps.dismissed)} dismissals of ${count(nps.shown)} prompts, ` +
        `${count(nps.followUps)} detractor follow-ups (${count(nps.closed)} worked through) (${took()}); rebuilding the figures…`,
    );

    // The demo's monitoring and chat bot, through the real ingest endpoint: availability per
    // service and self-service sessions have data, rebuilt with the rest before the hand-over.
    const probes = await sendDemoProbes(
      runtime,
      clock.date(),
      site.customers().map((customer) => customer.accountId),
    );
    progress(
      `  sent ${count(probes.samples)} availability samples and ${count(probes.sessions)} self-service ` +
        `sessions to the ingest endpoint (${took()})`,
    );

    // The replay's rebuild requests are due 30 s on (the rollup queue's debounce).
    const sweepFrom = clock.now();
    await advanceTo(sweepFrom + REBUILD_MS);
    progress(`  figures rebuilt (${took()}); survey sweeper sending invitations…`);
    await advanceTo(sweepFrom + DEMO_INVITING_MS);
    const invitations = invitationsSince(site, sweepFrom);
    progress(`  ${count(invitations.length)} invitations sent (${took()}); customers answering…`);

    const planned = planDemoAnswers(invitations, options.seed);
    const answering = customerAnswers(runtime, site);
    const start = clock.now() + ANSWERS_START_MS;
    const refused: DemoHistoryReport['refused'] = [];
    let answered = 0;
    for (const answer of planned) {
      await advanceTo(start + answer.offsetMs);
      const outcome = await answering(answer);
      if (outcome === 'answered') answered += 1;
      else refused.push({ requestKey: answer.requestKey, reason: outcome });
    }
    await advanceTo(Math.max(options.endsAt(), clock.now()));
    const share = invitations.length > 0 ? Math.round((100 * answered) / invitations.length) : 0;
    const byLink = planned.filter((answer) => answer.via === 'link').length;
    progress(
      `  ${count(answered)} customers answered (${share} % of those invited; ${count(byLink)} with one click ` +
        `in the email, the rest in the portal), figures rebuilt (${took()})`,
    );
    for (const { requestKey, reason } of refused) progress(`  ${requestKey}: answer not taken: ${reason}`);
    return { truth, report: { replayed: events.length, invitations, planned, answered, refused } };
  } finally {
    await runtime.stop();
    clock.stop();
  }
}

/** The app's public comments since `since`: its invitations, as the customers received them. */
function invitationsSince(site: JsmSite, since: number): DemoInvitation[] {
  const app = site.appAccountId();
  return site
    .listRequests({ limit: Number.MAX_SAFE_INTEGER, status: 'resolved' })
    .flatMap((request: RequestRecord) => {
      const invitation = request.comments.find(
        (comment) => comment.authorId === app && comment.public && Date.parse(comment.created) > since,
      );
      return invitation
        ? [
            {
              requestKey: request.key,
              reporterId: request.reporterId,
              participantIds: request.participantIds,
              invitedAt: Date.parse(invitation.created),
            },
          ]
        : [];
    });
}

/**
 * A customer opening the request in the portal and answering in its survey panel: the portal
 * module's resolver, with the context the host builds for that frame. Answers only an open survey.
 */
function customerAnswers(runtime: LocalForge, site: JsmSite) {
  const portal = uiModules(runtime.manifest).find(
    (module) => module.type === 'jiraServiceManagement:portalRequestDetail',
  );
  if (!portal?.resolverFunction) throw new Error('manifest.yml has no portal request panel with a resolver');
  const users = new Map(site.users().map((user) => [user.accountId, user]));
  const desks = new Map(site.serviceDesks().map((desk) => [desk.serviceDeskId, desk]));
  const oneClick = linkAnswers(runtime, site);
  return async (planned: PlannedAnswer): Promise<'answered' | string> => {
    if (planned.via === 'link') return oneClick(planned);
    const { requestKey, accountId, answer } = planned;
    const request = site.request(requestKey);
    const user = users.get(accountId);
    if (!request || !user) return 'no such request or customer';
    const call = {
      moduleKey: portal.key,
      accountId,
      accountType: user.accountType === 'customer' ? 'customer' : 'licensed',
      localId: `${portal.key}-${requestKey}`,
      extension: {
        type: portal.type,
        request: { key: requestKey, typeId: request.requestTypeId },
        portal: { id: desks.get(request.serviceDeskId)?.portalId ?? '1' },
      },
    };
    const invoke = (key: string, payload: unknown = {}) =>
      runtime.invokeResolver(portal.resolverFunction!, call, key, payload) as Promise<Envelope<PortalSurvey>>;
    const opened = await invoke('getPortalSurvey');
    if (!opened.ok) return opened.error.message;
    if (opened.data.state !== 'open') return `the survey is ${opened.data.state}`;
    const submitted = await invoke('submitSurvey', answer);
    return submitted.ok ? 'answered' : submitted.error.message;
  };
}

/**
 * A customer answering from the invitation email: opens the link of their CES score (a GET that
 * shows the page), then sends the page's form with the CSAT and comment (the POST that records).
 */
function linkAnswers(runtime: LocalForge, site: JsmSite) {
  return async ({ requestKey, answer }: PlannedAnswer): Promise<'answered' | string> => {
    const invitation = site
      .request(requestKey)
      ?.comments.filter((comment) => comment.authorId === site.appAccountId() && comment.public)
      .at(-1);
    const link = invitation?.body.match(new RegExp(`\\[${answer.ces}\\|([^\\]]+)\\]`))?.[1];
    if (!link) return 'the invitation has no link for this score';
    const url = new URL(link);
    const id = url.pathname.split('/')[2] ?? '';
    const token = url.searchParams.get('t') ?? '';
    const request = (method: string, body?: string) =>
      runtime.invokeWebTrigger(id, {
        method,
        path: url.pathname,
        userPath: '',
        headers: method === 'POST' ? { 'content-type': ['application/x-www-form-urlencoded'] } : {},
        queryParameters: { t: [token] },
        ...(body !== undefined ? { body } : {}),
      });
    const opened = await request('GET');
    if (opened.status !== 200 || !opened.body.includes('<form'))
      return `the link opened a ${opened.status} page`;
    const form = new URLSearchParams({ t: token, first: String(answer.ces) });
    if (answer.csat !== undefined) form.set('second', String(answer.csat));
    if (answer.comment) form.set('comment', answer.comment);
    const sent = await request('POST', form.toString());
    return sent.status === 200 && !sent.body.includes('<form')
      ? 'answered'
      : `the page answered ${sent.status}`;
  };
}

const count = (value: number) => value.toLocaleString('en-US');
