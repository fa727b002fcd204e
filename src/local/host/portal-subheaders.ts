import { frameMarkup, openFrame } from './frames';
import type { HostState } from './host-state';
import type { SafeHtml } from './html';
import type { SiteUser } from './site-view';
import { forgeAccountType } from './viewer';
import { mayFrameFor } from '../platform/unlicensed-access';

export const PORTAL_SUBHEADER = 'jiraServiceManagement:portalSubheader';

/**
 * The `portalSubheader` frames of one portal page, rendered under its title as JSM does: for a
 * signed-in viewer only when the module lists their kind of account in `unlicensedAccess`
 * (customers need `customer`), and for an anonymous visitor (`viewer` null) only when it lists
 * `anonymous`, which this app's does not.
 */
export function portalSubheaders(
  state: HostState,
  viewer: SiteUser | null,
  page: { localId: string; portalId?: string },
): SafeHtml[] {
  if (!viewer) return []; // no session can be opened without an account; the app lists no `anonymous`
  return state.deps.modules
    .filter((module) => module.type === PORTAL_SUBHEADER && mayFrameFor(module, forgeAccountType(viewer)))
    .map((module) =>
      frameMarkup(
        openFrame(state.sessions, {
          module,
          viewer,
          extension: { type: module.type, ...(page.portalId ? { portal: { id: page.portalId } } : {}) },
          localId: `${module.key}-${page.localId}`,
        }),
        module.title,
        { height: 96, minHeight: 0 },
      ),
    );
}
