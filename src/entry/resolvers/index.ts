import Resolver from '@forge/resolver';
import { JiraServiceDesk } from '../../adapters/forge/jira-service-desk';
import { KvsResolutionStore } from '../../adapters/forge/kvs-resolution-store';
import { readIssueHistory } from '../../app/resolution/read-issue-history';
import { readRequestState } from '../../app/resolution/read-request-state';
import { readResolutionsPerDay } from '../../app/resolution/read-resolutions-per-day';
import { readAdminSettings, saveAdminSettings } from '../../app/settings/admin-settings';
import { readPortalSurvey } from '../../app/survey/read-portal-survey';
import { markFollowUpDone, readTicketResult } from '../../app/survey/read-ticket-result';
import { submitSurvey } from '../../app/survey/submit-survey';
import type { ResolverKey } from '../../contract/resolvers';
import type { SurveyResolverContract } from '../../contract/survey';
import type { GadgetResolverContract } from '../../contract/gadgets';
import { gadgetAnswer, gadgetDrilldown, gadgetExport, gadgetOptions } from '../../app/gadgets/gadget-answers';
import { z } from 'zod';
import { gadgetCallOf, gadgetConfigOf, issueOf, localeOf, requestKeyOf, viewerOf } from './context';
import { appDeps } from '../deps';
import { respond } from './respond';
import { AppError } from '../../app/errors';

const resolver = new Resolver();
const define = (
  key: ResolverKey | keyof SurveyResolverContract | keyof GadgetResolverContract,
  handler: Parameters<Resolver['define']>[1],
) => resolver.define(key, handler);

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
define('getRequestState', ({ context }) =>
  respond(() =>
    readRequestState(new JiraServiceDesk(), {
      key: requestKeyOf(context),
      viewerAccountId: viewerOf(context),
    }),
  ),
);

// Agent's issue view
define('getTicketResult', ({ context }) => respond(() => readTicketResult(appDeps(), issueOf(context))));
define('markFollowUpDone', ({ context }) =>
  respond(() => markFollowUpDone(appDeps(), issueOf(context), viewerOf(context))),
);
define('getIssueHistory', ({ context }) =>
  respond(() => readIssueHistory(new KvsResolutionStore(), issueOf(context))),
);

// Dashboard gadget
define('getResolutionsPerDay', ({ context }) =>
  respond(() => readResolutionsPerDay(new KvsResolutionStore(), gadgetConfigOf(context), new Date())),
);
define('listProjects', ({ context }) =>
  respond(() => new JiraServiceDesk().projectsVisibleTo(viewerOf(context))),
);

// Dashboard gadgets: scorecard, trend, breakdown with drill-down and export, distribution
const gadgetCall = (context: unknown) => ({ viewer: viewerOf(context), ...gadgetCallOf(context) });
const rowSchema = z
  .object({ key: z.string().max(200).optional(), cursor: z.string().max(2000).optional() })
  .strict();
const rowOf = (payload: unknown) => {
  const parsed = rowSchema.safeParse(payload ?? {});
  if (!parsed.success) throw new AppError('INVALID_INPUT', 'A drill-down takes a row key and a cursor only.');
  return parsed.data;
};
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

// Admin page
define('getSettings', ({ context }) => respond(() => readAdminSettings(appDeps(), viewerOf(context))));
define('saveSettings', ({ context, payload }) =>
  respond(() => saveAdminSettings(appDeps(), viewerOf(context), payload)),
);
define('getAdminOverview', () => respond(() => new KvsResolutionStore().overview()));

export const handler = resolver.getDefinitions();
