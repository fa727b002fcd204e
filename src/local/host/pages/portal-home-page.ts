import { html, type SafeHtml } from '../html';
import type { SiteRequest, SiteUser } from '../site-view';
import { page } from './layout';

/**
 * The portal's home (help center): its title, the apps' subheaders under it, and the signed-in
 * customer's own requests. An anonymous visitor sees the page without any app frame.
 */
export function portalHomePage(model: {
  viewer: SiteUser | null;
  users: SiteUser[];
  requests: SiteRequest[];
  subheaders: SafeHtml[];
  /** The apps' footers, at the foot of the page (`jiraServiceManagement:portalFooter`). */
  footers?: SafeHtml[];
}): string {
  const { viewer, users, requests, subheaders, footers = [] } = model;
  const as = viewer ? `?as=${encodeURIComponent(viewer.accountId)}` : '';
  return page({
    title: 'Help Center',
    section: 'portal',
    ...(viewer ? { viewer, users, path: '/portal' } : {}),
    body: html`<h1>Help Center</h1>
      ${subheaders.map((frame) => html`<div class="host-subheader">${frame}</div>`)}
      <section class="host-section" aria-labelledby="my-requests">
        <h2 id="my-requests">${viewer ? 'Your requests' : 'Sign in to see your requests'}</h2>
        ${
          viewer
            ? requests.length === 0
              ? html`<p class="host-subtle">You have no requests.</p>`
              : html`<ul>
                  ${requests.map(
                    (request) =>
                      html`<li>
                        <a href="/portal/request/${encodeURIComponent(request.key)}${as}">${request.key}</a>
                        ${request.summary} <span class="host-lozenge">${request.status}</span>
                      </li>`,
                  )}
                </ul>`
            : html``
        }
      </section>
      ${footers.map((frame) => html`<div class="host-footer">${frame}</div>`)}`,
  });
}
