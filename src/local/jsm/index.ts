import { resolveViewer, type Caller } from './access';
import { JsmSiteError } from './site-error';
import { issueUpdatedEvent, type SiteIssueUpdatedEvent } from './product-events';
import { SiteFaultPlan } from './site-faults';
import { jiraError, toResponse, type RouteResult } from './http';
import {
  emptySite,
  type Desk,
  type Organization,
  type RequestRecord,
  type RequestTypeRecord,
  type SiteData,
  type TaskRecord,
  type UserRecord,
} from './model';
import { addComment, reopenRequest, resolveRequest } from './mutations';
import { jiraComment, selectIssueFields } from './shapes/jira';
import { loadSiteData, saveSiteData } from './site-persistence';
import { Router } from './router';
import { siteRoutes } from './routes';
import { generateSite } from './seed/generate-site';
import type { SeedTruth } from './seed/truth';
import { SiteStore } from './site-store';

export type { Caller } from './access';
export { JsmSiteError, type JsmSiteErrorCode } from './site-error';
export type { SiteIssueUpdatedEvent } from './product-events';
export { SiteFaultPlan, type SiteFaultHandle, type SiteFaultRule } from './site-faults';
export type * from './model';
export { SITE_SEED_RATES, type SiteSeedOptions } from './seed/generate-site';
export type { ResponseTruth, SeedTruth, TicketTruth } from './seed/truth';

export interface JsmSiteOptions {
  /** Where the site persists (`flush`) and is loaded from on construction; none = memory only. */
  dataFile?: string;
  now: () => Date;
  /** Origin for self and portal links ('' = root-relative, e.g. `/portal/request/SD-1`). */
  baseUrl?: string;
}

export interface ListRequestsOptions {
  limit?: number;
  projectKey?: string;
  status?: 'open' | 'resolved';
}

/**
 * A simulated Jira Service Management Cloud site for the local Forge runtime: it answers the Jira
 * and JSM REST calls the app makes (as the app or as a user, with JSM's permissions), produces the
 * `avi:jira:updated:issue` payloads of resolutions and reopens, injects faults, seeds itself with
 * months of realistic requests, and persists to one JSON file.
 */
export class JsmSite {
  readonly faults = new SiteFaultPlan();
  private store: SiteStore;
  private readonly router = new Router(siteRoutes);
  private readonly now: () => Date;
  private readonly baseUrl: string;
  private readonly dataFile: string | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(options: JsmSiteOptions) {
    this.now = options.now;
    this.baseUrl = options.baseUrl ?? '';
    this.dataFile = options.dataFile;
    this.store = new SiteStore((this.dataFile && loadSiteData(this.dataFile)) || emptySite());
  }

  /** Every REST operation the site answers, as `{param}` templates. */
  servedRoutes(): Array<{ method: string; path: string }> {
    return siteRoutes.map(({ method, path }) => ({ method, path }));
  }

  /** Answers one product REST call as Jira Cloud / JSM Cloud would. */
  async fetch(restPath: string, init: RequestInit | undefined, caller: Caller): Promise<Response> {
    return toResponse(this.handle(restPath, init, caller));
  }

  private handle(restPath: string, init: RequestInit | undefined, caller: Caller): RouteResult {
    const now = this.now();
    const method = (init?.method ?? 'GET').toUpperCase();
    const fault = this.faults.take(method, restPath, now);
    if (fault) return fault;
    const url = new URL(restPath, 'http://site.invalid');
    const viewer = resolveViewer(this.store, caller);
    if (!viewer) return jiraError(401, 'Client must be authenticated to access this resource.');
    const match = this.router.match(method, url.pathname);
    if (match.kind === 'none') return jiraError(404, `No resource found for ${method} ${url.pathname}`);
    if (match.kind === 'wrong-method') {
      return {
        ...jiraError(405, `Method ${method} is not allowed here.`),
        headers: { Allow: match.allowed.join(', ') },
      };
    }
    const body = parseBody(init?.body);
    if (body === INVALID) return jiraError(400, 'The request body is not valid JSON.');
    return match.route.handler({
      store: this.store,
      viewer,
      params: match.params,
      query: url.searchParams,
      headers: new Headers(init?.headers),
      body,
      now,
      baseUrl: this.baseUrl,
      path: url.pathname,
    });
  }

  /** Resolves a request now, as an agent (default: its assignee), and returns the platform's event. */
  resolve(key: string, options: { by?: string; resolution?: string } = {}): SiteIssueUpdatedEvent {
    const request = this.requireRequest(key);
    const history = resolveRequest(
      this.store,
      request,
      this.now(),
      this.actor(request, options.by),
      options.resolution,
    );
    return issueUpdatedEvent(this.store, request, history, this.baseUrl);
  }

  /** Reopens a resolved request now and returns the platform's event (resolution item `to: null`). */
  reopen(key: string, options: { by?: string } = {}): SiteIssueUpdatedEvent {
    const request = this.requireRequest(key);
    const history = reopenRequest(this.store, request, this.now(), this.actor(request, options.by));
    return issueUpdatedEvent(this.store, request, history, this.baseUrl);
  }

  /**
   * A comment on the request now (by default from its reporter, public), and the platform's
   * `avi:jira:commented:issue` event: the issue with its reporter, and the comment as REST shows it.
   */
  comment(key: string, options: { by?: string; body?: string; public?: boolean } = {}) {
    const request = this.requireRequest(key);
    const authorId = options.by ?? request.reporterId;
    if (!this.store.data.users.some((user) => user.accountId === authorId)) {
      throw new JsmSiteError('UNKNOWN_USER', `No user ${authorId} on this site`);
    }
    const comment = addComment(this.store, request, {
      authorId,
      body: options.body ?? 'Thanks — one more question about this.',
      public: options.public ?? true,
      at: this.now(),
    });
    return {
      eventType: 'avi:jira:commented:issue' as const,
      issue: {
        id: request.issueId,
        key: request.key,
        fields: selectIssueFields(this.store, request, this.baseUrl, {
          fields: 'project,reporter,created',
          internal: true,
        }),
      },
      comment: jiraComment(this.store, request, comment, this.baseUrl),
      atlassianId: authorId,
      selfGenerated: authorId === this.store.data.appAccountId,
      timestamp: Date.parse(comment.created),
    };
  }

  /**
   * The `avi:jira:updated:issue` events of every past resolution and reopen, oldest first, as the
   * platform delivered them when they happened: a seeded site replays them to an app that was
   * installed before its history began. (Issue fields are today's; the changelog is the original.)
   */
  pastResolutionEvents(): SiteIssueUpdatedEvent[] {
    const events = this.store.data.requests.flatMap((request) =>
      request.histories
        .filter((history) => history.items.some((item) => item.fieldId === 'resolution'))
        .map((history) => issueUpdatedEvent(this.store, request, history, this.baseUrl)),
    );
    return events.sort((a, b) => a.timestamp - b.timestamp);
  }

  /** Replaces the site's data with a generated one (deterministic for a seed) and returns its truth. */
  seed(options: { seed: number; months: number; now: Date; perDay?: number }): SeedTruth {
    const { data, truth } = generateSite(options);
    this.store = new SiteStore(data);
    return truth;
  }

  /** Replaces the site's data (tests build small sites by hand). */
  replaceData(data: SiteData): void {
    this.store = new SiteStore(structuredClone(data));
  }

  /** A deep copy of the site's data. */
  snapshot(): SiteData {
    return structuredClone(this.store.data);
  }

  serviceDesks(): Desk[] {
    return structuredClone(this.store.data.desks);
  }

  requestTypes(serviceDeskId: string): RequestTypeRecord[] {
    return structuredClone(
      this.store.data.requestTypes.filter((type) => type.serviceDeskId === serviceDeskId),
    );
  }

  organizations(): Organization[] {
    return structuredClone(this.store.data.organizations);
  }

  users(): UserRecord[] {
    return structuredClone(this.store.data.users);
  }

  agents(): UserRecord[] {
    return this.users().filter((user) => user.accountType === 'atlassian');
  }

  customers(): UserRecord[] {
    return this.users().filter((user) => user.accountType === 'customer');
  }

  /** A person changes their profile's display name (what the user and issue APIs show from now on). */
  renameUser(accountId: string, displayName: string): void {
    const user = this.store.user(accountId);
    if (!user) throw new JsmSiteError('UNKNOWN_USER', `No user ${accountId}.`);
    user.displayName = displayName;
  }

  /** A person leaves: their account is closed, so Jira shows it inactive and assigns it nothing. */
  deactivateUser(accountId: string): void {
    const user = this.store.user(accountId);
    if (!user) throw new JsmSiteError('UNKNOWN_USER', `No user ${accountId}.`);
    user.active = false;
  }

  /** The plain Jira issues created on the site (the app's review tasks), oldest first. */
  tasks(): TaskRecord[] {
    return structuredClone(this.store.data.tasks ?? []);
  }

  /** The site's own account for the app (the author of the app's comments). */
  appAccountId(): string {
    return this.store.data.appAccountId;
  }

  request(key: string): RequestRecord | undefined {
    const request = this.store.request(key);
    return request && structuredClone(request);
  }

  /** Requests, newest first. */
  listRequests(options: ListRequestsOptions = {}): RequestRecord[] {
    const desk = options.projectKey === undefined ? undefined : this.store.deskByProject(options.projectKey);
    if (options.projectKey !== undefined && !desk) return [];
    const selected: RequestRecord[] = [];
    const limit = options.limit ?? 50;
    for (let index = this.store.data.requests.length - 1; index >= 0 && selected.length < limit; index--) {
      const request = this.store.data.requests[index];
      if (!request || (desk && request.serviceDeskId !== desk.serviceDeskId)) continue;
      if (options.status === 'open' && request.resolution !== null) continue;
      if (options.status === 'resolved' && request.resolution === null) continue;
      selected.push(request);
    }
    return structuredClone(selected);
  }

  /** Persists the site to `dataFile` (no-op without one). Calls are serialised. */
  flush(): Promise<void> {
    const file = this.dataFile;
    if (!file) return Promise.resolve();
    this.flushing = this.flushing.then(() => saveSiteData(file, this.store.data));
    return this.flushing;
  }

  private requireRequest(key: string): RequestRecord {
    const request = this.store.request(key);
    if (!request) throw new JsmSiteError('NOT_FOUND', `No request ${key}`);
    return request;
  }

  private actor(request: RequestRecord, by: string | undefined): string {
    if (by !== undefined) {
      if (!this.store.user(by)) throw new JsmSiteError('UNKNOWN_USER', `No user ${by}`);
      return by;
    }
    const agent = this.store.data.users.find(
      (user) => user.accountType === 'atlassian' && user.serviceDeskIds?.includes(request.serviceDeskId),
    );
    return request.assigneeId ?? agent?.accountId ?? this.store.data.appAccountId;
  }
}

const INVALID = Symbol('invalid body');

function parseBody(body: RequestInit['body']): unknown {
  if (body === undefined || body === null) return undefined;
  let text: string;
  if (typeof body === 'string') text = body;
  else if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) text = new TextDecoder().decode(body);
  else return INVALID;
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID;
  }
}
