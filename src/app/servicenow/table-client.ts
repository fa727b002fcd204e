import { failureBodySchema, tableResultSchema } from '../../domain/servicenow';
import type { Authorizer } from './authorizer';
import { egressRefusal, ServiceNowFailure } from './failure';
import { TransportError, type ServiceNowHttp, type ServiceNowHttpResponse, type Timer } from './ports';

export interface RetryPolicy {
  /** Attempts per page request, the first included. */
  maxAttempts: number;
  /** A single `Retry-After` longer than this ends the call (RATE_LIMITED, with the wait) instead of sleeping. */
  maxRetryAfterSeconds: number;
  /** Exponential backoff for 5xx, no answer, and a 429 without `Retry-After`: base × 2^n, capped, with jitter. */
  baseBackoffMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 6,
  maxRetryAfterSeconds: 120,
  baseBackoffMs: 500,
  maxBackoffMs: 30_000,
};

export interface TablePage {
  rows: unknown[];
  /** `X-Total-Count`: the query's rows before ACLs; absent with `sysparm_no_count`. */
  total: number | undefined;
  /** Whether `Link` names a next page. */
  hasNext: boolean;
}

/**
 * Reads one Table API page (`/api/now/v2/table/{table}`: v2 answers an empty query with 200, v1 with
 * 404 [1]), with the retries servicenow.md §6 recommends: on 429 the `Retry-After` seconds, else
 * exponential backoff with jitter; 5xx and lost connections retried; a 401 renews the token once;
 * 403 and 404 are configuration errors, never retried. One request at a time, no cookies
 * (same-session requests serialise and can be dropped [16]).
 */
export class TableClient {
  /** HTTP calls made, retries included (for the sync's figures). */
  calls = 0;
  /** Time spent waiting before retries. */
  waitedMs = 0;

  constructor(
    private readonly http: ServiceNowHttp,
    private readonly authorizer: Authorizer,
    private readonly timer: Timer,
    private readonly policy: RetryPolicy = DEFAULT_RETRY,
    private readonly random: () => number = Math.random,
  ) {}

  async page(table: string, params: Record<string, string>): Promise<TablePage> {
    const path = `/api/now/v2/table/${encodeURIComponent(table)}?${new URLSearchParams(params).toString()}`;
    let renewed = false;
    for (let attempt = 1; ; attempt++) {
      const response = await this.send(path, table, attempt);
      if (response === undefined) continue;
      const { status } = response;
      if (status === 200) return pageOf(response, table);
      if (status === 401 && this.authorizer.renewable && !renewed) {
        renewed = true;
        this.authorizer.renew();
        attempt -= 1;
        continue;
      }
      const retryable = status === 429 || status >= 500;
      if (!retryable || attempt >= this.policy.maxAttempts) throw failureOf(response, table, attempt);
      const retryAfter = retryAfterSeconds(response);
      if (status === 429 && retryAfter !== undefined && retryAfter > this.policy.maxRetryAfterSeconds) {
        throw failureOf(response, table, attempt);
      }
      await this.wait(retryAfter !== undefined ? retryAfter * 1000 : this.backoff(attempt));
    }
  }

  /** One exchange; `undefined` when no answer came and another attempt is allowed (after a wait). */
  private async send(
    path: string,
    table: string,
    attempt: number,
  ): Promise<ServiceNowHttpResponse | undefined> {
    this.calls += 1;
    try {
      return await this.http.send({
        method: 'GET',
        path,
        headers: { Accept: 'application/json', Authorization: await this.authorizer.header() },
      });
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      if (attempt >= this.policy.maxAttempts) {
        throw new ServiceNowFailure(
          'UNAVAILABLE',
          `${table}: the instance did not answer (${error.message}).`,
        );
      }
      await this.wait(this.backoff(attempt));
      return undefined;
    }
  }

  private backoff(attempt: number): number {
    const ceiling = Math.min(this.policy.maxBackoffMs, this.policy.baseBackoffMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
  }

  private async wait(ms: number): Promise<void> {
    this.waitedMs += ms;
    await this.timer.sleep(ms);
  }
}

function pageOf(response: ServiceNowHttpResponse, table: string): TablePage {
  const parsed = tableResultSchema.safeParse(response.body);
  if (!parsed.success) {
    throw new ServiceNowFailure(
      'BAD_ANSWER',
      `${table}: the instance answered 200 without a {"result": [...]} list.`,
      200,
    );
  }
  const count = response.headers['x-total-count'];
  const total = count !== undefined && /^\d+$/.test(count) ? Number(count) : undefined;
  return { rows: parsed.data.result, total, hasNext: /rel="next"/.test(response.headers.link ?? '') };
}

function retryAfterSeconds(response: ServiceNowHttpResponse): number | undefined {
  const value = response.headers['retry-after'];
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

/** ServiceNow's own message (the failure envelope's `error.message`, and `detail` when present). */
function serverMessage(body: unknown): string {
  const parsed = failureBodySchema.safeParse(body);
  if (!parsed.success) return '';
  const { message, detail } = parsed.data.error;
  return detail ? `: ${message} (${detail})` : `: ${message}`;
}

function failureOf(response: ServiceNowHttpResponse, table: string, attempts: number): ServiceNowFailure {
  const { status } = response;
  const refused = egressRefusal(status, response.body);
  if (refused) return refused;
  const said = serverMessage(response.body);
  const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
  switch (true) {
    case status === 401:
      return new ServiceNowFailure(
        'AUTH',
        `${table}: the instance refused the credentials (HTTP 401${said}).`,
        status,
      );
    case status === 403:
      return new ServiceNowFailure(
        'NO_ACCESS',
        `${table}: no read access for the connector's account (HTTP 403${said}); grant it a role that reads ${table}.`,
        status,
      );
    case status === 404:
      return new ServiceNowFailure(
        'NOT_FOUND',
        `${table}: the table does not exist on this instance or an ACL hides it (HTTP 404${said}).`,
        status,
      );
    case status === 429:
      return new ServiceNowFailure(
        'RATE_LIMITED',
        `${table}: the instance is rate limiting the connector (HTTP 429${tried}${said}).`,
        status,
        retryAfterSeconds(response),
      );
    case status >= 500:
      return new ServiceNowFailure(
        'UNAVAILABLE',
        `${table}: the instance is failing (HTTP ${status}${tried}${said}).`,
        status,
      );
    default:
      return new ServiceNowFailure(
        'BAD_REQUEST',
        `${table}: the instance refused the request (HTTP ${status}${said}).`,
        status,
      );
  }
}
