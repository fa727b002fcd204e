import Resolver from '@forge/resolver';
import { readAdminSettings, saveAdminSettings } from '../../app/settings/admin-settings';
import { readPortalSurvey } from '../../app/survey/read-portal-survey';
import { markFollowUpDone, readTicketResult } from '../../app/survey/read-ticket-result';
import { submitSurvey } from '../../app/survey/submit-survey';
import { readAnswerLinkKey, rotateAnswerLinkKey } from '../../app/survey/answer-link-admin';
import { readTicketTimings } from '../../app/capture/ticket-timings';
import { readBackfill, resumeBackfill, startBackfill } from '../../app/backfill/start-backfill';
import { exportRecords } from '../../app/export/export-records';
import { startRebuild } from '../../app/aggregates/rebuild-aggregates';
import { requireJiraAdmin } from '../../app/require-jira-admin';
import type { Envelope } from '../../contract/envelope';
import type { ResolverKey } from '../../contract/resolvers';
import { gadgetAnswer, gadgetDrilldown, gadgetExport, gadgetOptions } from '../../app/gadgets/gadget-answers';
import { dataQualityAnswer, reportAnswer } from '../../app/report/report-answers';
import { readReviewOptions, readReviewPlan, saveReviewPlan } from '../../app/report/review-plan';
import { gadgetCallOf, issueOf, requestKeyOf, requireViewer, rowOf, viewerOf } from './context';
import { appDeps } from '../deps';
import { isCustomerCall, shieldCustomer } from './customer-shield';
import { respond } from './respond';
import { defineIngestResolvers } from './ingest-resolvers';
import { defineNpsResolvers } from './nps-resolvers';
import { defineServiceNowResolvers } from './servicenow-resolvers';

const resolver = new Resolver();
type Handler = Parameters<Resolver['define']>[1];
// Whatever key a customer's call names, its failures reach the customer without internal details.
const define = (key: ResolverKey, handler: Handler) =>
  resolver.define(key, (request) =>
    isCustomerCall(request.context)
      ? shieldCustomer(
          request.context,
          appDeps().desk,
          async () => (await handler(request)) as Envelope<unknown>,
        )
      : handler(request),
  );

// Forge documents no locale in a resolver's context: the customer's language is read from Jira.
const portalViewer = (context: unknown) => ({
  requestKey: requestKeyOf(context),
  accountId: viewerOf(context),
});

// Customer portal
define('getPortalSurvey', ({ context }) => respond(() => readPortalSurvey(appDeps(), portalViewer(context))));
define('submitSurvey', ({ context, payload }) =>
  respond(() => submitSurvey(appDeps(), portalViewer(context), payload)),
);

// The relationship survey: the portal's NPS prompt, and the team leads' follow-ups
defineNpsResolvers(define);

// Records from outside Jira: the ingest endpoint's URL, secret and recent requests (admin page)
defineIngestResolvers(define);

// The ServiceNow connection, its test and its sync (admin page)
defineServiceNowResolvers(define);

// Agent's issue view
define('getTicketResult', ({ context }) => respond(() => readTicketResult(appDeps(), issueOf(context))));
define('markFollowUpDone', ({ context }) =>
  respond(() => markFollowUpDone(appDeps(), issueOf(context), viewerOf(context))),
);

define('getTicketTimings', ({ context }) =>
  respond(() => readTicketTimings(appDeps().tickets, issueOf(context).id)),
);

// Dashboard gadgets: scorecard, trend, breakdown with drill-down and export, distribution. The
// viewer's projects are asked of Jira as the invoking user, so a signed-in user is required.
const gadgetCall = (context: unknown) => {
  requireViewer(context);
  return gadgetCallOf(context);
};
define('getGadgetOptions', ({ context }) =>
  respond(async () => {
    requireViewer(context);
    return gadgetOptions(appDeps());
  }),
);
define('getScorecard', ({ context }) =>
  respond(() => gadgetAnswer(appDeps(), 'scorecard', gadgetCall(context))),
);
define('getTrend', ({ context }) => respond(() => gadgetAnswer(appDeps(), 'trend', gadgetCall(context))));
define('getBreakdown', ({ context }) =>
  respond(() => gadgetAnswer(appDeps(), 'breakdown', gadgetCall(context))),
);
define('getDistribution', ({ context }) =>
  respond(() => gadgetAnswer(appDeps(), 'distribution', gadgetCall(context))),
);
define('getDrilldown', ({ context, payload }) =>
  respond(() => gadgetDrilldown(appDeps(), gadgetCall(context), rowOf(payload))),
);
define('exportResponsesCsv', ({ context, payload }) =>
  respond(() => gadgetExport(appDeps(), gadgetCall(context), rowOf(payload).key)),
);

// The CX report page: figures by group with owners, data quality, open follow-ups. The viewer's
// projects are asked of Jira as the invoking user, as for the gadgets.
define('getCxReport', ({ context, payload }) =>
  respond(async () => {
    requireViewer(context);
    return reportAnswer(appDeps(), payload);
  }),
);
define('getDataQuality', ({ context, payload }) =>
  respond(async () => {
    requireViewer(context);
    return dataQualityAnswer(appDeps(), payload);
  }),
);
// Owners and review cadences (admin page): administrators only, asked of Jira as the viewer.
define('getReviewPlan', ({ context }) =>
  respond(async () => {
    requireViewer(context);
    return readReviewPlan(appDeps());
  }),
);
define('getReviewOptions', ({ context }) =>
  respond(async () => {
    requireViewer(context);
    return readReviewOptions(appDeps());
  }),
);
define('saveReviewPlan', ({ context, payload }) =>
  respond(async () => {
    requireViewer(context);
    return saveReviewPlan(appDeps(), payload);
  }),
);

// Admin page: backfill ("History import"), rebuild of the figures, export
// The import and rebuild status name the site's projects and progress: administrators only.
define('getRebuild', ({ context }) =>
  respond(async () => {
    requireViewer(context);
    const deps = appDeps();
    await requireJiraAdmin(deps.desk, 'see the rebuild of the figures');
    return (await deps.rebuild.get()) ?? null;
  }),
);
// Admin page actions: the Jira-administrator check asks Jira as the invoking user.
define('rebuildFigures', ({ context }) =>
  respond(async () => {
    requireViewer(context);
    return startRebuild(appDeps());
  }),
);
define('getBackfill', ({ context }) =>
  respond(async () => {
    requireViewer(context);
    const deps = appDeps();
    await requireJiraAdmin(deps.desk, 'see the history import');
    return readBackfill(deps);
  }),
);
define('startBackfill', ({ context, payload }) =>
  respond(async () => {
    requireViewer(context);
    return startBackfill(appDeps(), payload);
  }),
);
define('exportRecords', ({ context, payload }) =>
  respond(async () => {
    requireViewer(context);
    return exportRecords(appDeps(), rowOf(payload).cursor);
  }),
);
define('resumeBackfill', ({ context }) =>
  respond(async () => {
    requireViewer(context);
    return resumeBackfill(appDeps(), 'admin-page');
  }),
);

// Admin page: the signing key of one-click answer links (administrators only, asked of Jira).
define('getAnswerLinkKey', ({ context }) =>
  respond(async () => {
    requireViewer(context);
    return readAnswerLinkKey(appDeps());
  }),
);
define('rotateAnswerLinkKey', ({ context }) =>
  respond(async () => {
    requireViewer(context);
    return rotateAnswerLinkKey(appDeps());
  }),
);

// Admin page
define('getSettings', ({ context }) =>
  respond(async () => {
    requireViewer(context);
    return readAdminSettings(appDeps());
  }),
);
define('saveSettings', ({ context, payload }) =>
  respond(async () => {
    requireViewer(context);
    return saveAdminSettings(appDeps(), payload);
  }),
);

export const handler = resolver.getDefinitions();
