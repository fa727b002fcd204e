import { html, raw, type SafeHtml } from '../html';
import type { SiteUser } from '../site-view';
import type { HostModule } from '../types';
import { page } from './layout';

export interface GadgetCard {
  id: string;
  title: string;
  editing: boolean;
  frame: SafeHtml;
}

export interface DashboardModel {
  viewer: SiteUser;
  users: SiteUser[];
  gadgetModules: HostModule[];
  gadgets: GadgetCard[];
}

const enc = encodeURIComponent;

function card(gadget: GadgetCard, as: string): SafeHtml {
  const headingId = `gadget-${gadget.id}-title`;
  return html`<section
    class="host-panel"
    id="gadget-${gadget.id}"
    data-gadget-id="${gadget.id}"
    aria-labelledby="${headingId}"
  >
    <div class="host-panel__header">
      <h2 id="${headingId}">${gadget.title}</h2>
      <span class="host-subtle" data-gadget-mode>${gadget.editing ? '(editing)' : ''}</span>
      <div class="host-panel__actions">
        <a
          class="host-button host-button--subtle"
          href="/jira/dashboard?as=${enc(as)}&amp;edit=${enc(gadget.id)}#gadget-${gadget.id}"
          >Configure<span class="host-visually-hidden"> ${gadget.title}</span></a
        >
        <button class="host-button host-button--subtle" type="button" data-refresh-frame>
          Refresh<span class="host-visually-hidden"> ${gadget.title}</span>
        </button>
        <form method="post" action="/jira/dashboard/gadgets/${enc(gadget.id)}/remove?as=${enc(as)}">
          <button class="host-button host-button--subtle" type="submit">
            Remove<span class="host-visually-hidden"> ${gadget.title}</span>
          </button>
        </form>
      </div>
    </div>
    <div class="host-panel__body">${gadget.frame}</div>
  </section>`;
}

/** One dashboard: add a gadget from the manifest's gadget modules, then configure, refresh or remove it. */
export function dashboardPage({ viewer, users, gadgetModules, gadgets }: DashboardModel): string {
  return page({
    title: 'Dashboard',
    section: 'dashboard',
    viewer,
    users,
    path: '/jira/dashboard',
    body: html`<h1>Dashboard</h1>
      <form class="host-toolbar" method="post" action="/jira/dashboard/gadgets?as=${enc(viewer.accountId)}">
        <label>
          <span class="host-label">Gadget</span>
          <select class="host-select" name="moduleKey" required>
            ${gadgetModules.map((module) => html`<option value="${module.key}">${module.title}</option>`)}
          </select>
        </label>
        <button
          class="host-button host-button--primary"
          type="submit"
          ${gadgetModules.length === 0 ? raw('disabled') : ''}
        >
          Add gadget
        </button>
      </form>
      ${
        gadgets.length === 0
          ? html`<p class="host-empty">No gadgets yet. Add one to start.</p>`
          : html`<div class="host-dashboard">${gadgets.map((gadget) => card(gadget, viewer.accountId))}</div>`
      }`,
  });
}
