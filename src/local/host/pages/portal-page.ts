import { html, type SafeHtml } from '../html';
import type { SiteDesk, SiteRequest, SiteUser } from '../site-view';
import { page } from './layout';
import { appPanel, comments, time } from './parts';

export interface PortalModel {
  request: SiteRequest;
  desk: SiteDesk | undefined;
  viewer: SiteUser;
  users: SiteUser[];
  /** One framed app per portal request detail module, with its title. */
  panels: Array<{ title: string; frame: SafeHtml }>;
}

/** The customer's request page in the portal: public comments only, the app's panels beside them. */
export function portalPage({ request, desk, viewer, users, panels }: PortalModel): string {
  return page({
    title: `${request.key} ${request.summary}`,
    section: 'portal',
    viewer,
    users,
    path: `/portal/request/${encodeURIComponent(request.key)}`,
    body: html`<nav class="host-breadcrumbs" aria-label="Breadcrumbs">
        <ol>
          <li>Help Center</li>
          <li>${desk?.projectName ?? request.projectKey}</li>
          <li aria-current="page">${request.key}</li>
        </ol>
      </nav>
      <div class="host-columns">
        <div>
          <h1>${request.summary}</h1>
          <p class="host-subtle">
            ${request.key} · raised by ${request.reporter.displayName} ${time(request.created)}
          </p>
          <section class="host-section" aria-labelledby="activity">
            <h2 id="activity">Activity</h2>
            ${comments(request.comments, { showInternal: false })}
          </section>
        </div>
        <aside aria-label="Request details">
          <section class="host-section">
            <h2>Status</h2>
            <p><span class="host-lozenge">${request.status}</span></p>
            <dl class="host-details">
              <dt>Request type</dt>
              <dd>${request.requestTypeName ?? '—'}</dd>
              <dt>Shared with</dt>
              <dd>
                ${[request.reporter, ...request.participants].map((person) => person.displayName).join(', ')}
              </dd>
            </dl>
          </section>
          ${panels.map((panel) => appPanel(panel.title, panel.frame))}
        </aside>
      </div>`,
  });
}
