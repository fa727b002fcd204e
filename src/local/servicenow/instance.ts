import { defaultAccessRules, type Account, type AccessRules } from './acl';
import { failure, notAuthenticated, type InstanceReply } from './reply';
import { ACCESS_DENIED, Authenticator, type OAuthClient } from './auth';
import { InstanceFaultPlan } from './instance-faults';
import { RateLimiter, type RateLimitRule } from './rate-limit';
import { seedInstance, type InstanceSeedOptions, type SeedSummary } from './seed/seed-instance';
import { InstanceStore, type Row } from './instance-store';
import { tableGet } from './table-api';

export interface ServiceNowInstanceOptions {
  /** The runtime clock: token lifetimes, rate-limit hours, faults and record stamps follow it. */
  now: () => Date;
  accounts?: Account[];
  clients?: OAuthClient[];
  access?: AccessRules;
  rateLimit?: RateLimitRule;
  /** Enables the client-credentials grant (off by default, as on a real instance since Washington DC). */
  clientCredentials?: boolean;
  data?: Record<string, Row[]>;
}

/** A request as the instance sees it, whatever carried it (fetch or node:http). */
export interface InstanceRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

const TABLE_PATH = /^\/api\/now(?:\/(v1|v2))?\/table\/([^/]+)(?:\/([^/]+))?\/?$/;

/**
 * A simulated ServiceNow instance: the Table API (reads), `/oauth_token.do`, basic and bearer
 * auth, ACLs that shorten pages, rate limits, and injected faults, all on the runtime clock
 * (servicenow.md is the reference for every behaviour). Mutations through its own methods stamp
 * `sys_updated_on` as the platform does, so tests can change records between pages.
 */
export class ServiceNowInstance {
  readonly faults = new InstanceFaultPlan();
  readonly auth: Authenticator;
  store: InstanceStore;
  access: AccessRules;
  private readonly limiter: RateLimiter;
  private readonly now: () => Date;

  constructor(options: ServiceNowInstanceOptions) {
    this.now = options.now;
    this.store = new InstanceStore(options.data);
    this.access = options.access ?? defaultAccessRules();
    this.auth = new Authenticator(options.accounts ?? [], options.clients ?? [], options.now);
    this.auth.clientCredentialsEnabled = options.clientCredentials ?? false;
    this.limiter = new RateLimiter(options.rateLimit);
  }

  /** Answers a web-standard request (tests, and hosts that speak fetch). */
  async fetch(request: Request): Promise<Response> {
    const answer = this.handle({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text(),
    });
    return replyAsResponse(answer);
  }

  handle(request: InstanceRequest): InstanceReply {
    const now = this.now();
    const fault = this.faults.take(`${request.url.pathname}${request.url.search}`, now);
    if (fault) return fault;
    if (request.url.pathname === '/oauth_token.do') return this.token(request);
    const account = this.auth.authenticate(request.headers.get('authorization'));
    if (!account) return notAuthenticated();
    const { refused, headers: limitHeaders } = this.limiter.take(account.userName, now);
    if (refused) return refused;
    const answer = this.route(request, account);
    return { ...answer, headers: { ...limitHeaders, ...answer.headers } };
  }

  /**
   * Replaces the data with a seeded instance (deterministic for a seed), and hides the HR group's
   * incidents from callers without `hr_reader`, so list pages come back short.
   */
  seed(options: InstanceSeedOptions): SeedSummary {
    this.store = new InstanceStore();
    const summary = seedInstance(this.store, options);
    this.access = defaultAccessRules(summary.hrGroup);
    return summary;
  }

  insert(table: string, values: Record<string, string>, by?: string): Row {
    return { ...this.store.insert(table, values, this.now(), by) };
  }

  /** Changes a record now: `sys_updated_on` moves to the clock's time and `sys_mod_count` grows. */
  update(table: string, sysId: string, changes: Record<string, string>, by?: string): Row {
    return { ...this.store.update(table, sysId, changes, this.now(), by) };
  }

  delete(table: string, sysId: string): boolean {
    return this.store.delete(table, sysId);
  }

  rows(table: string): Row[] {
    return this.store.rows(table).map((row) => ({ ...row }));
  }

  private route(request: InstanceRequest, account: Account): InstanceReply {
    const match = TABLE_PATH.exec(request.url.pathname);
    if (!match) return failure(400, 'Requested URI does not represent any resource');
    if (request.method !== 'GET') {
      return failure(405, 'Method not Supported', 'The simulated instance serves Table API reads only');
    }
    const accept = request.headers.get('accept');
    if (accept !== null && !/application\/json|\*\/\*|application\/\*/.test(accept)) {
      return failure(406, 'Not Acceptable', `The Table API answers application/json, not ${accept}`);
    }
    return tableGet(this.store, this.access, this.faults, {
      version: match[1] === 'v2' ? 'v2' : 'v1',
      table: decodeURIComponent(match[2] as string),
      sysId: match[3] === undefined ? undefined : decodeURIComponent(match[3]),
      url: request.url,
      origin: request.url.origin,
      account,
    });
  }

  /** `POST /oauth_token.do`: form-urlencoded only [18]; anything else is refused like a bad grant. */
  private token(request: InstanceRequest): InstanceReply {
    if (request.method !== 'POST') return failure(405, 'Method not Supported');
    const type = request.headers.get('content-type') ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded')) return ACCESS_DENIED;
    return this.auth.grant(new URLSearchParams(request.body));
  }
}

export function replyAsResponse(answer: InstanceReply): Response {
  const headers = new Headers(answer.headers);
  if (answer.body === undefined) return new Response(null, { status: answer.status, headers });
  headers.set('Content-Type', 'application/json;charset=UTF-8');
  return new Response(JSON.stringify(answer.body), { status: answer.status, headers });
}
