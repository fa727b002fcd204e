import Resolver from '@forge/resolver';
import { JiraServiceDesk } from '../../adapters/forge/jira-service-desk';
import { KvsResolutionStore } from '../../adapters/forge/kvs-resolution-store';
import { readIssueHistory } from '../../app/resolution/read-issue-history';
import { readRequestState } from '../../app/resolution/read-request-state';
import { readResolutionsPerDay } from '../../app/resolution/read-resolutions-per-day';
import type { ResolverKey } from '../../contract/resolvers';
import { gadgetConfigOf, issueOf, requestKeyOf, viewerOf } from './context';
import { respond } from './respond';

const resolver = new Resolver();
const define = (key: ResolverKey, handler: Parameters<Resolver['define']>[1]) => resolver.define(key, handler);

define('getIssueHistory', ({ context }) =>
  respond(() => readIssueHistory(new KvsResolutionStore(), issueOf(context))),
);

define('getResolutionsPerDay', ({ context }) =>
  respond(() => readResolutionsPerDay(new KvsResolutionStore(), gadgetConfigOf(context), new Date())),
);

define('listProjects', ({ context }) => respond(() => new JiraServiceDesk().projectsVisibleTo(viewerOf(context))));

define('getRequestState', ({ context }) =>
  respond(() =>
    readRequestState(new JiraServiceDesk(), { key: requestKeyOf(context), viewerAccountId: viewerOf(context) }),
  ),
);

define('getAdminOverview', () => respond(() => new KvsResolutionStore().overview()));

export const handler = resolver.getDefinitions();
