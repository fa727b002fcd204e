/**
 * What the ServiceNow connector needs from the outside world: one HTTP exchange with the
 * customer's instance, and time. The adapter answers every HTTP status as a response (never
 * throws for one); it throws {@link TransportError} only when no answer came (refused connection,
 * timeout, reset).
 */
export interface ServiceNowHttpRequest {
  method: 'GET' | 'POST';
  /** Below the instance URL, with the query: `/api/now/v2/table/incident?sysparm_limit=1000`. */
  path: string;
  headers: Record<string, string>;
  /** Sent form-urlencoded (the token endpoint accepts nothing else). */
  form?: Record<string, string>;
}

export interface ServiceNowHttpResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The body parsed as JSON, or its text when it is not JSON (a proxy's error page). */
  body: unknown;
}

export interface ServiceNowHttp {
  send(request: ServiceNowHttpRequest): Promise<ServiceNowHttpResponse>;
}

/** No HTTP answer at all. Its message must not carry credentials (adapters send them in headers only). */
export class TransportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransportError';
  }
}

/** The clock and the wait: tests pass one that moves a simulated clock instead of sleeping. */
export interface Timer {
  now(): number;
  sleep(ms: number): Promise<void>;
}
