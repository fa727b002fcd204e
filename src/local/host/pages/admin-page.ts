import { html, type SafeHtml } from '../html';
import type { SiteUser } from '../site-view';
import { page } from './layout';

export interface AdminModel {
  viewer: SiteUser;
  users: SiteUser[];
  pages: Array<{ key: string; title: string }>;
  current: { key: string; title: string; frame: SafeHtml } | undefined;
}

const enc = encodeURIComponent;

/** Jira settings › Apps: the app's admin pages in the sidebar, the chosen one framed full width. */
export function adminPage({ viewer, users, pages, current }: AdminModel): string {
  return page({
    title: current?.title ?? 'Apps',
    section: 'admin',
    viewer,
    users,
    path: '/jira/admin',
    body: html`<div class="host-admin">
      <nav class="host-sidebar-nav" aria-label="Apps settings">
        <h2>Apps</h2>
        <ul>
          ${pages.map(
            (entry) =>
              html`<li>
                <a
                  href="/jira/admin?as=${enc(viewer.accountId)}&amp;page=${enc(entry.key)}"
                  ${entry.key === current?.key ? html`aria-current="page"` : ''}
                  >${entry.title}</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      <div>${current ? current.frame : html`<p class="host-empty">The app has no admin page.</p>`}</div>
    </div>`,
  });
}
