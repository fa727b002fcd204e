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

/**
 * The admin page's records export, every part fetched as the page does, joined into the one
 * NDJSON file `cx-metrics report` reads.
 */
export async function exportedRecords(local: LocalSite, adminAccountId: string): Promise<string> {
  let ndjson = '';
  let cursor: string | undefined;
  do {
    const part = (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-admin',
        accountId: adminAccountId,
        accountType: 'licensed',
        localId: 'export',
        extension: { type: 'jira:adminPage' },
      },
      'exportRecords',
      cursor === undefined ? {} : { cursor },
    )) as Envelope<{ ndjson: string; cursor?: string }>;
    if (!part.ok) throw new Error(part.error.message);
    ndjson += part.data.ndjson;
    cursor = part.data.cursor;
  } while (cursor);
  return ndjson;
}
