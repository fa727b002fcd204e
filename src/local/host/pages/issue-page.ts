import { html, type SafeHtml } from '../html';
import type { SiteDesk, SiteRequest, SiteUser } from '../site-view';
import { page } from './layout';
import { appPanel, comments, time } from './parts';

export interface IssueModel {
  request: SiteRequest;
  desk: SiteDesk | undefined;
  viewer: SiteUser;
  users: SiteUser[];
  panels: Array<{ title: string; frame: SafeHtml }>;
}

/** The agent's issue view: the app's issue panels under the summary, details on the right. */
export function issuePage({ request, desk, viewer, users, panels }: IssueModel): string {
  return page({
    title: `${request.key} ${request.summary}`,
    section: 'issue',
    viewer,
    users,
    path: `/jira/issue/${encodeURIComponent(request.key)}`,
    body: html`<nav class="host-breadcrumbs" aria-label="Breadcrumbs">
        <ol>
          <li>Projects</li>
          <li>${desk?.projectName ?? request.projectKey}</li>
          <li aria-current="page">${request.key}</li>
        </ol>
      </nav>
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
