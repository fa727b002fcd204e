import { html } from '../html';
import type { SiteDesk, SiteRequest, SiteUser } from '../site-view';
import type { HostModule } from '../types';
import { page } from './layout';

export interface IndexModel {
  modules: HostModule[];
  requests: SiteRequest[];
  desks: SiteDesk[];
  users: SiteUser[];
}

const enc = encodeURIComponent;

export function indexPage({ modules, requests, desks }: IndexModel): string {
  const has = (type: string) => modules.some((module) => module.type === type);
  return page({
    title: 'All surfaces',
    section: 'home',
    body: html`<h1>CX Metrics on a local Jira Service Management site</h1>
      <p class="host-subtle">
        Every place the app appears, framed the way Jira frames it. Pick who you are with “Viewing as” on each
        page.
      </p>
      <section class="host-section" aria-labelledby="surfaces">
        <h2 id="surfaces">Surfaces</h2>
        <ul>
          <li>
            <a href="/jira/dashboard">Dashboard</a>
            ${has('jira:dashboardGadget') ? '— add and configure gadgets' : ''}
          </li>
          ${has('jira:globalPage') ? html`<li><a href="/jira/apps">Apps › CX report</a> — figures, owners, data quality</li>` : ''}
          <li><a href="/jira/admin">Apps admin page</a></li>
          <li>Issue view and customer portal: pick a request below</li>
        </ul>
      </section>
      <section class="host-section" aria-labelledby="requests">
        <h2 id="requests">Demo requests</h2>
        ${
          requests.length === 0
            ? html`<p class="host-empty">The site has no requests yet.</p>`
            : html`<table class="host-table">
                <caption class="host-subtle" style="text-align:left">
                  Most recent requests on the site
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Key</th>
                    <th scope="col">Summary</th>
                    <th scope="col">Status</th>
                    <th scope="col">Reporter</th>
                    <th scope="col">Open as</th>
                  </tr>
                </thead>
                <tbody>
                  ${requests.map(
                    (request) =>
                      html`<tr>
                        <th scope="row">${request.key}</th>
                        <td>${request.summary}</td>
                        <td><span class="host-lozenge">${request.status}</span></td>
                        <td>${request.reporter.displayName}</td>
                        <td>
                          <a href="/portal/request/${enc(request.key)}">Customer portal</a> ·
                          <a href="/jira/issue/${enc(request.key)}">Agent view</a>
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
        }
      </section>
      <section class="host-section" aria-labelledby="desks">
        <h2 id="desks">Service desks</h2>
        <ul>
          ${desks.map((desk) => html`<li>${desk.projectName} (${desk.projectKey})</li>`)}
        </ul>
      </section>`,
  });
}
