import type { FrameSession } from './types';

export const LOCAL_ENVIRONMENT_ID = 'local-development';

export interface ContextSite {
  cloudId: string;
  environmentId: string;
  siteUrl: string;
}

/**
 * What `view.getContext()` answers in the frame, in the shape Forge gives Custom UI (the bridge's
 * `FullContext`): who is looking, where, and the module's `extension` data.
 */
export function forgeContext(session: FrameSession, site: ContextSite): Record<string, unknown> {
  return {
    accountId: session.accountId,
    cloudId: site.cloudId,
    environmentId: site.environmentId,
    environmentType: 'DEVELOPMENT',
    extension: session.extension,
    localId: session.localId,
    locale: session.locale,
    moduleKey: session.moduleKey,
    siteUrl: site.siteUrl,
    timezone: session.timezone,
  };
}

/** Jira stores `en_US`; Forge contexts carry `en-US`. */
export function toForgeLocale(locale: string | null | undefined): string {
  return (locale ?? 'en-US').replace('_', '-');
}
