import { html, raw, type SafeHtml } from '../html';
import type { SiteComment, SiteDesk, SiteRequest, SiteUser } from '../site-view';

export function time(iso: string | undefined | null): SafeHtml {
  if (!iso) return html``;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return html`${iso}`;
  const text = date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return html`<time datetime="${iso}">${text} UTC</time>`;
}

export function comments(list: SiteComment[], options: { showInternal: boolean }): SafeHtml {
  const shown = list.filter((comment) => comment.public || options.showInternal);
  if (shown.length === 0) return html`<p class="host-subtle">No comments yet.</p>`;
  return html`<ol class="host-comments">
    ${shown.map(
      (comment) =>
        html`<li class="host-comment ${comment.public ? '' : 'host-comment--internal'}">
          <div>
            <strong>${comment.author.displayName}</strong>
            ${comment.public ? '' : raw('<span class="host-lozenge">Internal note</span>')}
            <span class="host-subtle">${time(comment.created)}</span>
          </div>
          <p class="host-comment__body">${commentBody(comment.body)}</p>
        </li>`,
    )}
  </ol>`;
}

/**
 * A comment's text as Jira shows it: wiki links `[label|https://…]` become links (the
 * invitation's one-click scores), everything else stays text. Only http(s) targets are linked.
 */
export function commentBody(body: string): SafeHtml[] {
  const parts: SafeHtml[] = [];
  let rest = body;
  for (const match of body.matchAll(/\[([^|\]]{1,80})\|(https?:\/\/[^\]\s]+)\]/g)) {
    const at = rest.indexOf(match[0]);
    parts.push(html`${rest.slice(0, at)}`, html`<a href="${match[2]!}">${match[1]!}</a>`);
    rest = rest.slice(at + match[0].length);
  }
  parts.push(html`${rest}`);
  return parts;
}

/** A titled panel around one framed app, as Jira draws app panels. */
export function appPanel(
  title: string,
  frame: SafeHtml,
  actions: SafeHtml = html``,
  headingLevel: 2 | 3 = 2,
): SafeHtml {
  const heading = headingLevel === 2 ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`;
  return html`<section class="host-panel">
    <div class="host-panel__header">${heading}${actions}</div>
    <div class="host-panel__body">${frame}</div>
  </section>`;
}

/** What a request's page shows: the request, its desk, who is looking, and the framed app panels. */
export interface RequestPageModel {
  request: SiteRequest;
  desk: SiteDesk | undefined;
  viewer: SiteUser;
  users: SiteUser[];
  /** One framed app per module on the page, with its title. */
  panels: Array<{ title: string; frame: SafeHtml }>;
}

/** Where a request sits: `root` › project › key. */
export function requestBreadcrumbs(root: string, { request, desk }: RequestPageModel): SafeHtml {
  return html`<nav class="host-breadcrumbs" aria-label="Breadcrumbs">
    <ol>
      <li>${root}</li>
      <li>${desk?.projectName ?? request.projectKey}</li>
      <li aria-current="page">${request.key}</li>
    </ol>
  </nav>`;
}
