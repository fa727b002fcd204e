import type { GadgetInstance } from './dashboard-store';
import type { SiteDesk, SiteRequest } from './site-view';
import type { HostModule } from './types';

/**
 * `context.extension` per module type, in the shapes Forge documents for Custom UI:
 * issue panel `{ type, issue: { id, key, type, typeId }, project: { id, key, type } }`, portal
 * request detail `{ type, request: { key, typeId }, portal: { id } }`, dashboard gadget
 * `{ type, gadget: { id }, gadgetConfiguration, entryPoint?, dashboard: { id } }`, admin page `{ type }`.
 */
function deskOf(request: SiteRequest, desks: SiteDesk[]): SiteDesk | undefined {
  return desks.find((desk) => desk.projectKey === request.projectKey);
}

export function issuePanelExtension(module: HostModule, request: SiteRequest, desks: SiteDesk[]) {
  const desk = deskOf(request, desks);
  return {
    type: module.type,
    issue: {
      id: request.issueId,
      key: request.key,
      type: request.issueTypeName ?? 'Service Request',
      typeId: request.issueTypeId ?? '10002',
    },
    project: {
      id: request.projectId ?? desk?.projectId ?? '10000',
      key: request.projectKey,
      type: 'service_desk',
    },
    isNewToIssue: false,
  };
}

export function portalRequestExtension(module: HostModule, request: SiteRequest, desks: SiteDesk[]) {
  const desk = deskOf(request, desks);
  return {
    type: module.type,
    request: { key: request.key, typeId: request.requestTypeId ?? '1' },
    portal: { id: request.portalId ?? desk?.portalId ?? '1' },
  };
}

export function gadgetExtension(
  module: HostModule,
  gadget: GadgetInstance,
  dashboardId: string,
  edit: boolean,
) {
  return {
    type: module.type,
    gadget: { id: gadget.id },
    gadgetConfiguration: gadget.configuration,
    dashboard: { id: dashboardId },
    ...(edit ? { entryPoint: 'edit' } : {}),
  };
}

/** A global page's extension is its type alone (Forge's jira:globalPage context). */
export function globalPageExtension(module: HostModule) {
  return { type: module.type };
}

export function adminPageExtension(module: HostModule) {
  return { type: module.type };
}
