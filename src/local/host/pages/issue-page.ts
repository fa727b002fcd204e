import { html } from '../html';
import { page } from './layout';
import { appPanel, comments, requestBreadcrumbs, time, type RequestPageModel } from './parts';

/** The agent's issue view: the app's issue panels under the summary, details on the right. */
export function issuePage(model: RequestPageModel): string {
  const { request, viewer, users, panels } = model;
  return page({
    title: `${request.key} ${request.summary}`,
    section: 'issue',
    viewer,
    users,
    path: `/jira/issue/${encodeURIComponent(request.key)}`,
    body: html`${requestBreadcrumbs('Projects', model)}
      <div class="host-columns">
        <div>
          <h1>${request.summary}</h1>
          ${panels.map((panel) => appPanel(panel.title, panel.frame))}
          <section class="host-section" aria-labelledby="activity">
            <h2 id="activity">Activity</h2>
            ${comments(request.comments, { showInternal: true })}
          </section>
        </div>
        <aside aria-label="Details">
          <section class="host-section">
            <h2>Details</h2>
            <dl class="host-details">
              <dt>Status</dt>
              <dd><span class="host-lozenge">${request.status}</span></dd>
              <dt>Assignee</dt>
              <dd>${request.assignee?.displayName ?? 'Unassigned'}</dd>
              <dt>Reporter</dt>
              <dd>${request.reporter.displayName}</dd>
              <dt>Request type</dt>
              <dd>${request.requestTypeName ?? '—'}</dd>
              <dt>Priority</dt>
              <dd>${request.priority ?? '—'}</dd>
              <dt>Created</dt>
              <dd>${time(request.created)}</dd>
              <dt>Resolution</dt>
              <dd>${request.resolution ?? 'Unresolved'}</dd>
            </dl>
          </section>
        </aside>
      </div>`,
  });
}
