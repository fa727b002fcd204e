import { html, type SafeHtml } from '../html';
import { page } from './layout';
import { appPanel, comments, requestBreadcrumbs, time, type RequestPageModel } from './parts';

/** The customer's request page in the portal: public comments only, the app's panels beside them. */
export function portalPage(model: RequestPageModel & { subheaders?: SafeHtml[] }): string {
  const { request, viewer, users, panels, subheaders = [] } = model;
  return page({
    title: `${request.key} ${request.summary}`,
    section: 'portal',
    viewer,
    users,
    path: `/portal/request/${encodeURIComponent(request.key)}`,
    body: html`${requestBreadcrumbs('Help Center', model)}
      <div class="host-columns">
        <div>
          <h1>${request.summary}</h1>
          ${subheaders.map((frame) => html`<div class="host-subheader">${frame}</div>`)}
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
