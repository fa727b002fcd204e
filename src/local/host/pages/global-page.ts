import { html, type SafeHtml } from '../html';
import type { SiteUser } from '../site-view';
import { page } from './layout';

export interface GlobalPageModel {
  viewer: SiteUser;
  users: SiteUser[];
  current: { title: string; frame: SafeHtml } | undefined;
}

/**
 * Jira's Apps menu › the app's global page (`jira:globalPage`, at /jira/apps/{appId}/{envId} in
 * Jira): the app framed across the whole content area, below Jira's own navigation.
 */
export function globalPage({ viewer, users, current }: GlobalPageModel): string {
  return page({
    title: current?.title ?? 'Apps',
    section: 'apps',
    viewer,
    users,
    path: '/jira/apps',
    body: current
      ? html`<div class="host-global-page">${current.frame}</div>`
      : html`<p class="host-empty">The app has no global page.</p>`,
  });
}
