import express, { Router, type Request, type Response } from 'express';
import {
  adminPageExtension,
  globalPageExtension,
  gadgetExtension,
  issuePanelExtension,
  portalRequestExtension,
} from '../extension';
import { frameMarkup, openFrame } from '../frames';
import type { HostState } from '../host-state';
import { adminPage } from '../pages/admin-page';
import { dashboardPage, type GadgetCard } from '../pages/dashboard-page';
import { globalPage } from '../pages/global-page';
import { issueSearchPage } from '../pages/issue-search-page';
import { indexPage } from '../pages/index-page';
import { issuePage } from '../pages/issue-page';
import { errorPage } from '../pages/layout';
import { portalPage } from '../pages/portal-page';
import { portalSubheaders } from '../portal-subheaders';
import type { SiteUser } from '../site-view';
import type { HostModule } from '../types';
import { chooseViewer, firstAgent, people, ViewerError } from '../viewer';

export const MODULE_TYPES = {
  issuePanel: 'jira:issuePanel',
  gadget: 'jira:dashboardGadget',
  portalRequestDetail: 'jiraServiceManagement:portalRequestDetail',
  adminPage: 'jira:adminPage',
  globalPage: 'jira:globalPage',
} as const;

const DEMO_REQUESTS = 12;

function sendPage(res: Response, document: string, status = 200): void {
  res.status(status).type('html').set('Cache-Control', 'no-store').send(document);
}

/** Renders a viewer problem (unknown `?as=`, a customer in Jira) as the page's answer. */
function withViewer(res: Response, choose: () => SiteUser): SiteUser | undefined {
  try {
    return choose();
  } catch (error) {
    if (!(error instanceof ViewerError)) throw error;
    sendPage(res, errorPage(error.status, error.message), error.status);
    return undefined;
  }
}

const query = (req: Request, name: string): string | undefined => {
  const value = req.query[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

export function pageRoutes(state: HostState): Router {
  const { deps, site, sessions, dashboard } = state;
  const router = Router();
  const modulesOf = (type: string): HostModule[] => deps.modules.filter((module) => module.type === type);
  const deskOf = (projectKey: string) => site.serviceDesks().find((desk) => desk.projectKey === projectKey);
  const agentsFirst = () => firstAgent(site.users(), (user) => user.admin === true);

  router.get('/', (_req, res) => {
    sendPage(
      res,
      indexPage({
        modules: deps.modules,
        requests: site.listRequests(DEMO_REQUESTS),
        desks: site.serviceDesks(),
        users: site.users(),
      }),
    );
  });

  router.get('/portal/request/:key', (req, res) => {
    const request = site.request(req.params.key);
    if (!request) return sendPage(res, errorPage(404, `There is no request ${req.params.key}.`), 404);
    const users = site.users();
    const viewer = withViewer(res, () =>
      chooseViewer(users, req.query.as, () =>
        people(users).find((user) => user.accountId === request.reporter.accountId),
      ),
    );
    if (!viewer) return;
    const panels = modulesOf(MODULE_TYPES.portalRequestDetail).map((module) => {
      const session = openFrame(sessions, {
        module,
        viewer,
        extension: portalRequestExtension(module, request, site.serviceDesks()),
        localId: `${module.key}-${request.key}`,
      });
      return { title: module.title, frame: frameMarkup(session, module.title, { height: 120 }) };
    });
    const subheaders = portalSubheaders(state, viewer, {
      localId: request.key,
      portalId: request.portalId ?? deskOf(request.projectKey)?.portalId,
    });
    sendPage(
      res,
      portalPage({ request, desk: deskOf(request.projectKey), viewer, users, panels, subheaders }),
    );
  });

  router.get('/jira/issue/:key', (req, res) => {
    const request = site.request(req.params.key);
    if (!request) return sendPage(res, errorPage(404, `There is no issue ${req.params.key}.`), 404);
    const users = site.users();
    const assignee =
      request.assignee && people(users).find((user) => user.accountId === request.assignee?.accountId);
    const viewer = withViewer(res, () =>
      chooseViewer(users, req.query.as, () => assignee || firstAgent(users), { agentOnly: true }),
    );
    if (!viewer) return;
    const panels = modulesOf(MODULE_TYPES.issuePanel).map((module) => {
      const session = openFrame(sessions, {
        module,
        viewer,
        extension: issuePanelExtension(module, request, site.serviceDesks()),
        localId: `${module.key}-${request.key}`,
      });
      return { title: module.title, frame: frameMarkup(session, module.title, { height: 160 }) };
    });
    sendPage(res, issuePage({ request, desk: deskOf(request.projectKey), viewer, users, panels }));
  });

  router.get('/jira/dashboard', (req, res) => {
    const users = site.users();
    const viewer = withViewer(res, () => chooseViewer(users, req.query.as, agentsFirst, { agentOnly: true }));
    if (!viewer) return;
    const editing = query(req, 'edit');
    const gadgetModules = modulesOf(MODULE_TYPES.gadget);
    const dashboardId = dashboard.dashboardId;
    const gadgets: GadgetCard[] = dashboard.list().flatMap((gadget) => {
      const module = gadgetModules.find((candidate) => candidate.key === gadget.moduleKey);
      if (!module) return []; // its module left the manifest
      const edit = gadget.id === editing;
      const session = openFrame(sessions, {
        module,
        viewer,
        extension: gadgetExtension(module, gadget, dashboardId, edit),
        localId: gadget.id,
        ...(edit ? { entryPoint: 'edit' as const } : {}),
      });
      const title = module.title;
      return [
        {
          id: gadget.id,
          title,
          editing: edit,
          frame: frameMarkup(session, title, { height: edit ? 260 : 280, refreshable: true }),
        },
      ];
    });
    sendPage(res, dashboardPage({ viewer, users, gadgetModules, gadgets }));
  });

  const form = express.urlencoded({ extended: false, limit: '16kb' });
  const dashboardUrl = (viewer: SiteUser, extra = '') =>
    `/jira/dashboard?as=${encodeURIComponent(viewer.accountId)}${extra}`;
  const wantsJson = (req: Request) => req.accepts(['html', 'json']) === 'json';

  router.post('/jira/dashboard/gadgets', form, (req, res) => {
    const users = site.users();
    const viewer = withViewer(res, () => chooseViewer(users, req.query.as, agentsFirst, { agentOnly: true }));
    if (!viewer) return;
    const body: unknown = req.body;
    const moduleKey =
      typeof body === 'object' && body !== null ? (body as Record<string, unknown>).moduleKey : undefined;
    const module = modulesOf(MODULE_TYPES.gadget).find((candidate) => candidate.key === moduleKey);
    if (!module) return sendPage(res, errorPage(400, 'Choose a gadget from the list.'), 400);
    const gadget = dashboard.add(module.key);
    // Jira opens a new gadget's edit view straight away.
    if (wantsJson(req)) return void res.status(201).json(gadget);
    res.redirect(303, dashboardUrl(viewer, `&edit=${encodeURIComponent(gadget.id)}#gadget-${gadget.id}`));
  });

  router.post('/jira/dashboard/gadgets/:id/remove', (req, res) => {
    const users = site.users();
    const viewer = withViewer(res, () => chooseViewer(users, req.query.as, agentsFirst, { agentOnly: true }));
    if (!viewer) return;
    if (!dashboard.remove(req.params.id))
      return sendPage(res, errorPage(404, 'That gadget is not on the dashboard.'), 404);
    if (wantsJson(req)) return void res.status(204).end();
    res.redirect(303, dashboardUrl(viewer));
  });

  // Jira's issue search, where the data-quality view's links lead.
  router.get(['/issues', '/issues/'], async (req, res, next) => {
    try {
      const users = site.users();
      const viewer = withViewer(res, () =>
        chooseViewer(users, req.query.as, agentsFirst, { agentOnly: true }),
      );
      if (!viewer) return;
      const jql = query(req, 'jql') ?? '';
      const result = await site.searchIssues(jql, viewer.accountId);
      sendPage(res, issueSearchPage({ viewer, users, jql, result }), 'error' in result ? 400 : 200);
    } catch (error) {
      next(error);
    }
  });

  // Jira serves a global page at /jira/apps/{appId}/{envId}; the bare path is the local index's link.
  router.get(['/jira/apps', '/jira/apps/:appId/:envId'], (req, res) => {
    const users = site.users();
    const viewer = withViewer(res, () => chooseViewer(users, req.query.as, agentsFirst, { agentOnly: true }));
    if (!viewer) return;
    // Forge deploys at most one jira:globalPage per app.
    const [module] = modulesOf(MODULE_TYPES.globalPage);
    const current = module && {
      title: module.title,
      frame: frameMarkup(
        openFrame(sessions, { module, viewer, extension: globalPageExtension(module), localId: module.key }),
        module.title,
        { height: 900, minHeight: 480 },
      ),
    };
    sendPage(res, globalPage({ viewer, users, current }));
  });

  router.get('/jira/admin', (req, res) => {
    const users = site.users();
    const viewer = withViewer(res, () => chooseViewer(users, req.query.as, agentsFirst, { agentOnly: true }));
    if (!viewer) return;
    const adminModules = modulesOf(MODULE_TYPES.adminPage);
    const chosen = adminModules.find((module) => module.key === query(req, 'page')) ?? adminModules[0];
    const current = chosen && {
      key: chosen.key,
      title: chosen.title,
      frame: frameMarkup(
        openFrame(sessions, {
          module: chosen,
          viewer,
          extension: adminPageExtension(chosen),
          localId: chosen.key,
        }),
        chosen.title,
        { height: 480, minHeight: 240 },
      ),
    };
    sendPage(
      res,
      adminPage({ viewer, users, pages: adminModules.map(({ key, title }) => ({ key, title })), current }),
    );
  });

  return router;
}
