import Resolver from '@forge/resolver';
import { readAdminSettings, saveAdminSettings } from '../../app/settings/admin-settings';
import { readPortalSurvey } from '../../app/survey/read-portal-survey';
import { markFollowUpDone, readTicketResult } from '../../app/survey/read-ticket-result';
import { submitSurvey } from '../../app/survey/submit-survey';
import { readTicketTimings } from '../../app/capture/ticket-timings';
import { readBackfill, resumeBackfill, startBackfill } from '../../app/backfill/start-backfill';
import { exportRecords } from '../../app/export/export-records';
import { startRebuild } from '../../app/aggregates/rebuild-aggregates';
import type { ResolverKey } from '../../contract/resolvers';
import { gadgetAnswer, gadgetDrilldown, gadgetExport, gadgetOptions } from '../../app/gadgets/gadget-answers';
import { gadgetCallOf, issueOf, localeOf, requestKeyOf, rowOf, viewerOf } from './context';
import { appDeps } from '../deps';
import { respond } from './respond';

const resolver = new Resolver();
const define = (key: ResolverKey, handler: Parameters<Resolver['define']>[1]) =>
  resolver.define(key, handler);

const portalViewer = (context: unknown) => ({
  requestKey: requestKeyOf(context),
  accountId: viewerOf(context),
  locale: localeOf(context),
});

// Customer portal
define('getPortalSurvey', ({ context }) => respond(() => readPortalSurvey(appDeps(), portalViewer(context))));
define('submitSurvey', ({ context, payload }) =>
  respond(() => submitSurvey(appDeps(), portalViewer(context), payload)),
);

// Agent's issue view
define('getTicketResult', ({ context }) => respond(() => readTicketResult(appDeps(), issueOf(context))));
define('markFollowUpDone', ({ context }) =>
  respond(() => markFollowUpDone(appDeps(), issueOf(context), viewerOf(context))),
);

define('getTicketTimings', ({ context }) =>
  respond(() => readTicketTimings(appDeps().tickets, issueOf(context).id)),
);

// Dashboard gadgets: scorecard, trend, breakdown with drill-down and export, distribution
const gadgetCall = (context: unknown) => ({ viewer: viewerOf(context), ...gadgetCallOf(context) });
define('getGadgetOptions', ({ context }) => respond(() => gadgetOptions(appDeps(), viewerOf(context))));
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

// Admin page: history import, rebuild of the figures, export
define('getRebuild', () => respond(async () => (await appDeps().rebuild.get()) ?? null));
define('rebuildFigures', ({ context }) => respond(() => startRebuild(appDeps(), viewerOf(context))));
define('getBackfill', () => respond(() => readBackfill(appDeps())));
define('startBackfill', ({ context, payload }) =>
  respond(() => startBackfill(appDeps(), viewerOf(context), payload)),
);
define('exportRecords', ({ context, payload }) =>
  respond(() => exportRecords(appDeps(), viewerOf(context), rowOf(payload).cursor)),
);
define('resumeBackfill', ({ context }) => respond(() => resumeBackfill(appDeps(), viewerOf(context))));

// Admin page
define('getSettings', ({ context }) => respond(() => readAdminSettings(appDeps(), viewerOf(context))));
define('saveSettings', ({ context, payload }) =>
  respond(() => saveAdminSettings(appDeps(), viewerOf(context), payload)),
);

export const handler = resolver.getDefinitions();
