import { html } from '../html';
import type { IssueSearch, SiteUser } from '../site-view';
import { page } from './layout';

const enc = encodeURIComponent;

/**
 * Jira's issue search (`/issues/?jql=…`), reduced to what the app's links need: the query and the
 * issues it finds for the viewer, each linking to its issue view; a JQL Jira refuses shows why.
 */
export function issueSearchPage(options: {
  viewer: SiteUser;
  users: SiteUser[];
  jql: string;
  result: IssueSearch;
}): string {
  const { viewer, users, jql, result } = options;
  return page({
    title: 'Issue search',
    section: 'issues',
    viewer,
    users,
    path: `/issues/?jql=${enc(jql)}`,
    body: html`<h1>Search issues</h1>
      <p><code data-testid="jql">${jql}</code></p>
      ${
        'error' in result
          ? html`<p class="host-empty" role="alert">${result.error}</p>`
          : html`<p>${result.issues.length} issues</p>
              <ul class="host-issue-list">
                ${result.issues.map(
                  (issue) =>
                    html`<li>
                      <a href="/jira/issue/${enc(issue.key)}?as=${enc(viewer.accountId)}">${issue.key}</a>
                      ${issue.summary}
                    </li>`,
                )}
              </ul>`
      }`,
  });
}
