import { frameMarkup, openFrame } from './frames';
import type { HostState } from './host-state';
import type { SafeHtml } from './html';
import type { SiteUser } from './site-view';
import { forgeAccountType } from './viewer';
import { mayFrameFor } from '../platform/unlicensed-access';

export const PORTAL_FOOTER = 'jiraServiceManagement:portalFooter';

/**
 * The `portalFooter` frames of one portal page, at its foot as JSM shows them: only on the pages
 * the module's `pages` names (all when it names none), for a signed-in viewer only when the
 * module lists their kind of account in `unlicensedAccess`, and for an anonymous visitor (`viewer`
 * null) only when it lists `anonymous`, which this app's does not
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-footer/).
 */
export function portalFooters(
  state: HostState,
  viewer: SiteUser | null,
  page: { page: 'help_center' | 'portal' | 'view_request'; localId: string; portalId?: string },
): SafeHtml[] {
  if (!viewer) return [];
  return state.deps.modules
    .filter(
      (module) =>
        module.type === PORTAL_FOOTER &&
        (module.pages === undefined || module.pages.includes(page.page)) &&
        mayFrameFor(module, forgeAccountType(viewer)),
    )
    .map((module) =>
      frameMarkup(
        openFrame(state.sessions, {
          module,
          viewer,
          extension: { type: module.type, ...(page.portalId ? { portal: { id: page.portalId } } : {}) },
          localId: `${module.key}-${page.localId}`,
        }),
        module.title,
        { height: 56, minHeight: 0 },
      ),
    );
}
