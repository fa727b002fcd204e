import type { Envelope } from '../../src/contract/envelope';
import type { LocalSite } from '../../src/local/server/compose';

/**
 * Calls the app's resolver as a Custom UI surface would, with the context the host builds for
 * that module: the customer's portal panel and the agent's issue panel.
 */
export function surfaces(local: () => LocalSite) {
  return {
    /** The portal panel of a request, as a customer. */
    portal: async <T>(requestKey: string, accountId: string, resolverKey: string, payload: unknown = {}) =>
      (await local().runtime.invokeResolver(
        'resolver',
        {
          moduleKey: 'cx-portal-survey',
          accountId,
          accountType: 'customer',
          localId: 'portal',
          extension: { type: 'jiraServiceManagement:portalRequestDetail', request: { key: requestKey } },
        },
        resolverKey,
        payload,
      )) as Envelope<T>,

    /** The issue panel of a request, as an agent of its desk (or the given agent). */
    issuePanel: async <T>(requestKey: string, resolverKey: string, agentAccountId?: string) => {
      const site = local().site;
      const request = site.request(requestKey)!;
      const agent =
        agentAccountId ??
        site.agents().find((candidate) => candidate.serviceDeskIds?.includes(request.serviceDeskId))!
          .accountId;
      return (await local().runtime.invokeResolver(
        'resolver',
        {
          moduleKey: 'cx-issue-panel',
          accountId: agent,
          accountType: 'licensed',
          localId: 'panel',
          extension: { type: 'jira:issuePanel', issue: { id: request.issueId, key: requestKey } },
        },
        resolverKey,
        {},
      )) as Envelope<T>;
    },
  };
}
