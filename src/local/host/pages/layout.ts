import { html, raw, type SafeHtml } from '../html';
import type { SiteUser } from '../site-view';
import { THEME_ATTRIBUTE, THEME_CSS_PATH, THEME_STORAGE_KEY } from '../theme';
import { isAgent, people } from '../viewer';

export type Section = 'home' | 'portal' | 'issue' | 'dashboard' | 'admin' | 'apps' | 'issues';

export interface PageOptions {
  title: string;
  section: Section;
  /** Who the page is rendered for, with the accounts the viewer switch offers. */
  viewer?: SiteUser;
  users?: SiteUser[];
  /** The path the viewer switch reloads. */
  path?: string;
  body: SafeHtml;
}

/** Applied before first paint, so a dark page never flashes light. */
const colorModeScript = raw(
  `<script>(function(){try{var m=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});` +
    `if(m!=='dark'&&m!=='light'){m=window.matchMedia&&window.matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}` +
    `document.documentElement.setAttribute('data-color-mode',m)}catch(e){}})()</script>`,
);

function nav(section: Section, viewer: SiteUser | undefined): SafeHtml {
  const as = viewer ? `?as=${encodeURIComponent(viewer.accountId)}` : '';
  const link = (href: string, label: string, active: boolean) =>
    html`<a href="${href}" ${active ? raw('aria-current="page"') : ''}>${label}</a>`;
  if (section === 'portal')
    return html`<nav class="host-nav" aria-label="Help center">${link('/', 'All surfaces', false)}</nav>`;
  return html`<nav class="host-nav" aria-label="Jira">
    ${link('/', 'Home', section === 'home')}
    ${link(`/jira/dashboard${as}`, 'Dashboard', section === 'dashboard')}
    ${link(`/jira/apps${as}`, 'Apps', section === 'apps')}
    ${link(`/jira/admin${as}`, 'Apps admin', section === 'admin')}
  </nav>`;
}

function viewerSwitch(viewer: SiteUser, users: SiteUser[], path: string): SafeHtml {
  const everyone = people(users);
  const option = (user: SiteUser) =>
    html`<option value="${user.accountId}" ${user.accountId === viewer.accountId ? raw('selected') : ''}>
      ${user.displayName}
    </option>`;
  return html`<form method="get" action="${path}">
    <label class="host-label" for="host-viewer">Viewing as</label>
    <select class="host-select" id="host-viewer" name="as">
      <optgroup label="Agents">${everyone.filter(isAgent).map(option)}</optgroup>
      <optgroup label="Customers">${everyone.filter((user) => !isAgent(user)).map(option)}</optgroup>
    </select>
    <button class="host-button" type="submit">Switch</button>
  </form>`;
}

export function page(options: PageOptions): string {
  const { title, section, viewer, users, path, body } = options;
  const portal = section === 'portal';
  return `<!doctype html>\n${html`<html lang="en" data-color-mode="light" data-theme="${THEME_ATTRIBUTE}">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title} · ${portal ? 'Help Center' : 'Jira'} (local)</title>
      ${colorModeScript}
      <link rel="stylesheet" href="${THEME_CSS_PATH}" />
      <link rel="stylesheet" href="/_host/host.css" />
      <script src="/_host/host.js" defer></script>
    </head>
    <body>
      <a class="host-skip" href="#main">Skip to content</a>
      <header class="host-topbar ${portal ? 'host-topbar--portal' : ''}">
        <a class="host-brand" href="/"
          >${portal ? 'Help Center' : 'Jira Service Management'} <span>(local)</span></a
        >
        ${nav(section, viewer)}
        <div class="host-tools">
          ${viewer && users && path ? viewerSwitch(viewer, users, path) : ''}
          <button class="host-button" type="button" id="host-theme-toggle" aria-pressed="false">
            Dark mode
          </button>
        </div>
      </header>
      <main id="main" class="host-main" tabindex="-1">${body}</main>
      <div id="host-flags" class="host-flags" role="status" aria-live="polite"></div>
    </body>
  </html>`}`;
}

export function errorPage(status: number, message: string): string {
  const title = status === 404 ? 'Not found' : status === 403 ? 'No access' : 'Something went wrong';
  return page({
    title,
    section: 'home',
    body: html`<h1>${title}</h1>
      <p>${message}</p>
      <p><a href="/">Back to all surfaces</a></p>`,
  });
}
