import { html, type SafeHtml } from './html';
import { toForgeLocale } from './forge-context';
import type { FrameSessions } from './sessions';
import type { SiteUser } from './site-view';
import type { FrameSession, HostModule } from './types';
import { forgeAccountType } from './viewer';

export interface FrameRequest {
  module: HostModule;
  viewer: SiteUser;
  extension: Record<string, unknown>;
  localId: string;
  entryPoint?: 'edit';
}

/** Opens a session for one frame: the module, the viewer and the extension data, fixed by the server. */
export function openFrame(sessions: FrameSessions, request: FrameRequest): FrameSession {
  const { module, viewer, extension, localId, entryPoint } = request;
  return sessions.create({
    moduleKey: module.key,
    moduleType: module.type,
    resource: entryPoint === 'edit' ? (module.editResource ?? module.resource) : module.resource,
    ...(entryPoint ? { entryPoint } : {}),
    localId,
    accountId: viewer.accountId,
    accountType: forgeAccountType(viewer),
    extension,
    locale: toForgeLocale(viewer.locale),
    timezone: viewer.timeZone ?? 'UTC',
  });
}

export const frameSrc = (session: FrameSession): string =>
  `/apps/${encodeURIComponent(session.resource)}/index.html`;

export interface FrameLayout {
  /** Height before the app reports its own. */
  height: number;
  minHeight?: number;
  maxHeight?: number;
  refreshable?: boolean;
}

/**
 * The iframe, sandboxed without `allow-same-origin`: like Atlassian's cross-origin frames, the app
 * cannot reach into the host page and talks to it only through the bridge.
 */
export function frameMarkup(session: FrameSession, title: string, layout: FrameLayout): SafeHtml {
  return html`<iframe
    class="host-frame"
    title="${title}"
    src="${frameSrc(session)}"
    sandbox="allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads"
    data-frame-token="${session.token}"
    data-module-key="${session.moduleKey}"
    ${session.entryPoint ? html`data-entry-point="${session.entryPoint}"` : ''}
    data-min-height="${layout.minHeight ?? 60}"
    data-max-height="${layout.maxHeight ?? 4000}"
    data-refreshable="${layout.refreshable ? 'true' : 'false'}"
    style="height: ${layout.height}px"
  ></iframe>`;
}
